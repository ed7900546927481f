// The check command's exit status from the totals: any error fails; warnings fail when there are more
// than --max-warnings allows (none when it is not given). Notes (information and hints) never fail, and
// problems silenced by an isnad-disable-next-line directive are not counted at all.
import type { Totals } from './report-text';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;

export interface Verdict {
  readonly status: typeof EXIT_OK | typeof EXIT_PROBLEMS;
  /** A line for stderr when --max-warnings is what failed the check. */
  readonly message?: string;
}

export function checkVerdict(t: Pick<Totals, 'errors' | 'warnings'>, maxWarnings: number | undefined): Verdict {
  if (t.errors > 0) return { status: EXIT_PROBLEMS };
  if (t.warnings <= (maxWarnings ?? 0)) return { status: EXIT_OK };
  if (maxWarnings === undefined) return { status: EXIT_PROBLEMS };
  const found = `${t.warnings} warning${t.warnings === 1 ? '' : 's'}`;
  return { status: EXIT_PROBLEMS, message: `${found} found, more than --max-warnings ${maxWarnings} allows` };
}
