// Isnad extension client: starts the bundled language server and adds a few commands.
// All analysis happens in the server; the client only asks it (see server/src/protocol.ts).
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { documentSelector } from './languages';
import { nextQuote, previousQuote, showQuotesBySpeaker } from './quotes';
import { StatsStatusItem } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('Isnad', { log: true });
  const status = new StatsStatusItem();
  context.subscriptions.push(
    outputChannel,
    status,
    vscode.commands.registerCommand('isnad.nextQuote', () => nextQuote(client)),
    vscode.commands.registerCommand('isnad.previousQuote', () => previousQuote(client)),
    vscode.commands.registerCommand('isnad.showQuotesBySpeaker', () => showQuotesBySpeaker(client)),
    vscode.commands.registerCommand('isnad.restartServer', async () => {
      outputChannel.info('Restarting the Isnad language server…');
      // A fresh client, like rust-analyzer: restart() cannot recover a client whose start failed.
      await stopClient();
      await startClient(context, outputChannel, status);
    }),
  );
  await startClient(context, outputChannel, status);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

async function startClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  status: StatsStatusItem,
): Promise<void> {
  const module = context.asAbsolutePath('dist/server/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel,
    // The server pulls its settings with workspace/configuration; nothing to synchronize here.
  };
  // The id 'isnad' makes the client honour the "isnad.trace.server" setting.
  const created = new LanguageClient('isnad', 'Isnad', serverOptions, clientOptions);
  client = created;
  status.setClient(created);
  try {
    await created.start();
  } catch (error) {
    // The client has already shown "couldn't create connection to server"; only log.
    created.error('Could not start the Isnad language server', error, false);
  }
}

async function stopClient(): Promise<void> {
  const old = client;
  client = undefined;
  if (old === undefined) return;
  try {
    await old.dispose();
  } catch {
    // A client whose start failed cannot be stopped; nothing is left to clean up.
  }
}
