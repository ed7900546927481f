// The Isnad language server: wires the open documents and their analyses, the settings, the diagnostics and
// the features to a connection. Transport- and host-agnostic: node/main.ts and browser/main.ts create the
// connection and pass their runtime. Logs go to connection.console only.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { initializeResult } from './capabilities';
import { CONFIG_FILE_NAME, normalise } from './config';
import { Diagnostics } from './diagnostics';
import { AnalysedDocuments } from './documents';
import { registerFeatures } from './handlers';
import type { ServerOptions } from './hooks';
import { WorkspaceTrustNotification, type IsnadInitializationOptions } from './protocol';
import type { RuntimeEnvironment } from './runtime';
import { WorkspaceSettings } from './settings';


export function startServer(connection: Connection, runtime: RuntimeEnvironment, options: ServerOptions = {}): void {
  const hooks = options.hooks ?? {};
  const settings = new WorkspaceSettings(connection, runtime);
  const documents = new AnalysedDocuments(settings, runtime, hooks);
  const diagnostics = new Diagnostics(connection, documents, runtime, hooks);
  let capabilities: ClientCapabilities = {};

  /** After a settings change: re-validate open documents and ask the client to re-pull what depends on settings. */
  function refreshAll(): void {
    diagnostics.refresh();
    if (capabilities.workspace?.semanticTokens?.refreshSupport) {
      connection.languages.semanticTokens.refresh().catch((e: unknown) => connection.console.warn(`semantic tokens refresh failed: ${String(e)}`));
    }
  }

  connection.onInitialize((params) => {
    capabilities = params.capabilities;
    const folders: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    // isnad.interfaceLanguage as an initialization option, for clients that have no workspace/configuration.
    const options = params.initializationOptions as IsnadInitializationOptions | null | undefined;
    const initializationOption = normalise(params.initializationOptions).interfaceLanguage;
    settings.initialize(folders, !!capabilities.workspace?.configuration, { initializationOption, locale: params.locale }, options?.workspaceTrusted !== false);
    return initializeResult(diagnostics.initialize(capabilities));
  });

  connection.onInitialized(() => {
    const workspace = capabilities.workspace;
    if (workspace?.configuration && workspace.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'isnad' }).catch(() => undefined);
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
        .catch(() => undefined);
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        settings.changeFolders(event.added, event.removed);
        refreshAll();
      });
    }
  });

  connection.onShutdown(() => diagnostics.shutdown());

  connection.onDidChangeConfiguration(() => {
    settings.clientChanged();
    refreshAll();
  });

  connection.onNotification(WorkspaceTrustNotification, (params) => {
    if (typeof params?.trusted === 'boolean' && settings.setTrusted(params.trusted)) refreshAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (settings.filesChanged(params.changes.map((c) => c.uri))) refreshAll();
  });

  registerFeatures(connection, documents, settings, () => capabilities, hooks);
  documents.open.listen(connection);
  connection.listen();
}
