// Diagnostics to the client: pulled (textDocument/diagnostic) when the client can, else pushed
// (textDocument/publishDiagnostics) a short while after each change. A change cancels the push under way
// for the document: its analysis does not start (or its result is dropped) once a newer version is in.
import {
  CancellationTokenSource,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Disposable,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { AnalysedDocuments } from './documents';
import { toDiagnostics } from './features/diagnostics';
import { describe, failure, isCancelled } from './guard';
import type { ServerHooks } from './hooks';
import type { RuntimeEnvironment } from './runtime';

/** Delay before pushed diagnostics are computed after a change (push model only): short, since the
 *  analysis after an edit reworks only the lines it touched (on 200 KB, diagnostics arrive within 50 ms
 *  of the last keystroke; docs/performance.md). */
export const PUSH_DEBOUNCE_MS = 20;

export class Diagnostics {
  private readonly pending = new Map<string, Disposable>();
  /** The push under way per document, cancelled by the next change. */
  private readonly running = new Map<string, CancellationTokenSource>();
  private pull = false;
  private refreshSupport = false;
  private stopped = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: AnalysedDocuments,
    private readonly runtime: RuntimeEnvironment,
    private readonly hooks: ServerHooks = {},
  ) {
    connection.languages.diagnostics.on((params, token) => this.report(params, token));
    documents.open.onDidChangeContent((event) => {
      if (!this.pull) this.schedule(event.document.uri);
    });
    documents.open.onDidClose((event) => {
      const uri = event.document.uri;
      this.cancel(uri);
      if (!this.pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
  }

  /** At initialize: true when the client pulls diagnostics (then the server announces a diagnostic provider). */
  initialize(capabilities: ClientCapabilities): boolean {
    this.pull = !!capabilities.textDocument?.diagnostic;
    this.refreshSupport = !!capabilities.workspace?.diagnostics?.refreshSupport;
    return this.pull;
  }

  /** After a settings change: ask the client to pull again, or push anew for every open document. */
  refresh(): void {
    if (this.pull) {
      if (this.refreshSupport) {
        this.connection.languages.diagnostics.refresh().catch((e: unknown) => this.connection.console.warn(`diagnostic refresh failed: ${String(e)}`));
      }
    } else {
      for (const document of this.documents.open.all()) this.schedule(document.uri);
    }
  }

  shutdown(): void {
    this.stopped = true;
    for (const timer of this.pending.values()) timer.dispose();
    this.pending.clear();
    for (const source of this.running.values()) source.cancel();
  }

  /** textDocument/diagnostic. */
  private async report(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    try {
      await this.hooks.onRequest?.('textDocument/diagnostic', token);
      const ad = await this.documents.get(params.textDocument.uri, token);
      return { kind: DocumentDiagnosticReportKind.Full, items: ad ? toDiagnostics(ad) : [] };
    } catch (e) {
      if (isCancelled(e) && !token.isCancellationRequested) {
        // The document changed under the analysis: ask the client to pull again.
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
      }
      // An error, not an empty report: no warnings would read as a clean article.
      throw failure(this.connection, 'textDocument/diagnostic', e, token);
    }
  }

  private schedule(uri: string): void {
    this.cancel(uri);
    this.pending.set(
      uri,
      this.runtime.setTimeout(() => {
        this.pending.delete(uri);
        void this.push(uri);
      }, PUSH_DEBOUNCE_MS),
    );
  }

  /** Cancels the push scheduled or under way for a document. */
  private cancel(uri: string): void {
    this.pending.get(uri)?.dispose();
    this.pending.delete(uri);
    this.running.get(uri)?.cancel();
    this.running.delete(uri);
  }

  private async push(uri: string): Promise<void> {
    const document = this.documents.open.get(uri);
    if (!document || this.stopped) return;
    const version = document.version;
    const source = new CancellationTokenSource();
    this.running.set(uri, source);
    try {
      // With a token the analysis first lets the connection read what has arrived, and does not start
      // when a newer version came in meanwhile (that version has its own push scheduled).
      const ad = await this.documents.get(uri, source.token);
      if (source.token.isCancellationRequested || this.documents.open.get(uri)?.version !== version) return;
      await this.connection.sendDiagnostics({ uri, version, diagnostics: ad ? toDiagnostics(ad) : [] });
    } catch (e) {
      if (!isCancelled(e)) this.connection.console.error(`diagnostics for ${uri} failed: ${describe(e)}`);
    } finally {
      if (this.running.get(uri) === source) this.running.delete(uri);
      source.dispose();
    }
  }
}
