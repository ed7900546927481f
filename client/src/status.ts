// Language status item: "Isnad: N people · M quotes" with "K warnings", from isnad/documentStats.
import * as vscode from 'vscode';
import { type BaseLanguageClient, State } from 'vscode-languageclient';
import { DocumentStatsRequest, type DocumentStats } from '../../server/src/protocol';
import { documentSelector, isAnalysedDocument } from './languages';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function statsText(stats: DocumentStats | null): { text: string; detail: string } {
  if (stats === null) return { text: 'Isnad', detail: 'not analysed yet' };
  if (!stats.analysed) return { text: 'Isnad: not Arabic text', detail: '' };
  return {
    text: `Isnad: ${plural(stats.people, 'person', 'people')} · ${plural(stats.quotes, 'quote', 'quotes')}`,
    detail: plural(stats.warnings, 'warning', 'warnings'),
  };
}

export class StatsStatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every request so a late answer for an older editor is dropped. */
  private generation = 0;

  private client: BaseLanguageClient | undefined;
  private clientListener: vscode.Disposable | undefined;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('isnad.stats', documentSelector);
    this.item.name = 'Isnad';
    this.item.text = 'Isnad';
    this.item.command = { title: 'Quotes by speaker', command: 'isnad.showQuotesBySpeaker' };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) this.schedule(50);
      }),
      // Fallback for edits that change the counts but not the diagnostics.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule(500);
      }),
    );
  }

  /** Follows a (new) language client: counts are asked for once it runs. */
  setClient(client: BaseLanguageClient): void {
    this.clientListener?.dispose();
    this.client = client;
    this.clientListener = client.onDidChangeState((event) => {
      if (event.newState === State.Running) this.schedule(0);
      else if (event.newState === State.Stopped) this.show('Isnad: stopped', 'the language server is not running');
    });
    this.schedule(0);
  }

  refresh(): void {
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  private show(text: string, detail: string): void {
    this.item.text = text;
    this.item.detail = detail;
  }

  private async update(): Promise<void> {
    const client = this.client;
    const document = vscode.window.activeTextEditor?.document;
    if (client === undefined || document === undefined || !isAnalysedDocument(document) || !client.isRunning()) return;
    const generation = ++this.generation;
    this.item.busy = true;
    try {
      const stats = await client.sendRequest(DocumentStatsRequest, {
        textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
      });
      if (generation !== this.generation) return;
      const { text, detail } = statsText(stats);
      this.show(text, detail);
    } catch (error) {
      if (generation !== this.generation) return;
      this.show('Isnad', 'could not get the counts');
      client.debug('isnad/documentStats failed', error);
    } finally {
      if (generation === this.generation) this.item.busy = false;
    }
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.clientListener?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
