#!/usr/bin/env node
// npm test: engine and CLI unit tests, protocol tests, grammar tests, then the seed scores when
// ../shared is beside the project, and the speaker-name check over its development articles. Needs no
// root and no browser.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const testFiles = ['unit', 'protocol']
  .map((dir) => join(root, 'test', dir))
  .filter(existsSync)
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f)));

let failed = false;
function run(label, cmd, args) {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}

run('unit and protocol tests', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...testFiles]);
if (existsSync(join(root, 'test', 'grammar'))) {
  run('grammar tests', process.execPath, [join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js'), '-g', 'syntaxes/arabic-news.tmLanguage.json', 'test/grammar/*.arnews']);
}
run('seed scores', process.execPath, [join(root, 'scripts', 'score-seeds.mjs'), '--check']);
run('speaker names over the development articles', process.execPath, ['--import', 'tsx', join(root, 'scripts', 'check-speaker-names.ts'), '--max', '0']);
process.exit(failed ? 1 : 0);
