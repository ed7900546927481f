#!/usr/bin/env node
// Scores `isnad analyze --json` on the development gold (test/devgold/snn-dev.gold.json): 12 real
// articles from ../shared/corpus/snn-dev/articles.jsonl, annotated by hand. The gold carries offsets
// only, no article text: the articles are looked up by "id", written to a fresh temporary directory
// under their gold "file" names, and ../shared/eval/score.mjs is run on them.
// --holdout scores the second set (snn-dev-holdout.gold.json), --blind the third (snn-dev-blind.gold.json);
// --batches PREFIX merges test/devgold/batches/PREFIX*.gold.json (snn-b…, pan-b…: articles of snn-dev or
// pan-dev, by their "corpus"), --fresh the first slice in test/devgold/fresh/ (scored once on 2026-12-02,
// now open), --sealed the second slice in test/devgold/sealed/ (score it once, at the end).
// Extra arguments (--details, --min k=v, --max k=v) are passed to the scorer; exits with its status.
// Says in one line that it was skipped when ../shared is not beside the project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const articlesFile = join(shared, 'corpus', 'snn-dev', 'articles.jsonl');
const panFile = join(shared, 'corpus', 'pan-dev', 'articles.jsonl');
if (!existsSync(scorer) || !existsSync(articlesFile)) {
  console.log('dev gold: skipped (../shared is not beside the project)');
  process.exit(0);
}

const argv = process.argv.slice(2);
const valueOf = (flag) => { const i = argv.indexOf(flag); return i >= 0 ? argv.splice(i, 2)[1] ?? '' : null; };
const prefix = valueOf('--batches');
const fresh = argv.includes('--fresh');
const sealed = argv.includes('--sealed');
const set = argv.includes('--holdout') ? 'snn-dev-holdout' : argv.includes('--blind') ? 'snn-dev-blind' : 'snn-dev';
const devgold = join(root, 'test', 'devgold');
const merged = (dir, test) => ({ name: `${dir}/${prefix ?? '*'}`, documents: readdirSync(join(devgold, dir)).filter((f) => f.endsWith('.gold.json') && test(f)).sort()
  .flatMap((f) => JSON.parse(readFileSync(join(devgold, dir, f), 'utf8')).documents) });
const gold = prefix !== null ? merged('batches', (f) => f.startsWith(prefix)) : fresh ? merged('fresh', () => true) : sealed ? merged('sealed', () => true) : JSON.parse(readFileSync(join(devgold, `${set}.gold.json`), 'utf8'));
const goldFile = join(mkdtempSync(join(tmpdir(), 'isnad-gold-')), 'gold.json');
writeFileSync(goldFile, JSON.stringify(gold));
const articles = new Map();
for (const file of [articlesFile, panFile].filter(existsSync)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    articles.set(a.id, a);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'isnad-devgold-'));
let status = 1;
try {
  const missing = gold.documents.filter((doc) => !articles.has(doc.id));
  if (missing.length) throw new Error(`articles not in ${articlesFile}: ${missing.map((d) => d.id).join(', ')}`);
  for (const doc of gold.documents) writeFileSync(join(dir, basename(doc.file)), articles.get(doc.id).content, 'utf8');
  const run = `"${process.execPath}" "${join(root, 'bin', 'isnad.js')}" analyze --json`;
  const args = [scorer, '--gold', goldFile, '--corpus', dir, '--run', run, ...argv.filter((a) => a !== '--holdout' && a !== '--blind' && a !== '--fresh' && a !== '--sealed')];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  status = r.status ?? 1;
} catch (err) {
  console.error(`dev gold: ${err.message}`);
  status = 2;
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dirname(goldFile), { recursive: true, force: true });
}
process.exit(status);
