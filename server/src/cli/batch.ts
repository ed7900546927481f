// Analysing the files of one command: the paths are expanded and read here, in order; the texts are
// then analysed in this process or, when there is enough to analyse to be worth starting threads, by a
// pool of worker threads (one per core, or --jobs N). Either way the results and the messages come out
// in the input order, so the output is the same byte for byte.
import { availableParallelism } from 'node:os';
import { analyzeArticle } from '../analysis';
import type { FileResult } from './json';
import { LineIndex } from './lines';
import { analyzeInWorkers, workerScript, type Outcome } from './pool';
import { NO_PROGRESS, type Progress } from './progress';
import { expandPaths, oneLine, readTextFile } from './read';

/** Below this many UTF-16 code units in all, the files are analysed in this process: starting workers costs more. */
export const PARALLEL_MIN_CHARS = 150_000;

/** Each worker should have at least this much text to analyse, or fewer workers are started. */
const CHARS_PER_WORKER = 50_000;

export interface Analysed {
  readonly results: FileResult[];
  /** True when a path was missing, unreadable or not text, or its analysis failed. */
  readonly failed: boolean;
  /** Paths that were missing, and files that could not be read or analysed. */
  readonly skipped: number;
}

export interface BatchOptions {
  /** At most this many files at once (1: in this process); undefined: one per core. */
  readonly jobs: number | undefined;
  /** Makes the progress line for this many files (NO_PROGRESS when none is shown). */
  readonly progress: (total: number) => Progress;
  /** The worker script (default: dist/cli/worker.js beside this bundle; none: in this process). */
  readonly workerScript?: string | undefined;
}

/** How many worker threads to start for `texts` (0: analyse them in this process). */
export function workerCount(texts: readonly string[], jobs: number | undefined, cores = availableParallelism()): number {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const limit = jobs ?? cores;
  if (limit < 2 || texts.length < 2 || chars < PARALLEL_MIN_CHARS) return 0;
  return Math.max(1, Math.min(limit, texts.length, Math.floor(chars / CHARS_PER_WORKER)));
}

type Read = { readonly path: string; readonly text: string } | { readonly path: string; readonly error: string };

export async function analyzeFiles(paths: readonly string[], err: (line: string) => void, options: BatchOptions): Promise<Analysed> {
  const { reads, pathErrors } = readAll(paths, err);
  const texts = reads.flatMap((r) => ('text' in r ? [r.text] : []));
  const progress = texts.length > 1 ? options.progress(texts.length) : NO_PROGRESS;
  const script = 'workerScript' in options ? options.workerScript : workerScript();
  const workers = script === undefined ? 0 : workerCount(texts, options.jobs);
  let outcomes: Outcome[];
  try {
    outcomes = workers > 0 ? await analyzeInWorkers(script!, texts, workers, () => progress.tick()) : analyzeHere(texts, progress);
  } finally {
    progress.clear();
  }
  return collect(reads, outcomes, pathErrors, err);
}

/** The same as analyzeFiles, always in this process (the synchronous `run`). */
export function analyzeFilesHere(paths: readonly string[], err: (line: string) => void): Analysed {
  const { reads, pathErrors } = readAll(paths, err);
  return collect(reads, analyzeHere(reads.flatMap((r) => ('text' in r ? [r.text] : [])), NO_PROGRESS), pathErrors, err);
}

/** Expands the paths (reporting those that do not exist) and reads every file, in order. */
function readAll(paths: readonly string[], err: (line: string) => void): { reads: Read[]; pathErrors: number } {
  const { files, errors } = expandPaths(paths);
  for (const e of errors) err(`isnad: ${e}`);
  const reads = files.map((path): Read => {
    const read = readTextFile(path);
    return read.ok ? { path, text: read.text } : { path, error: read.error };
  });
  return { reads, pathErrors: errors.length };
}

function analyzeHere(texts: readonly string[], progress: Progress): Outcome[] {
  return texts.map((text) => {
    let outcome: Outcome;
    try {
      outcome = { ok: true, analysis: analyzeArticle(text) };
    } catch (e) {
      outcome = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    progress.tick();
    return outcome;
  });
}

/** The results and the messages in the input order. */
function collect(reads: readonly Read[], outcomes: readonly Outcome[], pathErrors: number, err: (line: string) => void): Analysed {
  const results: FileResult[] = [];
  let skipped = 0;
  let i = 0;
  for (const r of reads) {
    if (!('text' in r)) {
      err(`isnad: ${r.error}`);
      skipped++;
      continue;
    }
    const outcome = outcomes[i++]!;
    if (outcome.ok) results.push({ path: r.path, text: r.text, analysis: outcome.analysis, lines: new LineIndex(r.text) });
    else {
      err(`isnad: ${r.path}: ${oneLine(outcome.error)}`);
      skipped++;
    }
  }
  return { results, failed: pathErrors > 0 || skipped > 0, skipped: skipped + pathErrors };
}
