// isnad check / analyze over many files in parallel: when worker threads are started (batch.ts), the
// pool (pool.ts) keeps the input order and survives a dying worker, the output of the built command line
// is byte-identical with --jobs 1 and --jobs 2, and the progress line (progress.ts) is throttled and
// erased. Needs the build (dist/cli/worker.js); the texts are generated (test/bench/articles.ts).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { PARALLEL_MIN_CHARS, workerCount } from '../../server/src/cli/batch';
import { analyzeInWorkers } from '../../server/src/cli/pool';
import { progressLine } from '../../server/src/cli/progress';
import { article } from '../bench/articles';

const root = resolve(__dirname, '..', '..');
const bin = join(root, 'bin', 'isnad.js');
const workerJs = join(root, 'dist', 'cli', 'worker.js');
const work = mkdtempSync(join(tmpdir(), 'isnad-parallel-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('when files are analysed in worker threads', () => {
  const big = 'ب'.repeat(PARALLEL_MIN_CHARS);
  test('one file, a few small ones, or --jobs 1 stay in this process', () => {
    assert.equal(workerCount([big], undefined, 8), 0, 'one file');
    assert.equal(workerCount(['أ'.repeat(1000), 'ب'.repeat(1000), 'ت'.repeat(1000)], undefined, 8), 0, 'small files');
    assert.equal(workerCount([big, big], 1, 8), 0, '--jobs 1');
    assert.equal(workerCount([big, big], undefined, 1), 0, 'one core');
  });
  test('enough text starts workers, at most one per core or --jobs N, and no more than there are files', () => {
    assert.equal(workerCount([big, big], undefined, 8), 2);
    assert.equal(workerCount([big, big, big, big], undefined, 3), 3);
    assert.equal(workerCount([big, big, big, big], 2, 8), 2);
    assert.equal(workerCount([big, big, big], 16, 2), 3, '--jobs N may ask for more threads than cores');
  });
});

describe('the worker pool', () => {
  test('answers in the input order, each the analysis this process would make', async () => {
    const texts = [article(6_000, 1), article(300, 2), article(3_000, 3), 'قال الوزير: «نعم».', ''];
    let ticks = 0;
    const outcomes = await analyzeInWorkers(workerJs, texts, 2, () => ticks++);
    assert.equal(ticks, texts.length);
    assert.deepEqual(outcomes, texts.map((t) => ({ ok: true, analysis: analyzeArticle(t) })));
  });

  test('a worker that dies fails only the text it held, and the others are still analysed', async () => {
    const script = join(work, 'dying-worker.js');
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ index, text }) => {
  if (text === 'die') process.exit(3);
  if (text === 'throw') throw new Error('thrown in the worker');
  parentPort.postMessage({ index, ok: true, analysis: { textLength: text.length } });
});\n`,
    );
    const texts = ['a', 'die', 'bb', 'throw', 'ccc', 'dddd'];
    const outcomes = await analyzeInWorkers(script, texts, 2);
    assert.deepEqual(outcomes.map((o) => (o.ok ? o.analysis.textLength : 'failed')), [1, 'failed', 2, 'failed', 3, 4]);
    const died = outcomes[1]!;
    assert.ok(!died.ok && /status 3/.test(died.error), JSON.stringify(died));
    const threw = outcomes[3]!;
    assert.ok(!threw.ok && /thrown in the worker/.test(threw.error), JSON.stringify(threw));
  });
});

describe('isnad over many files: --jobs 2 writes what --jobs 1 writes', () => {
  const dir = join(work, 'articles');
  const texts = Array.from({ length: 7 }, (_, i) => article(24_000, 40 + i));
  const paths = texts.map((_, i) => join(dir, `article-${i}.txt`));
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' }, maxBuffer: 1 << 28 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  mkdirSync(dir, { recursive: true });
  paths.forEach((p, i) => writeFileSync(p, texts[i]!));
  writeFileSync(join(dir, 'article-3b.txt'), Buffer.from([0x61, 0, 0x62]));

  test('the text report and the SARIF, with a file that is not text and a missing path among them', () => {
    assert.ok(texts.reduce((n, t) => n + t.length, 0) >= PARALLEL_MIN_CHARS, 'enough text for workers');
    for (const args of [['check'], ['check', '--format', 'sarif']]) {
      const inputs = [...args, dir, join(work, 'missing.txt'), paths[2]!];
      const one = run([...inputs, '--jobs', '1']);
      const two = run([...inputs, '--jobs', '2']);
      assert.equal(one.status, 2, `${args.join(' ')}: the bad file and the missing path fail the run\n${one.stderr}`);
      assert.ok(one.stdout.length > 100_000, 'a real report');
      assert.equal(two.stdout, one.stdout, `${args.join(' ')}: stdout`);
      assert.equal(two.stderr, one.stderr, `${args.join(' ')}: stderr`);
      assert.equal(two.status, one.status);
    }
  });

  test('--jobs needs a whole number of 1 or more', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = run(['check', '--jobs', bad, dir]);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /^isnad: .*--jobs/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });

  test('no progress line when stderr is not a terminal, even without --quiet', () => {
    const r = run(['analyze', ...paths.slice(0, 2)]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  });
});

describe('the progress line', () => {
  test('is rewritten in place at most ten times a second, always shows the last file, and is erased', () => {
    let now = 0;
    const written: string[] = [];
    const p = progressLine(5, (s) => written.push(s), () => now);
    p.tick(); // 1/5 at 0 ms
    now = 50;
    p.tick(); // too soon
    now = 120;
    p.tick(); // 3/5
    p.tick(); // too soon
    p.tick(); // the last one is always shown
    p.clear();
    assert.deepEqual(written, ['\r\u001b[Kisnad: 1/5', '\r\u001b[Kisnad: 3/5', '\r\u001b[Kisnad: 5/5', '\r\u001b[K']);
  });
  test('erases nothing when it showed nothing', () => {
    const written: string[] = [];
    progressLine(3, (s) => written.push(s)).clear();
    assert.deepEqual(written, []);
  });
});
