// The command line against cspell over the same files (the snn-dev articles written to a temporary
// folder, never into the repository), and the command line's start-up. cspell is not a dependency of
// the project: it is installed on demand into a cache folder outside the repository
// (~/.cache/isnad-bench, or $ISNAD_BENCH_CACHE), and skipped with one line when that fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './corpus';
import { median, round } from './stats';

const BIN = join(ROOT, 'bin', 'isnad.js');
export const CACHE = process.env.ISNAD_BENCH_CACHE ?? join(homedir(), '.cache', 'isnad-bench');

/** Writes the articles as a000.txt … into a new temporary folder; the caller removes it. */
export function writeArticles(articles: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  articles.forEach((a, i) => writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.txt`), a));
  return dir;
}

/** Wall-clock milliseconds of `node args…` (median of `runs`), and the last exit status. */
function timeNode(args: string[], runs: number): { ms: number; status: number | null } {
  const ms: number[] = [];
  let status: number | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
    ms.push(performance.now() - t0);
    status = r.status;
    if (r.error) throw r.error;
  }
  return { ms: round(median(ms)), status };
}

/** The cspell binary in the cache, installed there (with the Arabic dictionary) when missing; undefined when that fails. */
export function cspell(log: (line: string) => void): { bin: string; config: string; version: string } | undefined {
  const bin = join(CACHE, 'node_modules', 'cspell', 'bin.mjs');
  const dict = join(CACHE, 'node_modules', '@cspell', 'dict-ar', 'cspell-ext.json');
  if (!existsSync(bin) || !existsSync(dict)) {
    log(`installing cspell and @cspell/dict-ar into ${CACHE} (once) …`);
    mkdirSync(CACHE, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['install', '--prefix', CACHE, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', 'cspell', '@cspell/dict-ar'], { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0 || !existsSync(bin) || !existsSync(dict)) return undefined;
  }
  const config = join(CACHE, 'cspell.bench.json');
  writeFileSync(config, JSON.stringify({ version: '0.2', language: 'ar', import: [dict] }, null, 2));
  const v = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  return { bin, config, version: v.stdout.trim() };
}

export interface CliFigures {
  files: number;
  chars: number;
  /** isnad check over the folder (one per core), and with --jobs 1. */
  isnadMs: number;
  isnadJobs1Ms: number;
  cspellMs: number | null;
  cspellVersion: string | null;
  /** cspell's time / isnad's (goal >= 3). */
  speedup: number | null;
  /** isnad --version, wall clock from spawn to exit. */
  startupMs: number;
}

export function cliFigures(articles: readonly string[], runs: number, withCspell: boolean, log: (line: string) => void): CliFigures {
  const dir = writeArticles(articles);
  try {
    const startupMs = timeNode([BIN, '--version'], 7).ms;
    timeNode([BIN, 'check', '--format', 'json', dir], 1); // warm the file cache
    const isnad = timeNode([BIN, 'check', '--quiet', dir], runs);
    const isnad1 = timeNode([BIN, 'check', '--quiet', '--jobs', '1', dir], runs);
    let cspellMs: number | null = null;
    let cspellVersion: string | null = null;
    if (withCspell) {
      const c = cspell(log);
      if (c === undefined) log('cspell: skipped (it could not be installed into the cache folder)');
      else {
        cspellVersion = c.version;
        const args = [c.bin, 'lint', '--no-progress', '--no-summary', '--no-cache', '--config', c.config, '--root', dir, join(dir, '*.txt')];
        const r = timeNode(args, runs);
        cspellMs = r.ms;
        if (r.status !== 0 && r.status !== 1) log(`cspell: exit status ${r.status} (its time is still reported)`);
      }
    } else log('cspell: skipped (--no-cspell)');
    return {
      files: articles.length,
      chars: articles.reduce((n, a) => n + a.length, 0),
      isnadMs: isnad.ms,
      isnadJobs1Ms: isnad1.ms,
      cspellMs,
      cspellVersion,
      speedup: cspellMs === null ? null : round(cspellMs / isnad.ms, 2),
      startupMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
