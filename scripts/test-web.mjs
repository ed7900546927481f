#!/usr/bin/env node
// npm run test:web — the language server's web-worker bundle in headless Chromium (test/web/).
// Builds the bundles, installs Debian's chromium with apt-get when it is missing (CI starts on a fresh
// machine; ISNAD_WEB_CHROMIUM names another browser and skips that), then runs the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const chromium = process.env.ISNAD_WEB_CHROMIUM || '/usr/bin/chromium';

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`test:web: ${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
}

run(process.execPath, [join(root, 'esbuild.mjs')]);
if (!existsSync(chromium)) {
  if (process.env.ISNAD_WEB_CHROMIUM) {
    console.error(`test:web: no browser at ${chromium} (ISNAD_WEB_CHROMIUM)`);
    process.exit(1);
  }
  console.log('test:web: installing chromium with apt-get');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => (sudo.length ? run('sudo', ['apt-get', ...args], { DEBIAN_FRONTEND: 'noninteractive' }) : run('apt-get', args, { DEBIAN_FRONTEND: 'noninteractive' }));
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', 'chromium');
}
const dir = join(root, 'test', 'web');
const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f));
run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...tests], { ISNAD_WEB_CHROMIUM: chromium });
