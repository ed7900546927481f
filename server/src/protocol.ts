// Custom requests shared by the language server and the extension client.
// Keep this file free of server-only imports: the client bundles it too.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range, TextDocumentIdentifier } from 'vscode-languageserver-protocol';

export interface DocumentQuotesParams {
  readonly textDocument: TextDocumentIdentifier;
}

export interface DocumentQuote {
  /** The quote including its marks. */
  readonly range: Range;
  readonly kind: 'speech' | 'term';
  /** The speaker's name, or null when the quote has no speaker. */
  readonly speaker: string | null;
}

export interface DocumentQuotesResult {
  /** In document order; empty for unknown or non-analysed documents. */
  readonly quotes: DocumentQuote[];
}

/** All quotes of a document, for Next/Previous Quote and the quick pick. */
export const DocumentQuotesRequest = new RequestType<DocumentQuotesParams, DocumentQuotesResult, void>('isnad/documentQuotes');

export interface DocumentStatsParams {
  readonly textDocument: TextDocumentIdentifier;
}

export interface DocumentStats {
  /** False when the document is not analysed (a language excluded by isnad.excludedLanguages, or too little Arabic). */
  readonly analysed: boolean;
  /** Named persons. */
  readonly people: number;
  /** Speech quotes (terms in quotation marks are not counted). */
  readonly quotes: number;
  /** Problems reported as diagnostics (after the isnad.severity settings; "off" ones are not counted). */
  readonly warnings: number;
  /**
   * The document reads as an Arabic news article: mostly Arabic letters, with a named person or a quote.
   * The client then suggests opening a plain text or Markdown document as Arabic News.
   */
  readonly arabicArticle: boolean;
}

/** Counts for the language status item; null for a document the server does not know. */
export const DocumentStatsRequest = new RequestType<DocumentStatsParams, DocumentStats | null, void>('isnad/documentStats');

export interface ReadFileParams {
  /** A workspace file, e.g. the folder's `.isnad.json`. */
  readonly uri: string;
}

/**
 * Server → client: the text of a workspace file, or null when there is none. The web-worker server has no
 * file system; it asks the client, which reads with vscode.workspace.fs (any scheme: file, vscode-vfs…).
 */
export const ReadFileRequest = new RequestType<ReadFileParams, string | null, void>('isnad/readFile');

/** What the VS Code client passes in initialize's initializationOptions. */
export interface IsnadInitializationOptions {
  /** False in a workspace VS Code does not trust: the server then reads no `.isnad.json`. Absent: trusted. */
  readonly workspaceTrusted?: boolean;
  /** isnad.interfaceLanguage (`auto`, `ar`, `en`), for clients that answer no workspace/configuration. */
  readonly interfaceLanguage?: string;
}

export interface WorkspaceTrustParams {
  readonly trusted: boolean;
}

/** Client → server: the workspace's trust changed (VS Code: trust was granted). */
export const WorkspaceTrustNotification = new NotificationType<WorkspaceTrustParams>('isnad/workspaceTrust');

/** Semantic token legend used by the server. */
export const SEMANTIC_TOKEN_TYPES = ['string', 'class', 'variable', 'keyword'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration'] as const;
