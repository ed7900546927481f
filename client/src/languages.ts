import * as vscode from 'vscode';

/**
 * Languages VS Code gives the server. The server decides by content (the share of Arabic letters, and
 * isnad.excludedLanguages), so this only keeps source files and other editors' views out: VS Code names
 * plain text, Markdown and arabic-news documents consistently, on disk and unsaved.
 */
export const LANGUAGES = ['plaintext', 'markdown', 'arabic-news'] as const;

/**
 * Where articles live: on disk (and vscode.dev's local folders), unsaved, in github.dev's repositories
 * (vscode-vfs), on the remote machine as a browser workbench's web worker host sees it (vscode-remote:
 * code-server), and in the folder `@vscode/test-web` serves (vscode-test-web).
 */
export const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'] as const;

/** Both a vscode.DocumentSelector and an LSP DocumentSelector. */
export const documentSelector: { scheme: string; language: string }[] = LANGUAGES.flatMap((language) =>
  SCHEMES.map((scheme) => ({ scheme, language })),
);

/** True when the server has (or will have) this document open. */
export function isAnalysedDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(documentSelector, document) > 0;
}
