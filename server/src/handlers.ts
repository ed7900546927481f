// The LSP features over the analysed documents: each handler maps the analysis to protocol types through
// its module in features/, guarded so that a failure answers an error instead of killing the server.
import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import type { AnalysedDocuments } from './documents';
import { codeActions } from './features/codeActions';
import { hover } from './features/hover';
import { definition, documentHighlights, references } from './features/navigation';
import { NOT_ANALYSED, documentQuotes, documentStats } from './features/overview';
import { semanticTokens } from './features/semanticTokens';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { guard as guardWith, type Handler } from './guard';
import type { ServerHooks } from './hooks';
import { DocumentQuotesRequest, DocumentStatsRequest } from './protocol';
import type { WorkspaceSettings } from './settings';

export function registerFeatures(
  connection: Connection,
  documents: AnalysedDocuments,
  settings: WorkspaceSettings,
  client: () => ClientCapabilities,
  hooks: ServerHooks = {},
): void {
  const guard = <P, R>(c: Connection, name: string, handler: Handler<P, R>) => guardWith(c, name, handler, hooks);
  connection.onHover(
    guard(connection, 'textDocument/hover', async (params, token) => {
      const at = await documents.at(params, token);
      return at ? hover(at.ad, at.offset) : null;
    }),
  );

  connection.onDocumentSymbol(
    guard(connection, 'textDocument/documentSymbol', async (params, token) => {
      const ad = await documents.get(params.textDocument.uri, token);
      return ad ? documentSymbols(ad) : null;
    }),
  );

  connection.onDefinition(
    guard(connection, 'textDocument/definition', async (params, token) => {
      const at = await documents.at(params, token);
      return at ? definition(at.ad, at.offset) : null;
    }),
  );

  connection.onReferences(
    guard(connection, 'textDocument/references', async (params, token) => {
      const at = await documents.at(params, token);
      return at ? references(at.ad, at.offset, params.context?.includeDeclaration ?? true) : null;
    }),
  );

  connection.onDocumentHighlight(
    guard(connection, 'textDocument/documentHighlight', async (params, token) => {
      const at = await documents.at(params, token);
      return at ? documentHighlights(at.ad, at.offset) : null;
    }),
  );

  connection.onWorkspaceSymbol(
    guard(connection, 'workspace/symbol', async (params, token) => workspaceSymbols(await documents.all(token), params.query ?? '')),
  );

  connection.onCodeAction(
    guard(connection, 'textDocument/codeAction', async (params, token) => {
      const ad = await documents.get(params.textDocument.uri, token);
      const edit = client().workspace?.workspaceEdit;
      return ad ? codeActions(ad, params, { snippetEdits: edit?.snippetEditSupport === true, documentChanges: edit?.documentChanges === true }) : null;
    }),
  );

  connection.languages.semanticTokens.on(
    guard(connection, 'textDocument/semanticTokens/full', async (params, token) => {
      if (!(await settings.get(params.textDocument.uri)).semanticHighlighting) return { data: [] };
      const ad = await documents.get(params.textDocument.uri, token);
      return ad ? semanticTokens(ad) : { data: [] };
    }),
  );

  connection.onRequest(
    DocumentQuotesRequest,
    guard(connection, 'isnad/documentQuotes', async (params, token) => {
      const ad = await documents.get(params.textDocument.uri, token);
      return ad ? documentQuotes(ad) : { quotes: [] };
    }),
  );

  connection.onRequest(
    DocumentStatsRequest,
    guard(connection, 'isnad/documentStats', async (params, token) => {
      if (!documents.open.get(params.textDocument.uri)) return null;
      const ad = await documents.get(params.textDocument.uri, token);
      return ad ? documentStats(ad) : NOT_ANALYSED;
    }),
  );
}
