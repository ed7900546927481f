// Web entry ("browser", vscode.dev and github.dev): the server is dist/server/browser.js in a web worker.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { IsnadExtension } from '../client';

type Port = ConstructorParameters<typeof BrowserMessageReader>[0];
/** The web worker's constructor (the client is built without the DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => Port;

let extension: IsnadExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist/server/browser.js');
  extension = new IsnadExtension(context, (id, name, options) => new LanguageClient(id, name, () => serverTransports(main), options));
  await extension.start();
}

export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}

/**
 * The worker's message transports. Built here rather than by passing the worker: the host's Worker is
 * VS Code's wrapper, whose workers are no `instanceof Worker`, so the client would not recognise one.
 */
async function serverTransports(main: vscode.Uri): Promise<MessageTransports> {
  const worker = await startWorker(main);
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

async function startWorker(main: vscode.Uri): Promise<Port> {
  if (main.scheme !== 'vscode-remote') return new Worker(main.toString(true), { name: 'Isnad' });
  // An extension installed on a remote (code-server's web worker host): the host starts no worker from a
  // vscode-remote: URI, so the worker starts from the bundle's text.
  const code = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: 'Isnad' });
}
