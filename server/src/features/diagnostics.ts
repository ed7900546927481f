// Problems → LSP diagnostics, with the severity settings applied ("off" drops a code).
import { helpUri } from '../meta';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Problem, Severity } from '../analysis';
import type { IsnadSettings, SeveritySetting } from '../config';
import { RLM, spanToRange, type AnalysedDocument } from './common';
import { problemMessage } from '../l10n/problems';
import { translatorFor } from '../l10n/translator';

export const DIAGNOSTIC_SOURCE = 'isnad';
/** Where each problem code is explained (the same pages the command line's SARIF links to). */
export const DIAGNOSTICS_DOCS_BASE = helpUri('').replace(/\.md$/, '');

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity a problem is reported with, or undefined when its code is turned off. */
export function effectiveSeverity(problem: Problem, settings: IsnadSettings): DiagnosticSeverity | undefined {
  const configured: SeveritySetting | undefined = settings.severity[problem.code];
  if (configured === 'off') return undefined;
  return SEVERITY[configured ?? problem.severity] ?? DiagnosticSeverity.Warning;
}

/** The code of the information diagnostic on a document analysed only in part (isnad.maxDocumentSize). */
export const TOO_LARGE = 'document-too-large';

/** Where the unanalysed part of a long document starts (its first line), saying so. */
export function partialAnalysisDiagnostic(document: AnalysedDocument['document'], analysedUpTo: number, settings: IsnadSettings): Diagnostic | undefined {
  const configured = settings.severity[TOO_LARGE];
  if (configured === 'off') return undefined;
  const start = document.positionAt(analysedUpTo);
  const text = document.getText();
  const lineEnd = text.indexOf('\n', analysedUpTo);
  const end = document.positionAt(lineEnd < 0 ? text.length : lineEnd);
  return {
    range: { start, end },
    severity: configured ? SEVERITY[configured] : DiagnosticSeverity.Information,
    code: TOO_LARGE,
    codeDescription: { href: `${DIAGNOSTICS_DOCS_BASE}${TOO_LARGE}.md` },
    source: DIAGNOSTIC_SOURCE,
    message: translatorFor(settings.interfaceLanguage).t(
      'Only the first {0} of {1} characters are analysed (isnad.maxDocumentSize is {2}): quotes, names and problems from here on are not shown.',
      analysedUpTo, text.length, settings.maxDocumentSize),
  };
}

export function toDiagnostics({ document, analysis, settings, analysedUpTo }: AnalysedDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tr = translatorFor(settings.interfaceLanguage);
  const text = document.getText();
  for (const problem of analysis.problems) {
    const severity = effectiveSeverity(problem, settings);
    if (severity === undefined) continue;
    const diagnostic: Diagnostic = {
      range: spanToRange(document, problem),
      severity,
      code: problem.code,
      codeDescription: { href: `${DIAGNOSTICS_DOCS_BASE}${problem.code}.md` },
      source: DIAGNOSTIC_SOURCE,
      // In Arabic, an RLM keeps the closing full stop at the end of the right-to-left run in an LTR view (Problems).
      message: tr.language === 'ar' ? `${problemMessage(problem, analysis, text, tr)}${RLM}` : problemMessage(problem, analysis, text, tr),
    };
    if (problem.data) diagnostic.data = problem.data;
    out.push(diagnostic);
  }
  if (analysedUpTo !== undefined) {
    const partial = partialAnalysisDiagnostic(document, analysedUpTo, settings);
    if (partial) out.push(partial);
  }
  return out;
}
