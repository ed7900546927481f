#!/usr/bin/env node
// npm run test:editors: the README's Neovim and Emacs configurations, each driven headless against the
// built server (test/editors/*.test.ts). Installs Debian's neovim, emacs-nox and elpa-eglot with apt-get
// when they are missing (CI is a fresh Debian machine run as root); without root it says what to install
// and exits 1. Not part of `npm test`, which needs no root.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const PACKAGES = ['neovim', 'emacs-nox', 'elpa-eglot'];
const started = Date.now();

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function apt(args) {
  console.log(`$ apt-get ${args.join(' ')}`);
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

function fail(message) {
  console.error(`test:editors: ${message}`);
  process.exit(1);
}

if (has('dpkg-query')) {
  const missing = PACKAGES.filter((p) => !installed(p));
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) fail(`missing ${missing.join(', ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
    // A fresh machine may have no package lists yet: update once when the first try fails.
    const args = ['install', '-y', '--no-install-recommends', ...missing];
    if (!apt(args) && !(apt(['update']) && apt(args))) fail(`apt-get could not install ${missing.join(', ')}`);
  }
} else if (!has('nvim') || !has('emacs')) {
  fail('needs nvim and emacs (with eglot) on the PATH; this script installs them only on Debian');
}

const build = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('the build (node esbuild.mjs) failed');

const dir = join(root, 'test', 'editors');
const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f));
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...tests], { cwd: root, stdio: 'inherit' });
console.log(`test:editors: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(r.status === 0 ? 0 : 1);
