// A pool of worker threads (dist/cli/worker.js) that analyses texts in parallel: each worker is handed
// the next text when it posts its answer, and the answers are stored by index, so the caller sees them
// in the input order whatever order they finish in. A worker that dies fails only the text it held; a
// new one takes its place while texts remain.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../analysis';

export interface WorkerRequest {
  readonly index: number;
  readonly text: string;
}

export type WorkerReply =
  | { readonly index: number; readonly ok: true; readonly analysis: Analysis }
  | { readonly index: number; readonly ok: false; readonly error: string };

export type Outcome = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly error: string };

/** The worker script beside this bundle (dist/cli/worker.js), or undefined when there is none (running from source). */
export function workerScript(): string | undefined {
  const path = join(__dirname, 'worker.js');
  return existsSync(path) ? path : undefined;
}

/**
 * Analyses `texts` on `workers` threads running `script`; `onDone` is called after each text.
 * Resolves with one outcome per text, in the order of `texts`.
 */
export function analyzeInWorkers(script: string, texts: readonly string[], workers: number, onDone: () => void = () => undefined): Promise<Outcome[]> {
  const outcomes: (Outcome | undefined)[] = new Array(texts.length).fill(undefined);
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    if (texts.length === 0) {
      resolve([]);
      return;
    }
    const settle = (index: number, outcome: Outcome): void => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      finished++;
      onDone();
      if (finished === texts.length) resolve(outcomes as Outcome[]);
    };
    const start = (): void => {
      const worker = new Worker(script);
      let holding: number | undefined;
      let done = false;
      const feed = (): void => {
        if (next < texts.length) {
          holding = next++;
          worker.postMessage({ index: holding, text: texts[holding]! } satisfies WorkerRequest);
        } else {
          holding = undefined;
          done = true;
          void worker.terminate();
        }
      };
      worker.on('message', (reply: WorkerReply) => {
        settle(reply.index, reply.ok ? { ok: true, analysis: reply.analysis } : { ok: false, error: reply.error });
        feed();
      });
      const died = (reason: string): void => {
        if (done) return;
        done = true;
        if (holding !== undefined) settle(holding, { ok: false, error: `the analysis stopped (${reason})` });
        holding = undefined;
        if (next < texts.length) start();
      };
      worker.on('error', (err) => died(err instanceof Error ? err.message : String(err)));
      worker.on('exit', (code) => died(`worker exited with status ${code}`));
      feed();
    };
    for (let i = 0; i < Math.min(workers, texts.length); i++) start();
  });
}
