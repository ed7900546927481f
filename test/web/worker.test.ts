// npm run test:web — the language server's web-worker bundle (dist/server/browser.js) in headless
// Chromium: a page speaks LSP to it over postMessage and gets diagnostics, a hover and the document
// symbols, and `.isnad.json` through the client (isnad/readFile). The engine and the tagger's model load
// with no Node API. Needs `node esbuild.mjs` first and a Chromium (scripts/test-web.mjs sees to both).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { positionOf } from '../protocol/client';
import { ARTICLE_WITH_LONE_QUOTE as ARTICLE } from '../protocol/fixtures';

const root = resolve(__dirname, '..', '..');
const CHROMIUM = process.env.ISNAD_WEB_CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = { timeout: 120_000 };
const FOLDER = 'vscode-vfs://github/isnad-dev/articles';

/** The page, its script and the worker bundle, from one origin (a worker must be same-origin). */
function serve(pageScript: string): Promise<Server> {
  const worker = readFileSync(join(root, 'dist', 'server', 'browser.js'));
  const routes: Record<string, [string, string | Buffer]> = {
    '/': ['text/html', '<!doctype html><meta charset="utf-8"><script src="/page.js"></script>'],
    '/page.js': ['text/javascript', pageScript],
    '/server.js': ['text/javascript', worker],
  };
  const server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (!route) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
  });
  return new Promise((res) => server.listen(0, '127.0.0.1', () => res(server)));
}

describe('the language server as a web worker in Chromium', TIMEOUT, () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const request = <R>(method: string, params: unknown): Promise<R> =>
    page.evaluate(([m, p]) => (globalThis as any).isnad.request(m, p), [method, params] as const) as Promise<R>;
  const notify = (method: string, params: unknown): Promise<void> =>
    page.evaluate(([m, p]) => (globalThis as any).isnad.notify(m, p), [method, params] as const);
  const received = (): Promise<{ method: string; params: any }[]> => page.evaluate(() => (globalThis as any).isnad.received());
  const open = (uri: string, text: string) => notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const pull = async (uri: string) =>
    (await request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;

  before(async () => {
    const bundle = await esbuild.build({ entryPoints: [join(__dirname, 'page.mjs')], bundle: true, platform: 'browser', format: 'iife', write: false });
    server = await serve(bundle.outputFiles[0]!.text);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => (globalThis as any).isnad !== undefined);
    await page.evaluate(([uri]) => (globalThis as any).isnad.setFile(`${uri}/.isnad.json`, JSON.stringify({ severity: { 'unattributed-quote': 'off' } })), [FOLDER]);
    const init = await request<{ capabilities: { hoverProvider?: boolean }; serverInfo?: { name: string } }>('initialize', {
      processId: null,
      rootUri: null,
      workspaceFolders: [{ uri: FOLDER, name: 'articles' }],
      capabilities: {
        textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true }, diagnostic: {} },
        workspace: { configuration: true },
      },
    });
    assert.equal(init.serverInfo?.name, 'isnad-language-server');
    assert.equal(init.capabilities.hoverProvider, true);
    await notify('initialized', {});
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('a hover on a quote names its speaker', async () => {
    const uri = 'file:///articles/summit.txt';
    await open(uri, ARTICLE);
    const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'المفاوضات', 1) });
    assert.ok(hover, 'expected a hover');
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /سامي الحداد/);
  });

  test('the document symbols list the speakers with their quotes', async () => {
    const uri = 'file:///articles/summit.txt';
    const symbols = await request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols && symbols.length > 0, 'expected symbols');
    assert.equal(symbols.find((s) => s.name.includes('الحداد'))?.children?.length, 2, JSON.stringify(symbols.map((s) => s.name)));
    assert.equal(symbols.find((s) => s.name.includes('ليلى منصور'))?.children?.length, 1);
  });

  test('.isnad.json comes from the client: its folder turns a code off, elsewhere it stays', async () => {
    const inside = `${FOLDER}/summit.txt`;
    const outside = 'file:///elsewhere/summit.txt';
    await open(inside, ARTICLE);
    await open(outside, ARTICLE);
    assert.ok((await pull(outside)).some((d) => d.code === 'unattributed-quote'), 'the lone quote is flagged outside the folder');
    assert.ok(!(await pull(inside)).some((d) => d.code === 'unattributed-quote'), 'the folder file turns the code off');
    const asked = (await received()).filter((r) => r.method === 'isnad/readFile').map((r) => r.params.uri);
    assert.deepEqual(asked, [`${FOLDER}/.isnad.json`]);
  });

  test('the worker raised no error and logged none', async () => {
    assert.deepEqual(await page.evaluate(() => (globalThis as any).isnad.workerErrors()), []);
    assert.deepEqual(pageErrors, []);
    const errors = (await received()).filter((r) => r.method === 'window/logMessage' && r.params.type === 1);
    assert.deepEqual(errors, []);
  });
});
