// Language status item: "Isnad: N people · M quotes" with "K warnings", from isnad/documentStats. The
// same answer tells whether a plain text or Markdown document is an Arabic article (see suggestion.ts).
import * as vscode from 'vscode';
import { type BaseLanguageClient, State } from 'vscode-languageclient';
import { DocumentStatsRequest, type DocumentStats } from '../../server/src/protocol';
import { documentSelector, isAnalysedDocument } from './languages';

/** A count in the display language: the catalogue (l10n/) has both forms of each message. */
const plural = (n: number, one: string, many: string): string => (n === 1 ? vscode.l10n.t(one, n) : vscode.l10n.t(many, n));

export function statsText(stats: DocumentStats | null): { text: string; detail: string } {
  if (stats === null) return { text: vscode.l10n.t('Isnad'), detail: vscode.l10n.t('not analysed yet') };
  if (!stats.analysed) return { text: vscode.l10n.t('Isnad: not Arabic text'), detail: '' };
  return {
    text: vscode.l10n.t('Isnad: {0} · {1}', plural(stats.people, '{0} person', '{0} people'), plural(stats.quotes, '{0} quote', '{0} quotes')),
    detail: plural(stats.warnings, '{0} warning', '{0} warnings'),
  };
}

/** Called with each answer for the active document. */
export type StatsListener = (document: vscode.TextDocument, stats: DocumentStats | null) => void;

export class StatsStatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every request so a late answer for an older editor is dropped. */
  private generation = 0;

  private client: BaseLanguageClient | undefined;
  private clientListener: vscode.Disposable | undefined;

  constructor(private readonly onStats: StatsListener = () => undefined) {
    this.item = vscode.languages.createLanguageStatusItem('isnad.stats', documentSelector);
    this.item.name = vscode.l10n.t('Isnad');
    this.item.text = vscode.l10n.t('Isnad');
    this.item.command = { title: vscode.l10n.t('Quotes by speaker'), command: 'isnad.showQuotesBySpeaker' };
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
      else if (event.newState === State.Stopped) this.show(vscode.l10n.t('Isnad: stopped'), vscode.l10n.t('the language server is not running'));
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
      this.onStats(document, stats);
    } catch (error) {
      if (generation !== this.generation) return;
      this.show(vscode.l10n.t('Isnad'), vscode.l10n.t('could not get the counts'));
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
