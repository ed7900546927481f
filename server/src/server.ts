// The Isnad language server: wires documents, settings and the analysis cache to the LSP features.
// Transport-agnostic: node/main.ts creates the connection. Logs go to connection.console only.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Disposable,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type ServerCapabilities,
  type TextDocumentPositionParams,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, analyzeArticle, arabicRatio, type Analysis } from './analysis';
import {
  CONFIG_FILE_NAME,
  analysisOptionsKey,
  isAnalysable,
  mergeSettings,
  normalise,
  parseConfigFile,
  type IsnadSettings,
  type PartialSettings,
} from './config';
import { codeActions } from './features/codeActions';
import { offsetOf, type AnalysedDocument } from './features/common';
import { toDiagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { definition, documentHighlights, references } from './features/navigation';
import { NOT_ANALYSED, documentQuotes, documentStats } from './features/overview';
import { legend, semanticTokens } from './features/semanticTokens';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { DocumentQuotesRequest, DocumentStatsRequest } from './protocol';
import { nodeRuntime, type RuntimeEnvironment } from './runtime';

export const SERVER_NAME = 'isnad-language-server';
export const SERVER_VERSION = '0.1.0';
/** Delay before pushed diagnostics are computed after a change (push model only). */
export const PUSH_DEBOUNCE_MS = 150;

interface CacheEntry {
  readonly version: number;
  readonly optionsKey: string;
  readonly analysis: Analysis;
}

function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError || (e instanceof Error && e.name === 'CancelledError');
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

function trimSlash(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

export function startServer(connection: Connection, runtime: RuntimeEnvironment = nodeRuntime): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, CacheEntry>(); // by document uri; the version is checked on use
  const settingsByDocument = new Map<string, Promise<IsnadSettings>>();
  const fileSettingsByFolder = new Map<string, Promise<PartialSettings>>();
  const pendingPush = new Map<string, Disposable>();
  let workspaceFolders: string[] = [];
  let capabilities: ClientCapabilities = {};
  let pullDiagnostics = false;
  let hasConfiguration = false;
  let shuttingDown = false;

  /** Runs a handler; an exception is logged and answered with the fallback instead of killing the server. */
  function guard<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (e) {
        if (!isCancelled(e) && !token.isCancellationRequested) connection.console.error(`${name} failed: ${describe(e)}`);
        return fallback;
      }
    };
  }

  // --- settings -----------------------------------------------------------------------------------------

  function folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const folder of workspaceFolders) {
      if ((uri === folder || uri.startsWith(`${folder}/`)) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  function fileSettings(folder: string | undefined): Promise<PartialSettings> {
    if (folder === undefined) return Promise.resolve({});
    let result = fileSettingsByFolder.get(folder);
    if (!result) {
      const uri = `${folder}/${CONFIG_FILE_NAME}`;
      result = runtime.readFile(uri).then(
        (content) => {
          const parsed = parseConfigFile(content, uri);
          if (parsed.warning) connection.console.warn(parsed.warning);
          return parsed.settings;
        },
        (e: unknown) => {
          connection.console.warn(`${uri}: cannot be read, ignored (${e instanceof Error ? e.message : String(e)})`);
          return {};
        },
      );
      fileSettingsByFolder.set(folder, result);
    }
    return result;
  }

  async function clientSettings(uri: string): Promise<PartialSettings> {
    if (!hasConfiguration) return {};
    try {
      return normalise(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'isnad' }));
    } catch (e) {
      connection.console.warn(`workspace/configuration failed for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
      return {};
    }
  }

  function getSettings(uri: string): Promise<IsnadSettings> {
    let result = settingsByDocument.get(uri);
    if (!result) {
      result = Promise.all([fileSettings(folderOf(uri)), clientSettings(uri)]).then(([file, client]) => mergeSettings(file, client));
      settingsByDocument.set(uri, result);
    }
    return result;
  }

  // --- analysis -----------------------------------------------------------------------------------------

  /** The document's analysis, or undefined when the document is unknown, of an excluded language or not Arabic enough. */
  async function analysed(uri: string, token?: CancellationToken): Promise<AnalysedDocument | undefined> {
    if (!documents.get(uri)) return undefined;
    const settings = await getSettings(uri);
    const document = documents.get(uri); // may have been closed or changed meanwhile
    if (!document) return undefined;
    if (token?.isCancellationRequested) throw new CancelledError();
    const optionsKey = analysisOptionsKey(settings);
    let entry = analyses.get(uri);
    if (!entry || entry.version !== document.version || entry.optionsKey !== optionsKey) {
      // Too little Arabic (an English note): not analysed at all.
      if (!isAnalysable(document.languageId, arabicRatio(document.getText()), settings)) return undefined;
      const version = document.version;
      const analysis = analyzeArticle(document.getText(), {
        extraReportingVerbs: settings.reportingVerbs,
        knownPeople: settings.people,
        isCancelled: () => token?.isCancellationRequested === true || documents.get(uri)?.version !== version,
      });
      entry = { version, optionsKey, analysis };
      analyses.set(uri, entry);
    }
    if (!isAnalysable(document.languageId, entry.analysis.arabicRatio, settings)) return undefined;
    return { document, analysis: entry.analysis, settings };
  }

  async function atPosition(params: TextDocumentPositionParams, token: CancellationToken) {
    const ad = await analysed(params.textDocument.uri, token);
    if (!ad) return undefined;
    const offset = offsetOf(ad.document, params.position);
    return offset === undefined ? undefined : { ad, offset };
  }

  // --- diagnostics --------------------------------------------------------------------------------------

  function schedulePush(uri: string): void {
    pendingPush.get(uri)?.dispose();
    pendingPush.set(
      uri,
      runtime.setTimeout(() => {
        pendingPush.delete(uri);
        void push(uri);
      }, PUSH_DEBOUNCE_MS),
    );
  }

  async function push(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document || shuttingDown) return;
    const version = document.version;
    try {
      const ad = await analysed(uri);
      if (documents.get(uri)?.version !== version) return; // a newer change has its own push scheduled
      await connection.sendDiagnostics({ uri, version, diagnostics: ad ? toDiagnostics(ad) : [] });
    } catch (e) {
      if (!isCancelled(e)) connection.console.error(`diagnostics for ${uri} failed: ${describe(e)}`);
    }
  }

  /** After a settings change: re-validate open documents and ask the client to re-pull what depends on settings. */
  function refreshAll(): void {
    if (pullDiagnostics) {
      if (capabilities.workspace?.diagnostics?.refreshSupport) {
        connection.languages.diagnostics.refresh().catch((e: unknown) => connection.console.warn(`diagnostic refresh failed: ${String(e)}`));
      }
    } else {
      for (const document of documents.all()) schedulePush(document.uri);
    }
    if (capabilities.workspace?.semanticTokens?.refreshSupport) {
      connection.languages.semanticTokens.refresh().catch((e: unknown) => connection.console.warn(`semantic tokens refresh failed: ${String(e)}`));
    }
  }

  // --- lifecycle ----------------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    hasConfiguration = !!capabilities.workspace?.configuration;
    const folders: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    workspaceFolders = folders.map((f) => trimSlash(f.uri));

    const result: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Isnad' },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      semanticTokensProvider: { legend, full: true, range: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    if (pullDiagnostics) {
      result.diagnosticProvider = { identifier: 'isnad', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return { capabilities: result, serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
  });

  connection.onInitialized(() => {
    if (hasConfiguration && capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'isnad' }).catch(() => undefined);
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
        .catch(() => undefined);
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => trimSlash(f.uri)));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => trimSlash(f.uri))];
        settingsByDocument.clear();
        refreshAll();
      });
    }
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const timer of pendingPush.values()) timer.dispose();
    pendingPush.clear();
  });

  connection.onDidChangeConfiguration(() => {
    settingsByDocument.clear();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return;
    fileSettingsByFolder.clear();
    settingsByDocument.clear();
    refreshAll();
  });

  // --- documents ----------------------------------------------------------------------------------------

  documents.onDidChangeContent((event) => {
    if (!pullDiagnostics) schedulePush(event.document.uri);
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    analyses.delete(uri);
    settingsByDocument.delete(uri);
    pendingPush.get(uri)?.dispose();
    pendingPush.delete(uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // --- features -----------------------------------------------------------------------------------------

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    try {
      const ad = await analysed(params.textDocument.uri, token);
      return { kind: DocumentDiagnosticReportKind.Full, items: ad ? toDiagnostics(ad) : [] };
    } catch (e) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      if (isCancelled(e)) {
        // The document changed under the analysis: ask the client to pull again.
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
      }
      connection.console.error(`textDocument/diagnostic failed: ${describe(e)}`);
      return empty;
    }
  });

  connection.onHover(
    guard('textDocument/hover', null, async (params: TextDocumentPositionParams, token) => {
      const at = await atPosition(params, token);
      return at ? hover(at.ad, at.offset) : null;
    }),
  );

  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', null, async (params, token) => {
      const ad = await analysed(params.textDocument.uri, token);
      return ad ? documentSymbols(ad) : null;
    }),
  );

  connection.onDefinition(
    guard('textDocument/definition', null, async (params: TextDocumentPositionParams, token) => {
      const at = await atPosition(params, token);
      return at ? definition(at.ad, at.offset) : null;
    }),
  );

  connection.onReferences(
    guard('textDocument/references', null, async (params, token) => {
      const at = await atPosition(params, token);
      return at ? references(at.ad, at.offset, params.context?.includeDeclaration ?? true) : null;
    }),
  );

  connection.onDocumentHighlight(
    guard('textDocument/documentHighlight', null, async (params, token) => {
      const at = await atPosition(params, token);
      return at ? documentHighlights(at.ad, at.offset) : null;
    }),
  );

  connection.onWorkspaceSymbol(
    guard('workspace/symbol', null, async (params, token) => {
      const docs: AnalysedDocument[] = [];
      for (const document of documents.all()) {
        const ad = await analysed(document.uri, token);
        if (ad) docs.push(ad);
      }
      return workspaceSymbols(docs, params.query ?? '');
    }),
  );

  connection.onCodeAction(
    guard('textDocument/codeAction', null, async (params, token) => {
      const ad = await analysed(params.textDocument.uri, token);
      if (!ad) return null;
      return codeActions(ad, params, {
        snippetEdits: capabilities.workspace?.workspaceEdit?.snippetEditSupport === true,
        documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      });
    }),
  );

  connection.languages.semanticTokens.on(
    guard('textDocument/semanticTokens/full', { data: [] }, async (params, token) => {
      if (!(await getSettings(params.textDocument.uri)).semanticHighlighting) return { data: [] };
      const ad = await analysed(params.textDocument.uri, token);
      return ad ? semanticTokens(ad) : { data: [] };
    }),
  );

  connection.onRequest(
    DocumentQuotesRequest,
    guard('isnad/documentQuotes', { quotes: [] }, async (params, token) => {
      const ad = await analysed(params.textDocument.uri, token);
      return ad ? documentQuotes(ad) : { quotes: [] };
    }),
  );

  connection.onRequest(
    DocumentStatsRequest,
    guard('isnad/documentStats', null, async (params, token) => {
      if (!documents.get(params.textDocument.uri)) return null;
      const ad = await analysed(params.textDocument.uri, token);
      return ad ? documentStats(ad) : NOT_ANALYSED;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
