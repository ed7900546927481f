#!/usr/bin/env node
// Scores `isnad analyze --json` on the seed articles in ../shared with ../shared/eval/score.mjs.
// --check: fail when a figure is below the acceptance bar of the engine issue.
// Says in one line that it was skipped when ../shared is not beside the project.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log('seed scores: skipped (../shared is not beside the project)');
  process.exit(0);
}
const args = [scorer, '--gold', join(shared, 'corpus/seeds/gold.json'), '--corpus', join(shared, 'corpus/seeds'),
  '--run', `"${process.execPath}" "${join(root, 'bin', 'isnad.js')}" analyze --json`];
if (process.argv.includes('--check')) {
  args.push('--min', 'quoteF1=0.99,kindAcc=0.97,speakerAcc=0.97,speakerTypeAcc=0.95,personF1=0.97,personClusterAcc=0.97',
    '--max', 'unattributedFalseFlags=0');
}
if (process.argv.includes('--details')) args.push('--details');
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
