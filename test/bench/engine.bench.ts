// Throughput of analyzeArticle on ~1 MB of generated Arabic article text (deterministic templates with
// quotes of every style, names and cues), plus per-article figures for 5 KB and 200 KB articles and, when
// ../shared/corpus/snn-dev/articles.jsonl is beside the project, the time to analyse all its articles.
// Prints figures only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';
import { article } from './articles';


function stats(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

function time(text: string, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyzeArticle(text);
    out.push(performance.now() - t0);
  }
  return out;
}

const f = (x: number, d = 1) => x.toFixed(d);

const big = article(1_000_000, 1);
console.log(`generated text: ${big.length} chars (${f(Buffer.byteLength(big) / 1e6, 2)} MB UTF-8)`);
time(big, 2); // warm-up
const bigRuns = time(big, 7);
const total = bigRuns.reduce((a, b) => a + b, 0);
const bs = stats(bigRuns);
const cps = (big.length * bigRuns.length) / (total / 1000);
console.log(`1 MB article: ${bigRuns.length} runs, median ${f(bs.median)} ms, p95 ${f(bs.p95)} ms`);
console.log(`throughput: ${Math.round(cps).toLocaleString('en')} chars/s, ${f((Buffer.byteLength(big) * bigRuns.length) / (total / 1000) / 1e6, 2)} MB/s (UTF-8)`);

for (const [label, size, runs] of [['5 KB', 5_000, 200], ['200 KB', 200_000, 20]] as const) {
  const texts = Array.from({ length: 5 }, (_, i) => article(size, 100 + i));
  for (const t of texts) time(t, 2); // warm-up
  const ms = texts.flatMap((t) => time(t, Math.ceil(runs / texts.length)));
  const s = stats(ms);
  console.log(`${label} article: ${ms.length} runs, median ${f(s.median, 2)} ms, p95 ${f(s.p95, 2)} ms`);
}

const corpus = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'snn-dev', 'articles.jsonl');
if (existsSync(corpus)) {
  const contents: string[] = [];
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line).content;
      if (typeof c === 'string') contents.push(c);
    } catch { /* skip a bad line */ }
  }
  for (const c of contents.slice(0, 20)) analyzeArticle(c); // warm-up
  const chars = contents.reduce((a, c) => a + c.length, 0);
  const t0 = performance.now();
  const per: number[] = [];
  for (const c of contents) {
    const s = performance.now();
    analyzeArticle(c);
    per.push(performance.now() - s);
  }
  const ms = performance.now() - t0;
  const s = stats(per);
  console.log(`snn-dev corpus: ${contents.length} articles, ${chars.toLocaleString('en')} chars, ${f(ms)} ms total, ${Math.round(chars / (ms / 1000)).toLocaleString('en')} chars/s, per article median ${f(s.median, 2)} ms, p95 ${f(s.p95, 2)} ms`);
} else {
  console.log('snn-dev corpus: not found beside the project (skipped)');
}
