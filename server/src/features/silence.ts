// The quick fix that silences one diagnostic: an isnad-disable-next-line directive above its line (an
// HTML comment in Markdown, the // form elsewhere), or the code added to the directive already there.
// The engine decides what a directive silences (analysis/directives.ts), for the CLI and the server alike.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { silencingEdit, type DirectiveForm } from '../analysis';
import { spanToRange, type AnalysedDocument } from './common';
import { workspaceEdit, type CodeActionOptions } from './edits';
import { translatorFor } from '../l10n/translator';

/** Markdown documents get the HTML comment, which Markdown does not render. */
export function directiveForm(languageId: string, uri: string): DirectiveForm {
  return languageId === 'markdown' || /\.(md|markdown|mdx)$/iu.test(uri) ? 'comment' : 'slashes';
}

export function silenceAction(ad: AnalysedDocument, diagnostic: Diagnostic, start: number, options: CodeActionOptions): CodeAction | undefined {
  const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
  if (!code || code === 'unused-disable-directive') return undefined;
  const { document, analysis } = ad;
  const form = directiveForm(document.languageId, document.uri);
  const change = silencingEdit(document.getText(), analysis.directives ?? [], start, code, form);
  return {
    title: translatorFor(ad.settings.interfaceLanguage).t('Silence {0} on this line (isnad-disable-next-line)', code),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(ad, options, [{ range: spanToRange(document, change), newText: change.newText }]),
  };
}
