// Which documents are analysed: by content (the share of Arabic letters), whatever the client calls the
// language (Neovim and Helix send "text", Emacs its mode's name), except the ids in isnad.excludedLanguages.
// Clients here push-only, like Neovim 0.7 and eglot.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentSymbol, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { DocumentStats } from '../../server/src/protocol';
import { positionOf, startInProcess, vscodeLikeCapabilities, type TestClient } from './client';
import { ARTICLE, ARTICLE_WITH_LONE_QUOTE, ENGLISH, LONE_QUOTE } from './fixtures';

const TIMEOUT = { timeout: 20_000 };

function hoverAt(client: TestClient, uri: string, needle: string): Promise<Hover | null> {
  return client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, needle, 2) });
}

function stats(client: TestClient, uri: string): Promise<DocumentStats | null> {
  return client.request<DocumentStats | null>('isnad/documentStats', { textDocument: { uri } });
}

/** Appends the lone quote as a new last paragraph; resolves with the diagnostics pushed for that version. */
async function addLoneQuote(client: TestClient, uri: string): Promise<PublishDiagnosticsParams> {
  const end = positionOf(ARTICLE, 'الحدود.\n', 'الحدود.\n'.length);
  const mark = client.received.length;
  const version = await client.change(uri, [{ range: { start: end, end }, text: `\n${LONE_QUOTE}\n` }]);
  const pushed = await client.waitFor(
    (r) => r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).uri === uri && (r.params as PublishDiagnosticsParams).version === version,
    mark,
  );
  return pushed.params as PublishDiagnosticsParams;
}

describe('documents are chosen by content, not by language id', TIMEOUT, () => {
  test('languageId "text" (Neovim, Helix, eglot\'s text-mode) gets hover, symbols and diagnostics (engine)', async () => {
    const client = startInProcess({ capabilities: vscodeLikeCapabilities(false) });
    const uri = 'file:///articles/neovim.txt';
    try {
      await client.initialize();
      await client.open(uri, ARTICLE, 'text');
      const first = await client.waitForDiagnostics(uri);
      assert.ok(!first.diagnostics.some((d) => d.code === 'unattributed-quote'), JSON.stringify(first.diagnostics));
      const hover = await hoverAt(client, uri, 'المفاوضات');
      assert.ok(hover, 'a hover on the quote');
      assert.match((hover.contents as MarkupContent).value, /سامي الحداد/u);
      const symbols = await client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols?.some((s) => s.name.includes('الحداد')), JSON.stringify(symbols));
      const after = await addLoneQuote(client, uri);
      const flagged = after.diagnostics.filter((d) => d.code === 'unattributed-quote');
      assert.equal(flagged.length, 1, JSON.stringify(after.diagnostics));
      assert.equal(flagged[0]!.range.start.line, ARTICLE.split('\n').length);
    } finally {
      client.dispose();
    }
  });

  test('any other language id is analysed when Arabic enough, and an English "text" file is not', async () => {
    const client = startInProcess({ capabilities: vscodeLikeCapabilities(false) });
    const fundamental = 'file:///articles/notes';
    const english = 'file:///articles/english.txt';
    try {
      await client.initialize();
      await client.open(fundamental, ARTICLE_WITH_LONE_QUOTE, 'fundamental');
      await client.open(english, ENGLISH, 'text');
      assert.equal((await stats(client, fundamental))?.analysed, true);
      assert.deepEqual(await stats(client, english), { analysed: false, people: 0, quotes: 0, warnings: 0, arabicArticle: false });
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: english }, position: { line: 0, character: 22 } }), null);
      assert.ok((await client.waitForDiagnostics(fundamental)).diagnostics.some((d) => d.code === 'unattributed-quote'), 'the lone quote flagged');
      assert.deepEqual((await client.waitForDiagnostics(english)).diagnostics, []);
    } finally {
      client.dispose();
    }
  });

  test('a language id listed in isnad.excludedLanguages is not analysed, others still are', async () => {
    const client = startInProcess({
      capabilities: vscodeLikeCapabilities(false),
      configuration: () => ({ excludedLanguages: ['javascript', 'text'] }),
    });
    const excluded = 'file:///articles/strings.js';
    const kept = 'file:///articles/kept.md';
    try {
      await client.initialize();
      await client.open(excluded, ARTICLE, 'javascript');
      await client.open(kept, ARTICLE, 'markdown');
      assert.deepEqual((await client.waitForDiagnostics(excluded)).diagnostics, []);
      assert.deepEqual(await stats(client, excluded), { analysed: false, people: 0, quotes: 0, warnings: 0, arabicArticle: false });
      assert.equal(await hoverAt(client, excluded, 'المفاوضات'), null);
      assert.equal(await client.request('textDocument/documentSymbol', { textDocument: { uri: excluded } }), null);
      assert.deepEqual((await addLoneQuote(client, excluded)).diagnostics, [], 'an edit does not analyse it either');
      assert.equal((await stats(client, kept))?.analysed, true);
      assert.ok(await hoverAt(client, kept, 'المفاوضات'), 'a hover in the markdown document');
    } finally {
      client.dispose();
    }
  });

  test('clearing the exclusion analyses the document after the configuration change', async () => {
    let excludedLanguages = ['text'];
    const client = startInProcess({ capabilities: vscodeLikeCapabilities(false), configuration: () => ({ excludedLanguages }) });
    const uri = 'file:///articles/later.txt';
    try {
      await client.initialize();
      await client.open(uri, ARTICLE, 'text');
      assert.equal((await stats(client, uri))?.analysed, false);
      excludedLanguages = [];
      const mark = client.received.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const pushed = await client.waitFor(
        (r) => r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).uri === uri,
        mark,
      );
      assert.ok(pushed);
      assert.equal((await stats(client, uri))?.analysed, true);
    } finally {
      client.dispose();
    }
  });
});
