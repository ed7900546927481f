// What the server announces at initialize.
import { CodeActionKind, TextDocumentSyncKind, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { legend } from './features/semanticTokens';

export const SERVER_NAME = 'isnad-language-server';
export const SERVER_VERSION = '0.1.0';

export function initializeResult(pullDiagnostics: boolean): InitializeResult {
  const capabilities: ServerCapabilities = {
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
    capabilities.diagnosticProvider = { identifier: 'isnad', interFileDependencies: false, workspaceDiagnostics: false };
  }
  return { capabilities, serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
}
