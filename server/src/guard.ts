// Request handlers wrapped so that one failure answers an error instead of killing the server.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { CancelledError } from './analysis';
import type { ServerHooks } from './hooks';

export type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

export function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError || (e instanceof Error && e.name === 'CancelledError');
}

export function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/**
 * The error a failed request answers: RequestCancelled when the client cancelled it, ContentModified when
 * the document changed under the analysis, else InternalError (logged with its stack).
 */
export function failure(connection: Connection, name: string, e: unknown, token: CancellationToken): ResponseError<void> {
  if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
  if (isCancelled(e)) return new ResponseError(LSPErrorCodes.ContentModified, `${name}: the document changed during the analysis`);
  connection.console.error(`${name} failed: ${describe(e)}`);
  return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
}

/** Runs a handler; an exception answers the request with an error (see failure) and the server goes on. */
export function guard<P, R>(connection: Connection, name: string, handler: Handler<P, R>, hooks: ServerHooks = {}): Handler<P, R> {
  return async (params, token) => {
    try {
      await hooks.onRequest?.(name, token);
      return await handler(params, token);
    } catch (e) {
      throw failure(connection, name, e, token);
    }
  };
}
