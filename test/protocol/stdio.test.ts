// The built language server (bin/isnad-language-server.js) as a separate process: transports,
// shutdown/exit codes, and that nothing but LSP messages is written on stdout.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-jsonrpc/node';
import type { Hover } from 'vscode-languageserver-protocol';
import { TestClient, vscodeLikeCapabilities } from './client';
import { ensureServerBundle, SERVER_BUNDLE } from './bundle';
import { ARTICLE } from './fixtures';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'isnad-language-server.js');
const BUNDLE = SERVER_BUNDLE;


interface Spawned {
  readonly child: ChildProcess;
  readonly client: TestClient;
  readonly exited: Promise<number | null>;
  readonly stderr: () => string;
  readonly streamErrors: unknown[];
}

function spawnServer(args: string[]): Spawned {
  const ipc = args.includes('--node-ipc');
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : 'pipe' });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  let reader: MessageReader;
  let writer: MessageWriter;
  if (ipc) {
    reader = new IPCMessageReader(child);
    writer = new IPCMessageWriter(child);
  } else {
    reader = new StreamMessageReader(child.stdout!);
    writer = new StreamMessageWriter(child.stdin!);
  }
  const streamErrors: unknown[] = [];
  reader.onError((e) => streamErrors.push(e));
  const connection = createMessageConnection(reader, writer);
  const client = new TestClient(connection, { capabilities: vscodeLikeCapabilities() });
  return { child, client, exited, stderr: () => stderr, streamErrors };
}

async function shutdownAndExit(s: Spawned): Promise<number | null> {
  await s.client.request('shutdown', null);
  await s.client.connection.sendNotification('exit');
  const code = await s.exited;
  s.client.connection.dispose();
  return code;
}

describe('the language server process', { timeout: 60_000 }, () => {
  before(() => {
    ensureServerBundle();
  });

  test('with no transport flag it talks over stdio; shutdown then exit gives exit code 0', async () => {
    const s = spawnServer([]);
    const result = await s.client.initialize();
    assert.ok(result.capabilities.hoverProvider);
    assert.equal(await shutdownAndExit(s), 0);
    assert.deepEqual(s.streamErrors, []);
  });

  test('--stdio: documents, requests, a bad request, then a clean exit', async () => {
    const s = spawnServer(['--stdio']);
    await s.client.initialize();
    const uri = 'file:///articles/stdio.txt';
    await s.client.open(uri, ARTICLE);
    const plain = await s.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 4 } });
    assert.equal(plain, null);
    assert.equal(await s.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 0 } }), null);
    assert.equal(await s.client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///unknown.txt' } }), null);
    const report = await s.client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.ok(await s.client.request('isnad/documentStats', { textDocument: { uri } }));
    assert.equal(await shutdownAndExit(s), 0);
    assert.deepEqual(s.streamErrors, [], 'only LSP messages on stdout');
    assert.doesNotMatch(s.stderr(), /Error/u);
  });

  test('--node-ipc', async () => {
    const s = spawnServer(['--node-ipc']);
    await s.client.initialize();
    assert.equal(await shutdownAndExit(s), 0);
  });

  test('exit without shutdown gives exit code 1', async () => {
    const s = spawnServer(['--stdio']);
    await s.client.initialize();
    await s.client.connection.sendNotification('exit');
    assert.equal(await s.exited, 1);
    s.client.connection.dispose();
  });
});
