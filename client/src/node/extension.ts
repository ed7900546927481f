// Desktop entry ("main"): the server is dist/server/main.js in a Node process, over node IPC.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { IsnadExtension } from '../client';

let extension: IsnadExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server/main.js');
  const server = { module, transport: TransportKind.ipc };
  extension = new IsnadExtension(context, (id, name, options) => new LanguageClient(id, name, { run: server, debug: server }, options));
  await extension.start();
}

export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}
