// The one-time suggestion to open a plain text or Markdown document that turns out to be an Arabic
// article as Arabic News (word wrap and the other [arabic-news] defaults of package.json). The server
// decides what an Arabic article is (isnad/documentStats' arabicArticle); this only asks, once per
// document and session, and remembers "Don't ask again" in globalState.
import * as vscode from 'vscode';
import type { DocumentStats } from '../../server/src/protocol';
import { shouldSuggest } from './suggestion-rule';

export const DONT_ASK_KEY = 'isnad.arabicNewsSuggestion.dontAsk';
export const ARABIC_NEWS = 'arabic-news';

export class ArabicNewsSuggestion {
  private readonly asked = new Set<string>();
  private showing = false;

  constructor(private readonly globalState: vscode.Memento) {}

  /** After the server's counts for a document: ask when it is an Arabic article opened as plain text or Markdown. */
  consider(document: vscode.TextDocument, stats: DocumentStats | null): void {
    const uri = document.uri.toString();
    const state = { dontAsk: this.globalState.get<boolean>(DONT_ASK_KEY) === true, asked: this.asked, showing: this.showing };
    if (!shouldSuggest(uri, document.languageId, stats, state)) return;
    this.asked.add(uri);
    this.showing = true;
    void this.ask(document).finally(() => {
      this.showing = false;
    });
  }

  private async ask(document: vscode.TextDocument): Promise<void> {
    const open = vscode.l10n.t('Open as Arabic News');
    const notNow = vscode.l10n.t('Not now');
    const never = vscode.l10n.t("Don't ask again");
    const name = document.uri.path.split('/').pop() || document.uri.toString();
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} reads as an Arabic news article. Open it as Arabic News, with word wrap and room for the diacritics?', name),
      open,
      notNow,
      never,
    );
    if (choice === open) {
      if (!document.isClosed) await vscode.languages.setTextDocumentLanguage(document, ARABIC_NEWS);
    } else if (choice === never) {
      await this.globalState.update(DONT_ASK_KEY, true);
    }
  }
}
