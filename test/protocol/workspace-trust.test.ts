// Untrusted workspaces and `.isnad.json` that cannot be used, over the protocol (the real server in process).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { MAX_CONFIG_FILE_SIZE } from '../../server/src/config';
import { startInProcess, type Received, type TestClient } from './client';
import { ARTICLE_WITH_LONE_QUOTE } from './fixtures';

const TIMEOUT = { timeout: 20_000 };

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  return report.items;
}

function shown(client: TestClient, from = 0): { type: number; message: string }[] {
  return client.received.slice(from).filter((r) => r.method === 'window/showMessage').map((r) => r.params as { type: number; message: string });
}

function isLog(r: Received, text: string): boolean {
  return r.method === 'window/logMessage' && (r.params as { message: string }).message.includes(text);
}

describe('workspace trust and .isnad.json', TIMEOUT, () => {
  let folder: string;
  let folderUri: string;
  const docIn = (name: string) => pathToFileURL(join(folder, name)).href;
  const turnsOff = JSON.stringify({ severity: { 'unattributed-quote': 'off' } });

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'isnad-trust-'));
    folderUri = pathToFileURL(folder).href;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  function clientFor(initializationOptions?: unknown): TestClient {
    return startInProcess({ workspaceFolders: [{ uri: folderUri, name: 'ws' }], initializationOptions });
  }

  test('untrusted: .isnad.json is not read, until the client says trust was granted', async () => {
    writeFileSync(join(folder, '.isnad.json'), turnsOff);
    const client = clientFor({ workspaceTrusted: false });
    try {
      await client.initialize();
      const uri = docIn('untrusted.txt');
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      assert.ok((await pull(client, uri)).some((d) => d.code === 'unattributed-quote'), 'the file did not turn the code off');
      await client.waitFor((r) => isLog(r, 'not trusted'));
      const mark = client.received.length;
      await client.connection.sendNotification('isnad/workspaceTrust', { trusted: true });
      await client.waitFor((r) => r.method === 'workspace/diagnostic/refresh', mark);
      assert.ok(!(await pull(client, uri)).some((d) => d.code === 'unattributed-quote'), 'now the file is read');
    } finally {
      client.dispose();
    }
  });

  test('trusted, or a client that does not say: the file is read', async () => {
    writeFileSync(join(folder, '.isnad.json'), turnsOff);
    for (const options of [{ workspaceTrusted: true }, undefined, 'not an object']) {
      const client = clientFor(options);
      try {
        await client.initialize();
        const uri = docIn('trusted.txt');
        await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
        assert.ok(!(await pull(client, uri)).some((d) => d.code === 'unattributed-quote'), JSON.stringify(options));
      } finally {
        client.dispose();
      }
    }
  });

  test('a file of 2 GB (sparse) is known to be too long from its first bytes', async () => {
    writeFileSync(join(folder, '.isnad.json'), '{"severity": {"unattributed-quote": "off"}, "pad": "');
    truncateSync(join(folder, '.isnad.json'), 2 ** 31);
    const client = clientFor();
    try {
      await client.initialize();
      const uri = docIn('sparse.txt');
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      assert.ok((await pull(client, uri)).some((d) => d.code === 'unattributed-quote'), 'the defaults');
      const messages = shown(client);
      assert.equal(messages.length, 1);
      assert.match(messages[0]!.message, /too long/u);
    } finally {
      client.dispose();
      writeFileSync(join(folder, '.isnad.json'), '{}');
    }
  });

  const broken: [string, () => string, RegExp][] = [
    ['malformed', () => '{ "severity": { "unattributed-quote": ', /not valid JSON/u],
    ['huge', () => JSON.stringify({ severity: { 'unattributed-quote': 'off' }, pad: ' '.repeat(MAX_CONFIG_FILE_SIZE) }), /too long/u],
    ['of the wrong shape', () => JSON.stringify({ severity: 'off', people: { name: 'سامي' } }), /"severity" should be .*"people" should be/u],
    ['not an object', () => '["unattributed-quote"]', /expected a JSON object/u],
  ];
  for (const [what, content, says] of broken) {
    test(`a file ${what} is said once (log and one message), and the defaults are used`, async () => {
      writeFileSync(join(folder, '.isnad.json'), content());
      const client = clientFor();
      try {
        await client.initialize();
        for (const name of ['one.txt', 'two.txt', 'three.txt']) {
          const uri = docIn(name);
          await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
          const items = await pull(client, uri);
          assert.ok(items.some((d) => d.code === 'unattributed-quote' && d.severity === 2), 'the default severity');
        }
        const messages = shown(client);
        assert.equal(messages.length, 1, JSON.stringify(messages));
        assert.equal(messages[0]!.type, 2, 'a warning');
        assert.match(messages[0]!.message, says);
        assert.ok(messages[0]!.message.includes('.isnad.json'));
        const log = client.received.filter((r) => isLog(r, '.isnad.json'));
        assert.equal(log.length, 1);
        assert.equal((log[0]!.params as { type: number }).type, 2, 'a warning in the log');
        // The file changes (still broken): said once more, not on every request.
        const mark = client.received.length;
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${folderUri}/.isnad.json`, type: 2 }] });
        await pull(client, docIn('one.txt'));
        await pull(client, docIn('two.txt'));
        assert.equal(shown(client, mark).length, 1);
      } finally {
        client.dispose();
      }
    });
  }
});
