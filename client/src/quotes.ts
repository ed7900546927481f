// Quote navigation (Next/Previous Quote) and the "Show Quotes by Speaker" quick pick.
// The quotes come from the server's isnad/documentQuotes request.
import * as vscode from 'vscode';
import { type BaseLanguageClient, State } from 'vscode-languageclient';
import { DocumentQuotesRequest } from '../../server/src/protocol';
import { reportError } from './errors';
import { isAnalysedDocument } from './languages';

function notRunning(): string {
  return vscode.l10n.t('The Isnad language server is not running. Try "Isnad: Restart Server".');
}

interface Quote {
  readonly range: vscode.Range;
  readonly kind: 'speech' | 'term';
  readonly speaker: string | null;
}

/** The active editor's quotes in document order, or undefined (after telling the user why). */
async function activeQuotes(client: BaseLanguageClient | undefined): Promise<{ editor: vscode.TextEditor; quotes: Quote[] } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) return undefined;
  if (!isAnalysedDocument(editor.document)) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Isnad: this document is not plain text, Markdown or Arabic News'), 4000);
    return undefined;
  }
  if (client === undefined) {
    void vscode.window.showWarningMessage(notRunning());
    return undefined;
  }
  if (client.state === State.Starting) {
    // Pressed right after VS Code opened: wait for the server instead of failing.
    await client.start().catch(() => undefined);
  }
  if (!client.isRunning()) {
    void vscode.window.showWarningMessage(notRunning());
    return undefined;
  }
  try {
    const result = await client.sendRequest(DocumentQuotesRequest, {
      textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) },
    });
    const quotes: Quote[] = (result?.quotes ?? []).map((q) => ({
      range: client.protocol2CodeConverter.asRange(q.range),
      kind: q.kind,
      speaker: q.speaker,
    }));
    quotes.sort((a, b) => a.range.start.compareTo(b.range.start));
    return { editor, quotes };
  } catch (error) {
    reportError(client, vscode.l10n.t('Isnad could not list the quotes'), error);
    return undefined;
  }
}

function describe(quote: Quote, index: number, total: number): string {
  const who = quote.speaker ?? (quote.kind === 'term' ? vscode.l10n.t('term') : vscode.l10n.t('no speaker'));
  return vscode.l10n.t('Isnad: quote {0} of {1} — {2}', index + 1, total, who);
}

function moveTo(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}

async function step(client: BaseLanguageClient | undefined, direction: 1 | -1): Promise<void> {
  const found = await activeQuotes(client);
  if (found === undefined) return;
  const { editor, quotes } = found;
  if (quotes.length === 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Isnad: no quotes in this document'), 4000);
    return;
  }
  const cursor = editor.selection.active;
  let index: number;
  if (direction === 1) {
    index = quotes.findIndex((q) => q.range.start.isAfter(cursor));
    if (index === -1) index = 0; // wrap around
  } else {
    index = -1;
    for (let i = quotes.length - 1; i >= 0; i--) {
      if (quotes[i]!.range.start.isBefore(cursor)) {
        index = i;
        break;
      }
    }
    if (index === -1) index = quotes.length - 1; // wrap around
  }
  const quote = quotes[index]!;
  moveTo(editor, quote.range.start);
  vscode.window.setStatusBarMessage(describe(quote, index, quotes.length), 4000);
}

export function nextQuote(client: BaseLanguageClient | undefined): Promise<void> {
  return step(client, 1);
}

export function previousQuote(client: BaseLanguageClient | undefined): Promise<void> {
  return step(client, -1);
}

interface QuoteItem extends vscode.QuickPickItem {
  readonly quote?: Quote;
}

const EXCERPT_LENGTH = 90;

function excerpt(document: vscode.TextDocument, range: vscode.Range): string {
  const text = document.getText(range).replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT_LENGTH ? text.slice(0, EXCERPT_LENGTH - 1) + '…' : text;
}

/** Groups by speaker: most quoted first, then by first appearance; unattributed quotes and terms last. */
function groupBySpeaker(quotes: readonly Quote[]): [string, Quote[]][] {
  const UNATTRIBUTED = vscode.l10n.t('No speaker');
  const TERMS = vscode.l10n.t('Terms in quotation marks');
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? (q.kind === 'term' ? TERMS : UNATTRIBUTED);
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push(q);
  }
  const rank = (name: string): number => (name === TERMS ? 2 : name === UNATTRIBUTED ? 1 : 0);
  const order = [...groups.keys()];
  return [...groups.entries()].sort(
    ([a, qa], [b, qb]) => rank(a) - rank(b) || qb.length - qa.length || order.indexOf(a) - order.indexOf(b),
  );
}

export async function showQuotesBySpeaker(client: BaseLanguageClient | undefined): Promise<void> {
  const found = await activeQuotes(client);
  if (found === undefined) return;
  const { editor, quotes } = found;
  if (quotes.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad found no quotes in this document.'));
    return;
  }

  const items: QuoteItem[] = [];
  for (const [speaker, list] of groupBySpeaker(quotes)) {
    items.push({ label: `${speaker} (${list.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const quote of list) {
      items.push({
        label: excerpt(editor.document, quote.range),
        description: vscode.l10n.t('line {0}', quote.range.start.line + 1),
        quote,
      });
    }
  }

  // Preview the active item in the editor; restore the view if the pick is cancelled.
  const savedSelections = editor.selections;
  const savedVisible = editor.visibleRanges[0];
  const pick = vscode.window.createQuickPick<QuoteItem>();
  pick.title = vscode.l10n.t('Isnad: Quotes by Speaker');
  pick.placeholder = quotes.length === 1 ? vscode.l10n.t('{0} quote — type to filter', 1) : vscode.l10n.t('{0} quotes — type to filter', quotes.length);
  pick.matchOnDescription = true;
  pick.items = items;
  let accepted = false;

  const disposables: vscode.Disposable[] = [
    pick.onDidChangeActive((active) => {
      const quote = active[0]?.quote;
      if (quote !== undefined) {
        editor.revealRange(quote.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }),
    pick.onDidAccept(() => {
      const quote = pick.selectedItems[0]?.quote ?? pick.activeItems[0]?.quote;
      if (quote === undefined) return;
      accepted = true;
      pick.hide();
      void vscode.window.showTextDocument(editor.document, editor.viewColumn).then((shown) => {
        shown.selection = new vscode.Selection(quote.range.start, quote.range.end);
        shown.revealRange(quote.range, vscode.TextEditorRevealType.InCenter);
      });
    }),
    pick.onDidHide(() => {
      if (!accepted) {
        editor.selections = savedSelections;
        if (savedVisible !== undefined) editor.revealRange(savedVisible, vscode.TextEditorRevealType.AtTop);
      }
      for (const d of disposables) d.dispose();
      pick.dispose();
    }),
  ];
  pick.show();
}
