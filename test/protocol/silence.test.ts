// Silencing a diagnostic over the protocol: a directive in the document hides it from pulled and pushed
// diagnostics, a useless directive is a note, and the quick fix writes the directive (an HTML comment in
// Markdown, the // form in plain text) so that the diagnostic is gone after the edit is applied.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, Diagnostic, FullDocumentDiagnosticReport, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startInProcess, vscodeLikeCapabilities, type TestClient } from './client';
import { ARTICLE, ARTICLE_WITH_LONE_QUOTE, LONE_QUOTE, VARIANT_PARAGRAPHS } from './fixtures';

const TIMEOUT = { timeout: 20_000 };

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  return report.items;
}

/** ARTICLE_WITH_LONE_QUOTE with a line inserted just above the lone quote. */
function aboveLoneQuote(line: string): string {
  return `${ARTICLE}\n${line}\n${LONE_QUOTE}\n`;
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

async function silenceFix(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction> {
  const actions = await client.fixesFor(uri, diagnostic, ['quickfix']);
  const fix = actions.find((a) => a.title.startsWith(`Silence ${diagnostic.code}`));
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.notEqual(fix.isPreferred, true, 'never the preferred fix');
  assert.equal(actions[actions.length - 1], fix, 'listed after the fixes that repair the text');
  return fix;
}

function editsOf(action: CodeAction): TextEdit[] {
  const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
  return change.edits as TextEdit[];
}

describe('silencing diagnostics (engine)', TIMEOUT, () => {
  test('a directive above the quote hides its unattributed-quote; one that silences nothing is a note', async () => {
    const client = startInProcess();
    try {
      await client.initialize();
      const plain = 'file:///articles/silenced.txt';
      await client.open(plain, aboveLoneQuote('// isnad-disable-next-line unattributed-quote'));
      assert.deepEqual(await pull(client, plain), []);

      const md = 'file:///articles/silenced.md';
      await client.open(md, aboveLoneQuote('<!-- isnad-disable-next-line unattributed-quote -->'), 'markdown');
      assert.deepEqual(await pull(client, md), []);

      const wrong = 'file:///articles/wrong-code.txt';
      const text = aboveLoneQuote('// isnad-disable-next-line name-variant');
      await client.open(wrong, text);
      const items = await pull(client, wrong);
      assert.deepEqual(items.map((d) => [d.code, d.severity, d.range.start.line]).sort(), [
        ['unattributed-quote', 2, lineOf(text, LONE_QUOTE)],
        ['unused-disable-directive', 3, lineOf(text, '// isnad')],
      ]);
      assert.match(items.find((d) => d.code === 'unused-disable-directive')!.codeDescription!.href, /unused-disable-directive\.md$/);
    } finally {
      client.dispose();
    }
  });

  test('the quick fix inserts the directive above the line in plain text, and the diagnostic goes', async () => {
    const client = startInProcess();
    const uri = 'file:///articles/fix-silence.txt';
    try {
      await client.initialize();
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      const flagged = (await pull(client, uri)).find((d) => d.code === 'unattributed-quote');
      assert.ok(flagged);
      const fix = await silenceFix(client, uri, flagged);
      const edits = editsOf(fix);
      const line = flagged.range.start.line;
      assert.deepEqual(edits, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '// isnad-disable-next-line unattributed-quote\n' }]);
      await client.change(uri, edits.map((e) => ({ range: e.range, text: e.newText })));
      const after = await pull(client, uri);
      assert.ok(!after.some((d) => d.code === 'unattributed-quote'), JSON.stringify(after));
      assert.ok(!after.some((d) => d.code === 'unused-disable-directive'), JSON.stringify(after));
    } finally {
      client.dispose();
    }
  });

  test('next to a directive naming another code, the fix adds the code to it', async () => {
    const client = startInProcess();
    const uri = 'file:///articles/fix-join.txt';
    const text = aboveLoneQuote('// isnad-disable-next-line name-variant');
    try {
      await client.initialize();
      await client.open(uri, text);
      const flagged = (await pull(client, uri)).find((d) => d.code === 'unattributed-quote');
      assert.ok(flagged);
      const edits = editsOf(await silenceFix(client, uri, flagged));
      const line = lineOf(text, '// isnad');
      const character = '// isnad-disable-next-line name-variant'.length;
      assert.deepEqual(edits, [{ range: { start: { line, character }, end: { line, character } }, newText: ', unattributed-quote' }]);
      await client.change(uri, edits.map((e) => ({ range: e.range, text: e.newText })));
      // The quote is silenced; the directive's name-variant still silences nothing, and says so on the code.
      const after = await pull(client, uri);
      assert.deepEqual(after.map((d) => [d.code, d.message, d.range.start.character]), [
        ['unused-disable-directive', 'No name-variant on the next line to silence.', '// isnad-disable-next-line '.length],
      ]);
    } finally {
      client.dispose();
    }
  });

  test('in Markdown the fix writes an HTML comment (push diagnostics)', async () => {
    const client = startInProcess({ capabilities: vscodeLikeCapabilities(false) }); // push diagnostics
    const uri = 'file:///articles/fix-silence.md';
    // The lone quote comes first: after three quotes of one speaker, the scorer may credit a quote
    // standing alone to that speaker by context.
    const text = [
      LONE_QUOTE,
      '',
      ...VARIANT_PARAGRAPHS,
      '',
    ].join('\n');
    try {
      await client.initialize();
      await client.open(uri, text, 'markdown');
      let document = TextDocument.create(uri, 'markdown', 1, text);
      const first = await client.waitForDiagnostics(uri);
      const variant = first.diagnostics.find((d) => d.code === 'name-variant');
      assert.ok(variant, JSON.stringify(first.diagnostics));
      const edits = editsOf(await silenceFix(client, uri, variant));
      assert.equal(edits[0]!.newText, '<!-- isnad-disable-next-line name-variant -->\n');
      assert.deepEqual(edits[0]!.range.start, { line: 4, character: 0 });

      let mark = client.received.length;
      await client.change(uri, edits.map((e) => ({ range: e.range, text: e.newText })));
      document = TextDocument.update(document, edits.map((e) => ({ range: e.range, text: e.newText })), 2);
      let published = await client.waitForDiagnostics(uri, mark);
      assert.equal(published.version, 2);
      assert.ok(!published.diagnostics.some((d) => d.code === 'name-variant' && d.range.start.line === 5), JSON.stringify(published.diagnostics));

      // The lone quote's line gets its own directive.
      const lone = published.diagnostics.find((d) => d.code === 'unattributed-quote');
      assert.ok(lone, JSON.stringify(published.diagnostics));
      const loneEdits = editsOf(await silenceFix(client, uri, lone));
      assert.equal(loneEdits[0]!.newText, '<!-- isnad-disable-next-line unattributed-quote -->\n');
      mark = client.received.length;
      await client.change(uri, loneEdits.map((e) => ({ range: e.range, text: e.newText })));
      document = TextDocument.update(document, loneEdits.map((e) => ({ range: e.range, text: e.newText })), 3);
      published = await client.waitForDiagnostics(uri, mark);
      assert.ok(!published.diagnostics.some((d) => d.code === 'unattributed-quote'), JSON.stringify(published.diagnostics));
      assert.ok(document.getText().includes(`<!-- isnad-disable-next-line unattributed-quote -->\n${LONE_QUOTE}`));
    } finally {
      client.dispose();
    }
  });
});
