// Workspace edits for the quick fixes: versioned documentChanges when the client takes them, else plain
// changes; snippet edits only when asked for (and supported).
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { AnalysedDocument } from './common';

export interface CodeActionOptions {
  /** The client accepts SnippetTextEdit in workspace edits (LSP 3.18 workspace.workspaceEdit.snippetEditSupport). */
  readonly snippetEdits: boolean;
  /** The client accepts documentChanges (versioned edits); otherwise plain `changes` are used. */
  readonly documentChanges: boolean;
}

export function workspaceEdit(ad: AnalysedDocument, options: CodeActionOptions, edits: TextEdit[], snippet = false): WorkspaceEdit {
  if (!options.documentChanges) return { changes: { [ad.document.uri]: edits } };
  return {
    documentChanges: [
      {
        textDocument: { uri: ad.document.uri, version: ad.document.version },
        edits: snippet ? edits.map((e) => ({ range: e.range, snippet: { kind: 'snippet' as const, value: e.newText } })) : edits,
      },
    ],
  };
}
