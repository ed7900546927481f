// The engine against the regex floor: analyzeArticle over ~2 M code units of real text (each article
// on its own, as the editor and the CLI see them), against one pass of a regular expression that finds
// every quotation mark and every Arabic word in the same text — the least any quote finder must do.
import { analyzeArticle } from '../../server/src/analysis';
import { realText, type Texts } from './corpus';
import { round, timeMs } from './stats';

/** Quotation marks, or a run of Arabic letters. */
const FLOOR = /[«»“”„‟"‹›‘’]|[\u0621-\u064A\u0671-\u06D3]+/g;

export function regexFloor(text: string): number {
  let n = 0;
  FLOOR.lastIndex = 0;
  while (FLOOR.exec(text) !== null) n++;
  return n;
}

export interface EngineFigures {
  chars: number;
  articles: number;
  engineMs: number;
  floorMs: number;
  /** engineMs / floorMs (goal <= 5). */
  ratio: number;
  charsPerSecond: number;
  mbPerSecond: number;
}

/** Splits ~`chars` of real text into its articles, then times the engine and the floor over them (best of `runs` for the floor). */
export function engineVsFloor(texts: Texts, chars: number): EngineFigures {
  const pieces = realText(texts, chars).split('\n\n');
  const total = pieces.reduce((n, p) => n + p.length, 0);
  for (const p of pieces.slice(0, 30)) analyzeArticle(p); // warm-up
  for (let i = 0; i < 3; i++) for (const p of pieces) regexFloor(p);
  const engineMs = timeMs(() => {
    for (const p of pieces) analyzeArticle(p);
  });
  const floorMs = Math.min(
    ...Array.from({ length: 5 }, () =>
      timeMs(() => {
        for (const p of pieces) regexFloor(p);
      }),
    ),
  );
  const bytes = pieces.reduce((n, p) => n + Buffer.byteLength(p), 0);
  return {
    chars: total,
    articles: pieces.length,
    engineMs: round(engineMs),
    floorMs: round(floorMs, 2),
    ratio: round(engineMs / floorMs, 1),
    charsPerSecond: Math.round(total / (engineMs / 1000)),
    mbPerSecond: round(bytes / 1e6 / (engineMs / 1000), 3),
  };
}

/** analyzeArticle on one document of `text`: time (best of `runs`) and the heap it holds. */
export function oneDocument(text: string, runs: number): { ms: number; heapMb: number } {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, timeMs(() => analyzeArticle(text)));
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = analyzeArticle(text);
  gc?.();
  const heapMb = round((process.memoryUsage().heapUsed - before) / 2 ** 20, 1);
  void kept.quotes.length;
  return { ms: round(best), heapMb };
}
