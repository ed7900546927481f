// Protocol tests: the real server (startServer) in process, driven over JSON-RPC streams.
// Tests marked "(engine)" need detections from the analysis engine.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type {
  Diagnostic,
  DocumentSymbol,
  FullDocumentDiagnosticReport,
  Hover,
  Location,
  MarkupContent,
  SemanticTokens,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import type { DocumentQuotesResult, DocumentStats } from '../../server/src/protocol';
import { CancellationTokenSource, decodeTokens, positionOf, startInProcess, vscodeLikeCapabilities, type TestClient } from './client';
import { ARTICLE, ARTICLE_WITH_LONE_QUOTE, ENGLISH, LONE_QUOTE, VARIANT_PARAGRAPHS } from './fixtures';

const TIMEOUT = { timeout: 20_000 };

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return report.items;
}

function flattenSymbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children ?? [])]);
}

function contains(outer: { start: { line: number; character: number }; end: { line: number; character: number } }, inner: typeof outer): boolean {
  const le = (a: typeof outer.start, b: typeof outer.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('language server over JSON-RPC (pull diagnostics)', TIMEOUT, () => {
  let client: TestClient;
  const uri = 'file:///articles/summit.txt';

  before(async () => {
    client = startInProcess();
    await client.initialize();
    await client.open(uri, ARTICLE);
  });
  after(() => client.dispose());

  test('initialize advertises the capabilities', () => {
    const caps = client.initializeResult!.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.documentHighlightProvider, true);
    assert.equal(caps.workspaceSymbolProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'isnad', interFileDependencies: false, workspaceDiagnostics: false });
    const tokens = caps.semanticTokensProvider!;
    assert.deepEqual(tokens.legend.tokenTypes, ['string', 'class', 'variable', 'keyword']);
    assert.deepEqual(tokens.legend.tokenModifiers, ['declaration']);
    assert.equal(tokens.full, true);
    assert.equal(client.initializeResult!.serverInfo?.name, 'isnad-language-server');
  });

  test('pulls the isnad section of the configuration for the document', async () => {
    await pull(client, uri);
    const request = await client.waitFor((r) => r.method === 'workspace/configuration');
    assert.deepEqual((request.params as { items: unknown[] }).items, [{ scopeUri: uri, section: 'isnad' }]);
  });

  test('pull diagnostics answer a full report', async () => {
    const items = await pull(client, uri);
    for (const d of items) {
      assert.equal(d.source, 'isnad');
      assert.equal(d.codeDescription?.href, `https://github.com/isnad-dev/isnad/blob/main/docs/diagnostics/${d.code}.md`);
    }
  });

  test('document statistics of an analysed Arabic document (engine)', async () => {
    const stats = await client.request<DocumentStats | null>('isnad/documentStats', { textDocument: { uri } });
    assert.ok(stats);
    assert.equal(stats.analysed, true);
    assert.ok(stats.people >= 3, `people: ${stats.people}`);
    assert.ok(stats.quotes >= 3, `quotes: ${stats.quotes}`);
    assert.equal(stats.arabicArticle, true);
  });

  test('document symbols: speakers with their quotes, ranges containing their children (engine)', async () => {
    const symbols = await client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols && symbols.length > 0, 'expected symbols');
    for (const s of flattenSymbols(symbols)) {
      assert.ok(contains(s.range, s.selectionRange), `${s.name}: selectionRange outside range`);
      for (const c of s.children ?? []) assert.ok(contains(s.range, c.range), `${c.name} outside ${s.name}`);
    }
    const haddad = symbols.find((s) => s.name.includes('الحداد'));
    assert.ok(haddad, 'a symbol for سامي الحداد');
    assert.equal(haddad.children?.length, 2);
    const mansour = symbols.find((s) => s.name.includes('ليلى منصور'));
    assert.equal(mansour?.children?.length, 1);
    const ali = symbols.find((s) => s.name.includes('العلي'));
    assert.ok(ali, 'people mentioned but never quoted are listed');
    assert.equal(ali.children?.length ?? 0, 0);
  });

  test('hover on a speech quote names the speaker and the reporting verb (engine)', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(ARTICLE, 'المفاوضات', 2),
    });
    const text = hoverText(hover);
    assert.match(text, /سامي الحداد/u);
    assert.match(text, /قال/u);
    assert.match(text, /Confidence: (high|medium|low)/u);
    // The other quote of the same speaker is linked at its position.
    const other = positionOf(ARTICLE, '«لن نقبل');
    assert.ok(text.includes(`${uri}#L${other.line + 1},${other.character + 1}`), text);
    assert.equal(hover!.range?.start.line, 0);
  });

  test('hover on a term quote says it is not speech (engine)', async () => {
    const text = hoverText(
      await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'الممر', 1) }),
    );
    assert.match(text, /Term, not speech/u);
  });

  test('hover on a name shows the person (engine)', async () => {
    const text = hoverText(
      await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'ليلى', 1) }),
    );
    assert.match(text, /ليلى منصور/u);
    assert.match(text, /1 quote/u);
  });

  test('hover on an ordinary word is null', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'جهتها', 1) });
    assert.equal(hover, null);
  });

  test('definition and references of a short mention (engine)', async () => {
    const at = { textDocument: { uri }, position: positionOf(ARTICLE, 'وأضاف الحداد', 7) };
    const def = await client.request<Location | null>('textDocument/definition', at);
    assert.ok(def, 'definition');
    assert.equal(def.range.start.line, 0, 'the full mention on the first line');
    const all = await client.request<Location[] | null>('textDocument/references', { ...at, context: { includeDeclaration: true } });
    const others = await client.request<Location[] | null>('textDocument/references', { ...at, context: { includeDeclaration: false } });
    assert.ok(all && others);
    assert.ok(all.length >= 3, `mentions: ${all.length}`);
    assert.equal(others.length, all.length - 1);
  });

  test('workspace symbols match with or without hamza (engine)', async () => {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'ليلي' });
    assert.ok(symbols.some((s) => s.name.includes('ليلى منصور')), JSON.stringify(symbols));
    const none = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'لا يوجد أحد بهذا الاسم' });
    assert.deepEqual(none, []);
  });

  test('semantic tokens are sorted, disjoint and single-line', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const decoded = decodeTokens(tokens.data);
    const lines = ARTICLE.split('\n');
    let last = { line: -1, end: 0 };
    for (const t of decoded) {
      assert.ok(t.length > 0);
      assert.ok(t.char + t.length <= lines[t.line]!.length, 'token within its line');
      assert.ok(t.line > last.line || t.char >= last.end, 'sorted and not overlapping');
      last = { line: t.line, end: t.char + t.length };
    }
  });

  test('semantic tokens mark quotes and names (engine)', async () => {
    const tokens = decodeTokens((await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data);
    assert.ok(tokens.some((t) => t.type === 0), 'a string token');
    assert.ok(tokens.some((t) => t.type === 1), 'a class token');
  });

  test('custom request isnad/documentQuotes (engine)', async () => {
    const result = await client.request<DocumentQuotesResult>('isnad/documentQuotes', { textDocument: { uri } });
    assert.ok(result.quotes.length >= 4);
    assert.equal(result.quotes[0]!.speaker?.includes('الحداد'), true);
    assert.ok(result.quotes.some((q) => q.kind === 'term' && q.speaker === null));
  });

  test('an incremental edit adding a lone quote is flagged unattributed-quote (engine)', async () => {
    const end = positionOf(ARTICLE, 'الحدود.\n', 'الحدود.\n'.length);
    await client.change(uri, [{ range: { start: end, end }, text: `\n${LONE_QUOTE}\n` }]);
    const items = await pull(client, uri);
    const flagged = items.find((d) => d.code === 'unattributed-quote');
    assert.ok(flagged, JSON.stringify(items));
    assert.equal(flagged.range.start.line, ARTICLE_WITH_LONE_QUOTE.split('\n').indexOf(LONE_QUOTE));
    // The quick fix inserts a reporting verb before the quote.
    const actions = await client.fixesFor(uri, flagged, ['quickfix']);
    const fix = actions.find((a) => a.diagnostics?.[0]?.code === 'unattributed-quote');
    assert.ok(fix?.edit?.documentChanges, JSON.stringify(actions));
    const edit = (fix.edit.documentChanges[0] as { edits: { newText: string; range: { start: unknown } }[] }).edits[0]!;
    assert.match(edit.newText, /^وقال .+: $/u);
    assert.deepEqual(edit.range.start, flagged.range.start);
  });

  test('a bad position and an unknown document answer null, and the server keeps answering', async () => {
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 0 } }), null);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9999 } }), null);
    const unknown = { textDocument: { uri: 'file:///nowhere/unknown.txt' } };
    assert.equal(await client.request('textDocument/hover', { ...unknown, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.request('textDocument/documentSymbol', unknown), null);
    assert.equal(await client.request('isnad/documentStats', unknown), null);
    assert.deepEqual(await client.request('isnad/documentQuotes', unknown), { quotes: [] });
    assert.deepEqual(await pull(client, 'file:///nowhere/unknown.txt'), []);
    const stats = await client.request<DocumentStats | null>('isnad/documentStats', { textDocument: { uri } });
    assert.ok(stats, 'still answering');
  });

  test('a handler that throws answers an InternalError, logs it, and the server keeps answering', async () => {
    const from = client.received.length;
    for (const method of ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/diagnostic']) {
      // no textDocument: the handler fails on the params
      await assert.rejects(client.request(method, { position: { line: 0, character: 0 } }), (e: { code?: number; message?: string }) => {
        assert.equal(e.code, -32603, `${method}: code ${e.code}`);
        assert.match(e.message ?? '', new RegExp(`^${method} failed: `));
        return true;
      });
    }
    const logged = await client.waitFor((r) => r.method === 'window/logMessage' && String((r.params as { message: string }).message).startsWith('textDocument/diagnostic failed'), from);
    assert.equal((logged.params as { type: number }).type, 1, 'logged as an error');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'المفاوضات', 1) });
    assert.ok(hover, 'still answering');
  });

  test('a cancelled diagnostic request does not break the server', async () => {
    const source = new CancellationTokenSource();
    const pending = client.request('textDocument/diagnostic', { textDocument: { uri } }, source);
    source.cancel();
    await pending.then(
      () => undefined,
      (e: { code?: number }) => assert.ok(e.code === -32800 || e.code === -32802, `code ${e.code}`),
    );
    assert.ok(Array.isArray(await pull(client, uri)));
  });

  test('a document with too little Arabic is not analysed (languages: see languages.test.ts)', async () => {
    const english = 'file:///articles/english.txt';
    await client.open(english, ENGLISH);
    assert.deepEqual(await client.request('isnad/documentStats', { textDocument: { uri: english } }), {
      analysed: false,
      people: 0,
      quotes: 0,
      warnings: 0,
      arabicArticle: false,
    });
    assert.deepEqual(await pull(client, english), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: english }, position: { line: 0, character: 22 } }), null);
    assert.equal(await client.request('textDocument/documentSymbol', { textDocument: { uri: english } }), null);
    await client.close(english);
  });
});

describe('quick fixes from the engine', TIMEOUT, () => {
  test('a name spelled two ways and an unclosed quote get fixes (engine)', async () => {
    const client = startInProcess();
    const uri = 'file:///articles/fixes.txt';
    const text = [
      ...VARIANT_PARAGRAPHS,
      '',
      'وختم الحداد بالقول: «لن نتراجع عن موقفنا',
      '',
    ].join('\n');
    try {
      await client.initialize();
      await client.open(uri, text);
      const items = await pull(client, uri);
      const variant = items.find((d) => d.code === 'name-variant');
      assert.ok(variant, JSON.stringify(items));
      const variantFixes = await client.fixesFor(uri, variant);
      const preferred = variantFixes.find((a) => a.isPreferred);
      const edits = (preferred?.edit?.documentChanges?.[0] as { edits: { newText: string; range: { start: { line: number } } }[] }).edits;
      assert.deepEqual(edits.map((e) => [e.range.start.line, e.newText]), [[2, 'أحمد الحداد']]);
      const unclosed = items.find((d) => d.code === 'unclosed-quote');
      assert.ok(unclosed, JSON.stringify(items));
      const [close] = await client.fixesFor(uri, unclosed);
      const closeEdit = (close?.edit?.documentChanges?.[0] as { edits: { newText: string; range: { start: { line: number } } }[] }).edits[0]!;
      assert.equal(closeEdit.newText, '»');
      assert.equal(closeEdit.range.start.line, 6);
    } finally {
      client.dispose();
    }
  });
});

describe('configuration', TIMEOUT, () => {
  const uri = 'file:///articles/config.txt';

  test('a configuration change re-pulls settings and asks the client to refresh diagnostics', async () => {
    const client = startInProcess();
    try {
      await client.initialize();
      await client.waitFor((r) => r.method === 'client/registerCapability');
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      await pull(client, uri);
      const mark = client.received.length;
      client.configuration = () => ({ severity: { 'unattributed-quote': 'off' } });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor((r) => r.method === 'workspace/diagnostic/refresh', mark);
      await pull(client, uri);
      await client.waitFor((r) => r.method === 'workspace/configuration', mark);
    } finally {
      client.dispose();
    }
  });

  test('severity "off" drops a code, other values change the severity (engine)', async () => {
    let severity: Record<string, string> = {};
    const client = startInProcess({ configuration: () => ({ severity }) });
    try {
      await client.initialize();
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      const before = await pull(client, uri);
      assert.ok(before.some((d) => d.code === 'unattributed-quote'), JSON.stringify(before));
      severity = { 'unattributed-quote': 'off' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.ok(!(await pull(client, uri)).some((d) => d.code === 'unattributed-quote'));
      const stats = await client.request<DocumentStats>('isnad/documentStats', { textDocument: { uri } });
      assert.equal(stats.warnings, (await pull(client, uri)).length);
      severity = { 'unattributed-quote': 'error' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = (await pull(client, uri)).filter((d) => d.code === 'unattributed-quote');
      assert.ok(after.length > 0 && after.every((d) => d.severity === 1));
    } finally {
      client.dispose();
    }
  });

  describe('workspace file .isnad.json', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(join(tmpdir(), 'isnad-ws-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    function clientFor(configuration: () => unknown = () => ({})): TestClient {
      return startInProcess({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }], configuration });
    }

    test('invalid JSON is reported as a warning in the log and ignored', async () => {
      writeFileSync(join(folder, '.isnad.json'), '{ "severity": { nope');
      const client = clientFor();
      try {
        await client.initialize();
        const docUri = pathToFileURL(join(folder, 'bad.txt')).href;
        await client.open(docUri, ARTICLE);
        assert.ok(Array.isArray(await pull(client, docUri)));
        const log = await client.waitFor((r) => r.method === 'window/logMessage' && JSON.stringify(r.params).includes('.isnad.json'));
        assert.equal((log.params as { type: number }).type, 2, 'a warning');
      } finally {
        client.dispose();
      }
    });

    test('the file turns a code off; settings override the file (engine)', async () => {
      writeFileSync(join(folder, '.isnad.json'), JSON.stringify({ severity: { 'unattributed-quote': 'off' } }));
      let settings: unknown = {};
      const client = clientFor(() => settings);
      try {
        await client.initialize();
        const docUri = pathToFileURL(join(folder, 'file.txt')).href;
        await client.open(docUri, ARTICLE_WITH_LONE_QUOTE);
        assert.ok(!(await pull(client, docUri)).some((d) => d.code === 'unattributed-quote'));
        settings = { severity: { 'unattributed-quote': 'hint' } };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        const items = (await pull(client, docUri)).filter((d) => d.code === 'unattributed-quote');
        assert.ok(items.length > 0 && items.every((d) => d.severity === 4));
      } finally {
        client.dispose();
      }
    });
  });
});

describe('push diagnostics (client without pull support)', TIMEOUT, () => {
  test('diagnostics are published after open and after a change, with the document version', async () => {
    const client = startInProcess({ capabilities: vscodeLikeCapabilities(false) });
    const uri = 'file:///articles/push.txt';
    try {
      const result = await client.initialize();
      assert.equal(result.capabilities.diagnosticProvider, undefined);
      await client.open(uri, ARTICLE);
      const first = await client.waitForDiagnostics(uri);
      assert.equal(first.version, 1);
      const mark = client.received.length;
      const end = positionOf(ARTICLE, 'الحدود.\n', 'الحدود.\n'.length);
      // Two quick changes: only the last version is published (debounced).
      await client.change(uri, [{ range: { start: end, end }, text: '\n' }]);
      await client.change(uri, [{ range: { start: { line: end.line + 1, character: 0 }, end: { line: end.line + 1, character: 0 } }, text: `${LONE_QUOTE}\n` }]);
      const second = await client.waitForDiagnostics(uri, mark);
      assert.equal(second.version, 3);
      const mark2 = client.received.length;
      await client.close(uri);
      assert.deepEqual((await client.waitForDiagnostics(uri, mark2)).diagnostics, []);
    } finally {
      client.dispose();
    }
  });

  test('the lone quote is pushed as unattributed-quote (engine)', async () => {
    const client = startInProcess({ capabilities: vscodeLikeCapabilities(false) });
    const uri = 'file:///articles/push2.txt';
    try {
      await client.initialize();
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      const published = await client.waitForDiagnostics(uri);
      assert.ok(published.diagnostics.some((d) => d.code === 'unattributed-quote'));
    } finally {
      client.dispose();
    }
  });
});
