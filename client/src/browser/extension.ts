// Web entry ("browser", vscode.dev and github.dev): the server is dist/server/browser.js in a web worker.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { IsnadExtension } from '../client';

/** The web worker's constructor (the client is built without the DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[2];

let extension: IsnadExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist/server/browser.js').toString(true);
  extension = new IsnadExtension(context, (id, name, options) => new LanguageClient(id, name, options, new Worker(main, { name: 'Isnad' })));
  await extension.start();
}

export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}
