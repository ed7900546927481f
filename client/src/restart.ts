// When the language server crashes: restart it, a few times within a window, then stop and tell the user
// once. A pure policy (no VS Code API, a clock passed in) so that the unit tests drive it; client.ts maps
// its answers onto vscode-languageclient's ErrorHandler.

export interface RestartLimits {
  /** Restarts allowed within the window; one crash more within it stops the server. */
  readonly maxRestarts: number;
  readonly windowMs: number;
}

export const DEFAULT_RESTART_LIMITS: RestartLimits = Object.freeze({ maxRestarts: 4, windowMs: 3 * 60_000 });

/**
 * What to do after a crash:
 * - restart: start the server again (logged, not shown);
 * - give-up: do not restart, and tell the user (given once);
 * - stopped: already gave up; nothing more is shown.
 */
export type RestartDecision = 'restart' | 'give-up' | 'stopped';

/**
 * The decision for a crash at `now`, given the times of the earlier crashes (oldest first) that are kept:
 * the crashes within the window are counted; the server restarts while they are at most maxRestarts.
 * Returns the crash times to keep for the next decision.
 */
export function decideRestart(
  earlier: readonly number[],
  now: number,
  limits: RestartLimits = DEFAULT_RESTART_LIMITS,
): { decision: 'restart' | 'give-up'; crashes: number[] } {
  const crashes = [...earlier.filter((t) => now - t < limits.windowMs), now];
  return { decision: crashes.length <= limits.maxRestarts ? 'restart' : 'give-up', crashes };
}

/** The policy of one client: the crash times, and whether it already gave up (then it never says so again). */
export class RestartPolicy {
  private crashes: number[] = [];
  private gaveUp = false;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: RestartLimits = DEFAULT_RESTART_LIMITS,
  ) {}

  /** The server's connection closed without being asked to. */
  closed(): RestartDecision {
    if (this.gaveUp) return 'stopped';
    const { decision, crashes } = decideRestart(this.crashes, this.now(), this.limits);
    this.crashes = crashes;
    if (decision === 'give-up') this.gaveUp = true;
    return decision;
  }

  /** The message for the user when the policy gives up. */
  message(name: string): string {
    const minutes = Math.round(this.limits.windowMs / 60_000);
    return `The ${name} language server stopped ${this.limits.maxRestarts + 1} times in ${minutes} minutes and is not restarted again. See the "${name}" output for what happened; "${name}: Restart Server" starts it anew.`;
  }
}

/** vscode-languageclient's error(): a transport error is borne a few times, then the connection is shut down. */
export function errorDecision(count: number | undefined): 'continue' | 'shutdown' {
  return count !== undefined && count <= 3 ? 'continue' : 'shutdown';
}
