// Web-worker entry point of the language server (vscode.dev, github.dev): LSP over postMessage.
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { browserRuntime } from './runtime';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserRuntime(connection));
