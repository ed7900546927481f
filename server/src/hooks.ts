// What a caller of startServer may pass besides the connection and the runtime. The entries pass nothing;
// the protocol tests pass hooks to inject a fault into a handler, hold a request, or see which analyses
// ran, without any global switch in the server.
import type { CancellationToken } from 'vscode-languageserver';

export interface ServerHooks {
  /**
   * Called as each request's handler starts, before its work (the feature requests and
   * textDocument/diagnostic). A throw is a fault in that handler; a returned promise holds the request
   * until it settles (a rejection is a fault too).
   */
  readonly onRequest?: (method: string, token: CancellationToken) => void | Promise<void>;
  /** Called as an analysis of a document's text starts. */
  readonly onAnalysis?: (uri: string, version: number) => void;
}

export interface ServerOptions {
  readonly hooks?: ServerHooks;
}
