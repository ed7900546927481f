import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** Logs to the "Isnad" output channel and tells the user. */
export function reportError(client: BaseLanguageClient | undefined, message: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  client?.error(message, error, false); // logged only: the notification is ours
  void vscode.window.showErrorMessage(`${message}: ${detail}`);
}
