// Quick fixes: attribute an unattributed quote, unify a name's spellings, close an unclosed quote; and
// for every diagnostic, silence it with a directive above its line (last, never preferred).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { mentionAt, type Problem } from '../analysis';
import { offsetOf, spanToRange, type AnalysedDocument } from './common';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { workspaceEdit as edit, type CodeActionOptions } from './edits';
import { silenceAction } from './silence';

export type { CodeActionOptions } from './edits';
import { translatorFor } from '../l10n/translator';

/** Inserted when the engine has no likely speaker ("so-and-so"). */
export const SPEAKER_PLACEHOLDER = 'فلان';

type ProblemData = NonNullable<Problem['data']>;

/**
 * The problem a diagnostic stands for in the current analysis (same code and range), else undefined: the
 * client may send a diagnostic of an earlier version of the text, whose offsets and data mean nothing in
 * this one (a fix built from them could land anywhere, even inside a surrogate pair); it gets no fix, and
 * the client asks again with the fresh diagnostics.
 */
function problemFor(ad: AnalysedDocument, diagnostic: Diagnostic): { start: number; end: number; data: ProblemData } | undefined {
  const start = offsetOf(ad.document, diagnostic.range.start);
  const end = offsetOf(ad.document, diagnostic.range.end);
  if (start === undefined || end === undefined) return undefined;
  const problem = ad.analysis.problems.find((p) => p.code === diagnostic.code && p.start === start && p.end === end);
  return problem ? { start: problem.start, end: problem.end, data: problem.data ?? {} } : undefined;
}

function sameEdit(a: CodeAction, b: CodeAction): boolean {
  return JSON.stringify(a.edit) === JSON.stringify(b.edit);
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/gu, (c) => `\\${c}`);
}

export function codeActions(ad: AnalysedDocument, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty)) {
    return [];
  }
  const { document, analysis } = ad;
  const tr = translatorFor(ad.settings.interfaceLanguage);
  const out: CodeAction[] = [];
  const silence: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const problem = problemFor(ad, diagnostic);
    if (!problem) continue;
    const silencer = silenceAction(ad, diagnostic, problem.start, options);
    // One per line and code: two diagnostics of one code on a line are silenced by the same directive.
    if (silencer && !silence.some((a) => a.title === silencer.title && sameEdit(a, silencer))) silence.push(silencer);
    switch (diagnostic.code) {
      case 'unattributed-quote': {
        const speaker = problem.data.likelySpeaker?.trim();
        const at = document.positionAt(problem.start);
        const range = { start: at, end: at };
        const snippetEdits = options.snippetEdits && options.documentChanges;
        const newText = snippetEdits
          ? `وقال \${1:${escapeSnippet(speaker || SPEAKER_PLACEHOLDER)}}: `
          : `وقال ${speaker || SPEAKER_PLACEHOLDER}: `;
        out.push({
          title: speaker ? tr.t('Attribute the quote to {0}', speaker) : tr.t('Attribute the quote (insert a reporting verb)'),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: !!speaker,
          edit: edit(ad, options, [{ range, newText }], snippetEdits),
        });
        break;
      }
      case 'name-variant': {
        // The engine reports one problem per odd mention, each with that mention's corrected spelling
        // (short forms stay short). The preferred fix applies every such problem of the same person.
        const preferred = problem.data.preferredSpelling?.trim();
        if (!preferred) break;
        const entityId = mentionAt(analysis, problem.start)?.entityId;
        const sameEntity = analysis.problems.filter(
          (p) =>
            p.code === 'name-variant' &&
            p.data?.preferredSpelling &&
            (p.start === problem.start || (entityId !== undefined && mentionAt(analysis, p.start)?.entityId === entityId)),
        );
        const toEdit = (p: { start: number; end: number; preferred: string }): TextEdit => ({
          range: spanToRange(document, p),
          newText: p.preferred,
        });
        const all = sameEntity.map((p) => toEdit({ start: p.start, end: p.end, preferred: p.data!.preferredSpelling! }));
        if (!sameEntity.some((p) => p.start === problem.start)) all.unshift(toEdit({ ...problem, preferred }));
        const name = entityId !== undefined ? analysis.entities[entityId]?.name : undefined;
        out.push({
          title: all.length > 1 ? tr.t('Spell {0} the same way everywhere ({1} mentions)', name ?? preferred, all.length) : tr.t('Change to {0}', preferred),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: edit(ad, options, all),
        });
        if (all.length > 1) {
          out.push({
            title: tr.t('Change to {0}', preferred),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: edit(ad, options, [toEdit({ ...problem, preferred })]),
          });
        }
        break;
      }
      case 'unclosed-quote': {
        const closeWith = problem.data.closeWith;
        const closeAt = problem.data.closeAt;
        if (!closeWith || typeof closeAt !== 'number' || closeAt < 0 || closeAt > document.getText().length) break;
        const at = document.positionAt(closeAt);
        out.push({
          title: tr.t('Close the quote with {0}', closeWith),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: edit(ad, options, [{ range: { start: at, end: at }, newText: closeWith }]),
        });
        break;
      }
      default:
        break;
    }
  }
  return [...out, ...silence];
}
