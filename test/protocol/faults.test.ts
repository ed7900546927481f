// Faults, cancellation and limits: the real server in process, with the test hooks of startServer
// (server/src/hooks.ts) to inject a fault into a handler, hold a request, and see which analyses ran.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic, DocumentSymbol, FullDocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerHooks } from '../../server/src/hooks';
import type { DocumentQuotesResult, DocumentStats } from '../../server/src/protocol';
import { CancellationTokenSource, positionOf, startInProcess, type Received, type TestClient } from './client';
import { ARTICLE, ARTICLE_WITH_LONE_QUOTE, LONE_QUOTE, NARRATION } from './fixtures';

const TIMEOUT = { timeout: 20_000 };
const INTERNAL_ERROR = -32603;
const REQUEST_CANCELLED = -32800;

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return report.items;
}

function errorCode(promise: Promise<unknown>): Promise<number | undefined> {
  return promise.then(
    () => undefined,
    (e: { code?: number }) => e.code,
  );
}

/** Hooks that record the analyses and fail or hold the requests the test asks for. */
class Probe {
  readonly analyses: { uri: string; version: number }[] = [];
  /** Methods whose next request runs this fault first: it throws, or returns a promise that rejects. */
  readonly faults = new Map<string, () => void | Promise<void>>();
  /** Methods whose requests wait until the client cancels them. */
  readonly held = new Set<string>();
  /** Called as each request reaches its handler (before held requests wait). */
  onStart: (method: string) => void = () => undefined;
  private heldWaiters: (() => void)[] = [];
  heldCount = 0;

  readonly hooks: ServerHooks = {
    onRequest: (method, token) => {
      this.onStart(method);
      if (this.faults.has(method)) {
        const fault = this.faults.get(method)!;
        this.faults.delete(method);
        return fault();
      }
      if (!this.held.has(method)) return undefined;
      this.heldCount++;
      for (const w of this.heldWaiters.splice(0)) w();
      return new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()));
    },
    onAnalysis: (uri, version) => {
      this.analyses.push({ uri, version });
    },
  };

  /** Resolves once a held request has reached its handler. */
  whenHeld(): Promise<void> {
    const count = this.heldCount;
    return new Promise((resolve) => {
      if (this.heldCount > count) resolve();
      else this.heldWaiters.push(resolve);
    });
  }

  analysesOf(uri: string): number[] {
    return this.analyses.filter((a) => a.uri === uri).map((a) => a.version);
  }
}

function isLog(r: Received, type: number, text: string): boolean {
  if (r.method !== 'window/logMessage') return false;
  const params = r.params as { type: number; message: string };
  return params.type === type && params.message.includes(text);
}

describe('a fault in a handler', TIMEOUT, () => {
  const uri = 'file:///articles/faults.txt';
  const symbols = { textDocument: { uri } };
  const hoverAt = { textDocument: { uri }, position: positionOf(ARTICLE, 'المفاوضات', 1) };

  test('answers an InternalError with the fault, logs its stack, and the same request then succeeds', async () => {
    const probe = new Probe();
    const client = startInProcess({ hooks: probe.hooks });
    try {
      await client.initialize();
      await client.open(uri, ARTICLE);
      const requests: [string, unknown][] = [
        ['textDocument/hover', hoverAt],
        ['textDocument/documentSymbol', symbols],
        ['textDocument/diagnostic', symbols],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, context: { diagnostics: [] } }],
        ['isnad/documentQuotes', symbols],
        ['isnad/documentStats', symbols],
        ['textDocument/semanticTokens/full', symbols],
      ];
      for (const [method, params] of requests) {
        const from = client.received.length;
        probe.faults.set(method, () => {
          throw new Error(`injected fault in ${method}`);
        });
        await assert.rejects(client.request(method, params), (e: { code?: number; message?: string }) => {
          assert.equal(e.code, INTERNAL_ERROR, method);
          assert.equal(e.message, `${method} failed: injected fault in ${method}`);
          return true;
        });
        const logged = await client.waitFor((r) => isLog(r, 1, `injected fault in ${method}`), from);
        assert.match((logged.params as { message: string }).message, /\n\s+at /u, 'the log has the stack');
        const answer = await client.request(method, params);
        assert.ok(answer !== null && answer !== undefined, `${method} answers after the fault`);
      }
      const symbolsAnswer = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', symbols);
      assert.ok(symbolsAnswer.length > 0);
    } finally {
      client.dispose();
    }
  });

  test('a fault that is not an Error, or a rejected promise, is answered the same way', async () => {
    const probe = new Probe();
    const client = startInProcess({ hooks: probe.hooks });
    try {
      await client.initialize();
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      probe.faults.set('textDocument/hover', () => {
        throw 'a string thrown'; // eslint-disable-line no-throw-literal
      });
      assert.equal(await errorCode(client.request('textDocument/hover', hoverAt)), INTERNAL_ERROR);
      probe.faults.set('textDocument/hover', () => Promise.reject(new Error('rejected later')));
      await assert.rejects(client.request('textDocument/hover', hoverAt), /textDocument\/hover failed: rejected later/u);
      probe.faults.set('textDocument/diagnostic', () => Promise.reject(new TypeError('broken')));
      await assert.rejects(pull(client, uri), (e: { code?: number; message?: string }) => e.code === INTERNAL_ERROR && e.message === 'textDocument/diagnostic failed: broken');
      const hover = await client.request<Hover | null>('textDocument/hover', hoverAt);
      assert.ok(hover, 'still answering');
      assert.ok((await pull(client, uri)).some((d) => d.code === 'unattributed-quote'));
    } finally {
      client.dispose();
    }
  });
});

describe('a request the client cancels', TIMEOUT, () => {
  const uri = 'file:///articles/cancel.txt';

  test('answers RequestCancelled without analysing, and the server goes on', async () => {
    const probe = new Probe();
    const client = startInProcess({ hooks: probe.hooks });
    try {
      await client.initialize();
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      for (const method of ['textDocument/documentSymbol', 'textDocument/diagnostic', 'isnad/documentQuotes']) {
        probe.held.add(method);
        const source = new CancellationTokenSource();
        const held = probe.whenHeld();
        const pending = errorCode(client.request(method, { textDocument: { uri } }, source));
        await held;
        source.cancel();
        assert.equal(await pending, REQUEST_CANCELLED, method);
        probe.held.delete(method);
      }
      assert.deepEqual(probe.analysesOf(uri), [], 'no analysis ran for the cancelled requests');
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0);
      assert.ok((await pull(client, uri)).some((d) => d.code === 'unattributed-quote'));
      assert.deepEqual(probe.analysesOf(uri), [1], 'one analysis, then served from the cache');
    } finally {
      client.dispose();
    }
  });

  test('a cancellation sent right after the request, after an edit, stops it before the analysis', async () => {
    const probe = new Probe();
    const client = startInProcess({ hooks: probe.hooks });
    try {
      await client.initialize();
      await client.open(uri, ARTICLE);
      await client.request('textDocument/documentSymbol', { textDocument: { uri } }); // settings and version 1 cached
      const end = positionOf(ARTICLE, 'الحدود.\n', 'الحدود.\n'.length);
      await client.change(uri, [{ range: { start: end, end }, text: `\n${LONE_QUOTE}\n` }]);
      const source = new CancellationTokenSource();
      const pending = errorCode(client.request('textDocument/documentSymbol', { textDocument: { uri } }, source));
      source.cancel();
      assert.equal(await pending, REQUEST_CANCELLED);
      assert.deepEqual(probe.analysesOf(uri), [1], 'version 2 was not analysed for the cancelled request');
      assert.ok((await pull(client, uri)).some((d) => d.code === 'unattributed-quote'), 'the next request analyses version 2');
      assert.deepEqual(probe.analysesOf(uri), [1, 2]);
    } finally {
      client.dispose();
    }
  });

  test('a cancellation that arrives once the handler runs still stops it before the analysis', async () => {
    // The handler is held (test hook) until the server has read the cancellation: without that, whether
    // the notification is read before the analysis depends on how many turns the in-memory transport
    // takes, and on a loaded machine the one yield before an analysis was sometimes not enough.
    const probe = new Probe();
    const client = startInProcess({ hooks: probe.hooks });
    try {
      await client.initialize();
      await client.open(uri, ARTICLE);
      await client.request('textDocument/documentSymbol', { textDocument: { uri } }); // settings cached: no await on the client
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }]);
      const source = new CancellationTokenSource();
      probe.onStart = () => source.cancel(); // sent while the server is already in the handler
      probe.held.add('textDocument/documentSymbol');
      assert.equal(await errorCode(client.request('textDocument/documentSymbol', { textDocument: { uri } }, source)), REQUEST_CANCELLED);
      probe.held.delete('textDocument/documentSymbol');
      assert.deepEqual(probe.analysesOf(uri), [1]);
      probe.onStart = () => undefined;
      assert.ok((await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).length > 0);
      assert.deepEqual(probe.analysesOf(uri), [1, 2]);
    } finally {
      client.dispose();
    }
  });
});

describe('isnad.maxDocumentSize', TIMEOUT, () => {
  const PARAGRAPH = [
    'قال رئيس البلدية كريم العلي في بيان صدر صباح اليوم: «سنفتح الطريق الجديد أمام السيارات في نهاية الشهر المقبل».',
    'وأضاف العلي أن «الأعمال تسير وفق الجدول المحدد رغم الأمطار» التي شهدتها المنطقة خلال الأسابيع الماضية.',
  ].join(' ');
  const PARAGRAPHS = 16;
  const TEXT = `${Array.from({ length: PARAGRAPHS }, () => PARAGRAPH).join('\n\n')}\n\n${NARRATION}\n\n${LONE_QUOTE}\n`;
  const LIMIT = 1_000;

  /** The start of the paragraph the limit falls in: the analysis stops there. */
  function expectedCut(): number {
    let cut = 0;
    for (let start = 0; start <= LIMIT; start = TEXT.indexOf('\n\n', start) + 2) cut = start;
    return cut;
  }

  test('a longer document is analysed up to a paragraph break, with an information diagnostic there', async () => {
    assert.ok(TEXT.length > 3 * LIMIT && PARAGRAPH.length < LIMIT / 2, 'the fixture spans several paragraphs past the limit');
    const uri = 'file:///articles/long.txt';
    const client = startInProcess({ configuration: () => ({ maxDocumentSize: LIMIT }) });
    try {
      await client.initialize();
      await client.open(uri, TEXT);
      const document = TextDocument.create(uri, 'plaintext', 1, TEXT);
      const cut = expectedCut();
      assert.ok(cut > 0 && cut <= LIMIT && TEXT.slice(cut - 2, cut) === '\n\n');
      const items = await pull(client, uri);
      const partial = items.filter((d) => d.code === 'document-too-large');
      assert.equal(partial.length, 1, JSON.stringify(items));
      assert.equal(partial[0]!.severity, 3, 'information');
      assert.deepEqual(partial[0]!.range.start, document.positionAt(cut));
      assert.equal(partial[0]!.range.end.line, partial[0]!.range.start.line, 'one line, not the whole rest');
      assert.match(partial[0]!.message as string, new RegExp(`first ${cut} of ${TEXT.length} characters.*isnad\\.maxDocumentSize is ${LIMIT}`, 'u'));
      assert.ok(!items.some((d) => d.code === 'unattributed-quote'), 'the lone quote past the cut is not analysed');
      const quotes = await client.request<DocumentQuotesResult>('isnad/documentQuotes', { textDocument: { uri } });
      const perParagraph = 2;
      assert.equal(quotes.quotes.length, (document.positionAt(cut).line / 2) * perParagraph);
      assert.ok(quotes.quotes.every((q) => document.offsetAt(q.range.end) <= cut));
      const stats = await client.request<DocumentStats>('isnad/documentStats', { textDocument: { uri } });
      assert.equal(stats.analysed, true);

      // Raised above the length: the whole text, and no such diagnostic.
      client.configuration = () => ({ maxDocumentSize: TEXT.length });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const whole = await pull(client, uri);
      assert.ok(!whole.some((d) => d.code === 'document-too-large'));
      assert.ok(whole.some((d) => d.code === 'unattributed-quote'), JSON.stringify(whole));
    } finally {
      client.dispose();
    }
  });

  test('the default limit leaves an ordinary document whole', async () => {
    const uri = 'file:///articles/short.txt';
    const client = startInProcess();
    try {
      await client.initialize();
      await client.open(uri, TEXT);
      const items = await pull(client, uri);
      assert.ok(!items.some((d) => d.code === 'document-too-large'));
      assert.ok(items.some((d) => d.code === 'unattributed-quote'));
    } finally {
      client.dispose();
    }
  });
});
