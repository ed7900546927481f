// Request handlers wrapped so that one failure answers instead of killing the server.
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { CancelledError } from './analysis';

export type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

export function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError || (e instanceof Error && e.name === 'CancelledError');
}

export function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** Runs a handler; an exception is logged (unless it is a cancellation) and answered with the fallback. */
export function guard<P, R>(connection: Connection, name: string, fallback: R, handler: Handler<P, R>): Handler<P, R> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (e) {
      if (!isCancelled(e) && !token.isCancellationRequested) connection.console.error(`${name} failed: ${describe(e)}`);
      return fallback;
    }
  };
}
