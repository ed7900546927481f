// Acceptance of the language server on seed article 003 from ../shared (read at run time, never copied
// here): the hover on the quote «نحن نبحث…» names its speaker, the Outline lists the four people and all
// 16 speech quotes, and there is no unattributed-quote warning. Skipped, in one line, without ../shared.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, FullDocumentDiagnosticReport, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { positionOf, startInProcess, type TestClient } from './client';

const seeds = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'seeds');
const file = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('003_')) : undefined;

describe('seed article 003 opened as plaintext', { skip: file ? false : 'skipped: ../shared/corpus/seeds is not beside the project' }, () => {
  let client: TestClient;
  let text = '';
  const uri = 'file:///seeds/003.txt';

  before(async () => {
    text = readFileSync(join(seeds, file!), 'utf8');
    client = startInProcess();
    await client.initialize();
    await client.open(uri, text, 'plaintext');
  });
  after(() => client?.dispose());

  test('the hover on «نحن نبحث…» names بوتين', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '«نحن نبحث', 3) });
    assert.ok(hover, 'a hover on the quote');
    assert.match((hover.contents as MarkupContent).value, /بوتين/);
  });

  test('the Outline lists the four people and all 16 speech quotes', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name).join(' | ');
    for (const person of ['جون كيري', 'فلاديمير بوتين', 'جون كيربي', 'باراك أوباما']) {
      assert.ok(symbols.some((s) => s.name.includes(person)), `${person} in the Outline: ${names}`);
    }
    const speakers = symbols.filter((s) => s.name !== 'Terms' && !/Unattributed/.test(s.name));
    const quotes = speakers.flatMap((s) => s.children ?? []);
    assert.equal(quotes.length, 16, `speech quotes under speakers: ${names}`);
  });

  test('no unattributed-quote warning', async () => {
    const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report.items.filter((d) => d.code === 'unattributed-quote'), []);
  });
});
