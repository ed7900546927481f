// Isnad extension client, shared by the desktop (node) and web (browser) entries: starts the language
// server through the entry's factory, and adds a few commands. All analysis happens in the server; the
// client only asks it (see server/src/protocol.ts).
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import { ReadFileRequest, WorkspaceTrustNotification, type IsnadInitializationOptions } from '../../server/src/protocol';
import { documentSelector } from './languages';
import { nextQuote, previousQuote, showQuotesBySpeaker } from './quotes';
import { RestartPolicy, errorDecision } from './restart';
import { StatsStatusItem } from './status';
import { ArabicNewsSuggestion } from './suggestion';

/** How an entry starts the server: a language client for these options (id 'isnad', name 'Isnad'). */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

/** The extension's state for one activation (no module-level state: deactivate gets it back from activate). */
export class IsnadExtension {
  private client: BaseLanguageClient | undefined;
  private readonly outputChannel = vscode.window.createOutputChannel('Isnad', { log: true });
  private readonly status: StatsStatusItem;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly createClient: ClientFactory,
  ) {
    const suggestion = new ArabicNewsSuggestion(context.globalState);
    this.status = new StatsStatusItem((document, stats) => suggestion.consider(document, stats));
    context.subscriptions.push(
      this.outputChannel,
      this.status,
      vscode.commands.registerCommand('isnad.nextQuote', () => nextQuote(this.client)),
      vscode.commands.registerCommand('isnad.previousQuote', () => previousQuote(this.client)),
      vscode.commands.registerCommand('isnad.showQuotesBySpeaker', () => showQuotesBySpeaker(this.client)),
      vscode.commands.registerCommand('isnad.restartServer', async () => {
        this.outputChannel.info('Restarting the Isnad language server…');
        // A fresh client, like rust-analyzer: restart() cannot recover a client whose start failed.
        await this.stop();
        await this.start();
      }),
      // Trust granted: the server may now read the workspace's .isnad.json (VS Code never withdraws it live).
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        void this.client?.sendNotification(WorkspaceTrustNotification, { trusted: true }).catch(() => undefined);
      }),
    );
  }

  /** Restarts a crashed server a few times (logged), then stops and says so once (see restart.ts). */
  private errorHandler(): ErrorHandler {
    const policy = new RestartPolicy();
    return {
      error: (_error, _message, count) => ({ action: errorDecision(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
      closed: () => {
        const decision = policy.closed();
        if (decision === 'restart') {
          this.outputChannel.warn('The Isnad language server stopped unexpectedly; restarting it.');
          return { action: CloseAction.Restart, handled: true };
        }
        if (decision === 'give-up') {
          const message = policy.message('Isnad');
          this.outputChannel.error(message);
          void vscode.window.showErrorMessage(message, 'Restart Server').then((choice) => {
            if (choice) void vscode.commands.executeCommand('isnad.restartServer');
          });
        }
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  async start(): Promise<void> {
    // A function: a server restarted after a crash is told the trust of that moment.
    const initializationOptions = (): IsnadInitializationOptions => ({
      workspaceTrusted: vscode.workspace.isTrusted,
      interfaceLanguage: vscode.workspace.getConfiguration('isnad').get<string>('interfaceLanguage', 'auto'),
    });
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      outputChannel: this.outputChannel,
      // The server pulls its settings with workspace/configuration; nothing to synchronize here. The
      // interface language goes as an initialization option too, as other editors send it; the client
      // sends VS Code's display language as initialize's locale.
      initializationOptions,
      errorHandler: this.errorHandler(),
    };
    // The id 'isnad' makes the client honour the "isnad.trace.server" setting.
    const created = this.createClient('isnad', 'Isnad', clientOptions);
    created.onRequest(ReadFileRequest, ({ uri }) => readWorkspaceFile(uri));
    this.client = created;
    this.status.setClient(created);
    try {
      await created.start();
    } catch (error) {
      // The client has already shown "couldn't create connection to server"; only log.
      created.error('Could not start the Isnad language server', error, false);
    }
  }

  async stop(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    if (old === undefined) return;
    try {
      await old.dispose();
    } catch {
      // A client whose start failed cannot be stopped; nothing is left to clean up.
    }
  }
}

/** isnad/readFile: a workspace file's text through VS Code's file system (any scheme), or null when missing. */
async function readWorkspaceFile(uri: string): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileIsADirectory')) return null;
    throw e;
  }
}
