// The web extension's bundles (built by `node esbuild.mjs`, which npm test runs first) load no Node
// module: the worker server requires nothing at all, the browser client only `vscode`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const dist = join(resolve(__dirname, '..', '..'), 'dist');

function bundle(path: string): string {
  const file = join(dist, path);
  assert.ok(existsSync(file), `${file} is missing: run node esbuild.mjs`);
  return readFileSync(file, 'utf8');
}

/** The module names a bundle requires or imports. */
function requires(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)|\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)|\bfrom\s*["']([^"']+)["']/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
}

describe('browser bundles', () => {
  test('the requires finder sees the forms a Node import takes in a bundle', () => {
    assert.deepEqual(requires('var a = require("fs"); const b = require( \'node:path\' ); import("node:url"); import x from "os";'), [
      'fs',
      'node:path',
      'node:url',
      'os',
    ]);
  });

  test('the web-worker server requires nothing and names no node: module', () => {
    const code = bundle('server/browser.js');
    assert.deepEqual(requires(code), []);
    assert.doesNotMatch(code, /["'`]node:/);
  });

  test('the browser client requires vscode only', () => {
    const code = bundle('client/browser.js');
    assert.deepEqual([...new Set(requires(code))], ['vscode']);
    assert.doesNotMatch(code, /["'`]node:/);
  });

  test('the node server bundle does read files (the check would see a Node import)', () => {
    assert.ok(requires(bundle('server/main.js')).some((m) => m === 'fs' || m === 'node:fs' || m === 'fs/promises' || m === 'node:fs/promises'));
  });
});
