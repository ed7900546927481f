// A long editor session against the built server (dist/server/main.js) over stdio: 10,000 random
// incremental edits (quotation marks, names, reporting verbs, line breaks, surrogate pairs; inserts and
// deletes) spread over several documents, with hovers, symbols, code actions, diagnostics, quotes and
// semantic tokens asked in between, some of them cancelled. Every answer must be well formed and inside
// the document as the client holds it; at the end, a fresh analysis of each final text must give exactly
// what the server answers. Fixed seed: a failure replays.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  FullDocumentDiagnosticReport,
  Hover,
  Position,
  Range,
  SemanticTokens,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis';
import { mergeSettings, normalise } from '../../server/src/config';
import type { AnalysedDocument } from '../../server/src/features/common';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { documentQuotes, documentStats } from '../../server/src/features/overview';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { documentSymbols } from '../../server/src/features/symbols';
import type { DocumentQuotesResult, DocumentStats } from '../../server/src/protocol';
import { rng } from '../rng';
import { CancellationTokenSource, TestClient, decodeTokens, vscodeLikeCapabilities } from './client';
import { ensureServerBundle, SERVER_BUNDLE } from './bundle';
import { ARTICLE, ARTICLE_WITH_LONE_QUOTE } from './fixtures';

const ROOT = resolve(__dirname, '..', '..');
const BUNDLE = SERVER_BUNDLE;
const SEED = 0x15_4a_d9;
const EDITS = 10_000;
const DOCUMENTS = 4;
const MAX_LENGTH = 3_000;
const REQUEST_CANCELLED = -32800;

// Pieces of articles written for this test (invented names).
const FRAGMENTS = [
  '«', '»', '«', '»', '"', '“', '”', '„', ': «', '».', '» ', ' «',
  'سامي الحداد', ' ليلى منصور ', 'وزير الخارجية ', 'كريم العلي', ' المتحدث باسم الوزارة ',
  'قال ', ' وأضاف ', 'وأكد أن ', ' صرح ', 'وتابع: ', 'قالت ', ' مصدر مطلع ',
  '\n', '\n\n', '\n', ' ', '، ', '. ',
  '😀', '𝕏', '👍🏽', 'ن😀ص',
  'المفاوضات ستستأنف الأسبوع المقبل', ' لن نقبل بأي شروط ', 'الاجتماع كان مثمراً',
];

const OPENING = [
  ARTICLE,
  ARTICLE_WITH_LONE_QUOTE,
  'قالت ليلى منصور: «سنعلن النتائج غداً».\n\nوأضاف سامي الحداد أن «الوفد وصل» صباح اليوم 😀.\n',
  '«المرحلة المقبلة صعبة» قال كريم العلي.\n\nوأكد مصدر مطلع أن «الاتفاق قريب».\n',
];


/** An offset moved back off the middle of a surrogate pair. */
function whole(text: string, offset: number): number {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return offset > 0 && high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? offset - 1 : offset;
}

function splitsPair(text: string, offset: number): boolean {
  return whole(text, offset) !== offset;
}

/** A well-formed position of the document, not inside a surrogate pair. */
function checkPosition(doc: TextDocument, p: Position, what: string): number {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0, `${what}: ${JSON.stringify(p)}`);
  assert.ok(p.line < doc.lineCount, `${what}: line ${p.line} of ${doc.lineCount}`);
  const offset = doc.offsetAt(p);
  assert.deepEqual(doc.positionAt(offset), p, `${what}: ${JSON.stringify(p)} is past its line's end`);
  assert.ok(!splitsPair(doc.getText(), offset), `${what}: ${JSON.stringify(p)} splits a surrogate pair: ${JSON.stringify(doc.getText().slice(offset - 20, offset + 20))}`);
  return offset;
}

function checkRange(doc: TextDocument, r: Range, what: string): [number, number] {
  assert.ok(r && typeof r === 'object', `${what}: no range`);
  const start = checkPosition(doc, r.start, `${what} start`);
  const end = checkPosition(doc, r.end, `${what} end`);
  assert.ok(start <= end, `${what}: ${JSON.stringify(r)} ends before it starts`);
  return [start, end];
}

function checkSymbols(doc: TextDocument, symbols: DocumentSymbol[], outer?: [number, number]): number {
  let count = 0;
  for (const s of symbols) {
    assert.ok(typeof s.name === 'string' && s.name.length > 0, `symbol name ${JSON.stringify(s.name)}`);
    assert.ok(Number.isInteger(s.kind) && s.kind >= 1 && s.kind <= 26, `symbol kind ${s.kind}`);
    const range = checkRange(doc, s.range, `symbol ${s.name}`);
    const selection = checkRange(doc, s.selectionRange, `symbol ${s.name} selection`);
    assert.ok(range[0] <= selection[0] && selection[1] <= range[1], `symbol ${s.name}: selection outside its range`);
    if (outer) assert.ok(outer[0] <= range[0] && range[1] <= outer[1], `symbol ${s.name}: outside its parent`);
    count += 1 + checkSymbols(doc, s.children ?? [], range);
  }
  return count;
}

function checkDiagnostics(doc: TextDocument, items: Diagnostic[]): void {
  for (const d of items) {
    checkRange(doc, d.range, `diagnostic ${String(d.code)}`);
    assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4, `severity ${d.severity}`);
    assert.equal(d.source, 'isnad');
    assert.ok(typeof d.code === 'string' && d.code.length > 0);
    assert.ok(typeof d.message === 'string' && d.message.length > 0);
  }
}

interface Session {
  readonly client: TestClient;
  readonly kill: () => void;
  readonly exited: Promise<number | null>;
  readonly stderr: () => string;
}

function spawnServer(): Session {
  const child = spawn(process.execPath, [BUNDLE, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  return {
    client: new TestClient(connection, { capabilities: vscodeLikeCapabilities() }),
    kill: () => child.exitCode === null && child.kill(),
    exited,
    stderr: () => stderr,
  };
}

/** The client's copy of one open document, and the last diagnostics it was given. */
interface Open {
  readonly uri: string;
  doc: TextDocument;
  diagnostics: Diagnostic[];
}

describe('a long editor session over stdio', { timeout: 120_000 }, () => {
  let session: Session;

  before(() => {
    ensureServerBundle();
    session = spawnServer();
  });
  after(() => {
    session.client.connection.dispose();
    session.kill(); // after a failure: the server would keep the test process alive
  });

  test(`${EDITS} random edits on ${DOCUMENTS} documents: well-formed answers, and the final state is a fresh analysis`, async () => {
    const started = Date.now();
    // Edits draw from one generator, requests from another: the edits replay exactly whatever the answers
    // (whether a cancellation was in time changes what the requests see, not the texts).
    const random = rng(SEED);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
    const askRandom = rng(SEED + 1);
    const askInt = (n: number) => Math.floor(askRandom() * n);
    const askPick = <T>(items: readonly T[]): T => items[askInt(items.length)]!;
    const { client } = session;
    await client.initialize();

    const docs: Open[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const uri = `file:///session/article-${i}.txt`;
      const text = OPENING[i % OPENING.length]!;
      docs.push({ uri, doc: TextDocument.create(uri, 'plaintext', 1, text), diagnostics: [] });
      await client.open(uri, text);
    }

    /** One random change of a document's text, as a client would send it (kept within MAX_LENGTH). */
    function randomChange(text: string): TextDocumentContentChangeEvent {
      const deleting = text.length > MAX_LENGTH ? true : text.length < 200 ? false : random() < 0.38;
      if (deleting) {
        let start: number;
        let end: number;
        const marks = [...text.matchAll(/[«»"“”„]/gu)];
        if (marks.length > 0 && random() < 0.3) {
          const mark = pick(marks);
          start = mark.index;
          end = start + 1;
        } else {
          start = whole(text, int(text.length));
          end = whole(text, Math.min(text.length, start + 1 + int(random() < 0.97 ? 12 : 400)));
          if (end === start) end = Math.min(text.length, start + 2);
        }
        return { range: { start: positionIn(text, start), end: positionIn(text, end) }, text: random() < 0.2 ? pick(FRAGMENTS) : '' };
      }
      const at = whole(text, int(text.length + 1));
      const piece = random() < 0.15 ? `${pick(FRAGMENTS)}${pick(FRAGMENTS)}${pick(FRAGMENTS)}` : pick(FRAGMENTS);
      return { range: { start: positionIn(text, at), end: positionIn(text, at) }, text: piece };
    }

    function positionIn(text: string, offset: number): Position {
      return TextDocument.create('', '', 0, text).positionAt(offset);
    }

    function randomPosition(doc: TextDocument): Position {
      return doc.positionAt(whole(doc.getText(), askInt(doc.getText().length + 1)));
    }

    function randomRange(doc: TextDocument): Range {
      const a = randomPosition(doc);
      const b = randomPosition(doc);
      return doc.offsetAt(a) <= doc.offsetAt(b) ? { start: a, end: b } : { start: b, end: a };
    }

    /** Sends a request; when `cancel`, cancels it at once: then RequestCancelled is an answer too. */
    async function ask<R>(method: string, params: unknown, cancel: boolean): Promise<R | 'cancelled'> {
      const source = cancel ? new CancellationTokenSource() : undefined;
      const pending = client.request<R>(method, params, source);
      source?.cancel();
      try {
        return await pending;
      } catch (e) {
        const code = (e as { code?: number }).code;
        if (cancel && code === REQUEST_CANCELLED) return 'cancelled';
        throw new Error(`${method} failed (code ${code}): ${(e as Error).message}`);
      }
    }

    const counts = { requests: 0, cancelled: 0, hovers: 0, symbols: 0, actions: 0, diagnostics: 0, changes: 0 };

    async function randomRequest(open: Open): Promise<void> {
      const { doc, uri } = open;
      const textDocument = { uri };
      const cancel = askRandom() < 0.08;
      counts.requests++;
      const kind = askInt(6);
      if (kind === 0) {
        // Half of the hovers on a quotation mark or a name, where there is something to say.
        const targets = [...doc.getText().matchAll(/[«»"“”„]|الحداد|منصور|العلي/gu)];
        const position = targets.length > 0 && askRandom() < 0.5 ? doc.positionAt(askPick(targets).index + askInt(3)) : randomPosition(doc);
        const answer = await ask<Hover | null>('textDocument/hover', { textDocument, position }, cancel);
        if (answer === 'cancelled') return void counts.cancelled++;
        if (answer === null) return;
        counts.hovers++;
        const contents = answer.contents as { kind: string; value: string };
        assert.equal(contents.kind, 'markdown');
        assert.ok(typeof contents.value === 'string' && contents.value.length > 0);
        if (answer.range) {
          const [start, end] = checkRange(doc, answer.range, 'hover');
          const offset = doc.offsetAt(position);
          assert.ok(start <= offset && offset <= end, `hover range ${JSON.stringify(answer.range)} misses ${JSON.stringify(position)}`);
        }
      } else if (kind === 1) {
        const answer = await ask<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument }, cancel);
        if (answer === 'cancelled') return void counts.cancelled++;
        assert.ok(Array.isArray(answer), 'an analysed document has symbols (maybe none)');
        counts.symbols += checkSymbols(doc, answer);
      } else if (kind === 2) {
        const answer = await ask<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument }, cancel);
        if (answer === 'cancelled') return void counts.cancelled++;
        assert.equal(answer.kind, 'full');
        checkDiagnostics(doc, answer.items);
        open.diagnostics = answer.items;
        counts.diagnostics += answer.items.length;
      } else if (kind === 3) {
        const range = open.diagnostics.length > 0 && askRandom() < 0.7 ? askPick(open.diagnostics).range : randomRange(doc);
        const diagnostics = open.diagnostics.filter((d) => d.range.start.line <= range.end.line && range.start.line <= d.range.end.line);
        const answer = await ask<CodeAction[] | null>('textDocument/codeAction', { textDocument, range, context: { diagnostics } }, cancel);
        if (answer === 'cancelled') return void counts.cancelled++;
        for (const action of answer ?? []) {
          counts.actions++;
          assert.ok(typeof action.title === 'string' && action.title.length > 0);
          for (const change of action.edit?.documentChanges ?? []) {
            const edit = change as { textDocument: { uri: string; version: number | null }; edits: { range: Range; newText: string }[] };
            assert.equal(edit.textDocument.uri, uri);
            assert.equal(edit.textDocument.version, doc.version, 'the edit is for the current version');
            for (const e of edit.edits) {
              checkRange(doc, e.range, `edit of ${action.title}`);
              assert.equal(typeof e.newText, 'string');
            }
          }
        }
      } else if (kind === 4) {
        const answer = await ask<DocumentQuotesResult>('isnad/documentQuotes', { textDocument }, cancel);
        if (answer === 'cancelled') return void counts.cancelled++;
        let previous = -1;
        for (const q of answer.quotes) {
          const [start] = checkRange(doc, q.range, 'quote');
          assert.ok(start >= previous, 'quotes in document order');
          previous = start;
          assert.ok(q.kind === 'speech' || q.kind === 'term');
          assert.ok(q.speaker === null || (typeof q.speaker === 'string' && q.speaker.length > 0));
          assert.ok('«»"“”„'.includes(doc.getText()[start]!), `a quote starts with a mark: ${doc.getText().slice(start, start + 5)}`);
        }
      } else {
        const answer = await ask<SemanticTokens>('textDocument/semanticTokens/full', { textDocument }, cancel);
        if (answer === 'cancelled') return void counts.cancelled++;
        assert.equal(answer.data.length % 5, 0);
        for (const t of decodeTokens(answer.data)) {
          assert.ok(t.line < doc.lineCount && t.length > 0);
          const start = doc.offsetAt({ line: t.line, character: t.char });
          checkRange(doc, { start: doc.positionAt(start), end: doc.positionAt(start + t.length) }, 'semantic token');
          assert.equal(doc.positionAt(start + t.length).line, t.line, 'a token stays on its line');
        }
      }
    }

    for (let edit = 0; edit < EDITS; ) {
      const open = pick(docs);
      // One notification holds one to three changes, applied in order.
      const changes: TextDocumentContentChangeEvent[] = [];
      let text = open.doc.getText();
      for (let n = 1 + (random() < 0.2 ? int(3) : 0); n > 0 && edit < EDITS; n--, edit++) {
        const change = randomChange(text);
        changes.push(change);
        text = TextDocument.applyEdits(TextDocument.create('', '', 0, text), [{ range: (change as { range: Range }).range, newText: change.text }]);
      }
      const version = await client.change(open.uri, changes);
      open.doc = TextDocument.update(open.doc, changes, version);
      assert.equal(open.doc.getText(), text);
      counts.changes++;
      if (askRandom() < 0.3) await randomRequest(askPick(docs));
    }

    // The final state: what the server answers is a fresh analysis of each final text.
    const settings = mergeSettings({}, normalise({}));
    for (const open of docs) {
      const text = open.doc.getText();
      const ad: AnalysedDocument = { document: open.doc, analysis: analyzeArticle(text), settings };
      const fresh = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
      const textDocument = { uri: open.uri };
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), fresh(documentSymbols(ad)), `${open.uri}: symbols`);
      const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument });
      assert.deepEqual(report.items, fresh(toDiagnostics(ad)), `${open.uri}: diagnostics`);
      assert.deepEqual(await client.request('isnad/documentQuotes', { textDocument }), fresh(documentQuotes(ad)), `${open.uri}: quotes`);
      assert.deepEqual(await client.request<DocumentStats>('isnad/documentStats', { textDocument }), fresh(documentStats(ad)), `${open.uri}: stats`);
      assert.deepEqual(await client.request('textDocument/semanticTokens/full', { textDocument }), fresh(semanticTokens(ad)), `${open.uri}: tokens`);
      for (let i = 0; i < 20; i++) {
        const offset = whole(text, int(text.length + 1));
        const expected = hover(ad, offset);
        const answer = await client.request('textDocument/hover', { textDocument, position: open.doc.positionAt(offset) });
        assert.deepEqual(answer, expected === null ? null : fresh(expected), `${open.uri}: hover at ${offset}`);
      }
      assert.ok(ad.analysis.quotes.length > 0 || text.length < 200, `${open.uri} still reads as an article`);
    }

    await client.request('shutdown', null);
    await client.connection.sendNotification('exit');
    assert.equal(await session.exited, 0, session.stderr());
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `long session: ${EDITS} edits in ${counts.changes} changes, ${counts.requests} requests (${counts.cancelled} cancelled), ` +
        `${counts.symbols} symbols, ${counts.diagnostics} diagnostics, ${counts.actions} code actions, ${counts.hovers} hovers; ` +
        `final lengths ${docs.map((d) => d.doc.getText().length).join(', ')}; ${seconds.toFixed(1)} s`,
    );
  });
});
