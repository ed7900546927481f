import * as vscode from 'vscode';

/** Languages the server analyses (kept in step with ANALYSED_LANGUAGES in server/src/protocol.ts). */
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
