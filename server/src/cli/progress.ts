// The progress line of `isnad check` / `analyze` over many files: "isnad: 120/308" rewritten in place on
// stderr, at most ten times a second, and erased when the run ends. Only on a terminal.

export interface Progress {
  /** One more file is done. */
  tick(): void;
  /** Erases the line (before anything else is written to stderr). */
  clear(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, clear: () => undefined };

const INTERVAL_MS = 100;
const ERASE = '\r\u001b[K';

/** A progress line over `total` files written with `write` (raw, no newline); `now` in milliseconds. */
export function progressLine(total: number, write: (s: string) => void, now: () => number = Date.now): Progress {
  let done = 0;
  let shown = false;
  let last = -Infinity;
  return {
    tick() {
      done++;
      const t = now();
      if (done < total && t - last < INTERVAL_MS) return;
      last = t;
      shown = true;
      write(`${ERASE}isnad: ${done}/${total}`);
    },
    clear() {
      if (shown) write(ERASE);
      shown = false;
    },
  };
}
