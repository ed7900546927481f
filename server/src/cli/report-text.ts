// The check command's readable report: per file a header, the people, the quotes in order and the
// problems as path:line:col severity code message; then one summary line. In the interface language
// (--lang), except the severity and the code of a problem line, which tools match.
import type { Analysis, Entity, Problem, Severity } from '../analysis';
import { problemMessage } from '../l10n/problems';
import { translatorFor, type Translator } from '../l10n/translator';
import type { FileResult } from './json';
import { PLAIN, type Style } from './style';

const ENGLISH = translatorFor('en');

const EXCERPT_LENGTH = 60;

export interface Totals {
  files: number;
  skipped: number;
  quotes: number;
  people: number;
  errors: number;
  warnings: number;
  notes: number;
  /** Problems an isnad-disable-next-line directive silenced (not counted above). */
  silenced: number;
}

export function totalsOf(results: readonly FileResult[], skipped: number): Totals {
  const t: Totals = { files: results.length, skipped, quotes: 0, people: 0, errors: 0, warnings: 0, notes: 0, silenced: 0 };
  for (const { analysis } of results) {
    t.quotes += analysis.quotes.length;
    t.people += analysis.entities.filter((e) => e.type === 'person').length;
    t.silenced += analysis.silenced?.length ?? 0;
    for (const p of analysis.problems) {
      if (p.severity === 'error') t.errors++;
      else if (p.severity === 'warning') t.warnings++;
      else t.notes++;
    }
  }
  return t;
}

export function textReport(results: readonly FileResult[], skipped: number, style: Style = PLAIN, tr: Translator = ENGLISH): string {
  const out: string[] = [];
  for (const r of results) {
    for (const line of fileReport(r, style, tr)) out.push(line); // no spread: a file may have 100 000 lines
    out.push('');
  }
  out.push(summaryLine(totalsOf(results, skipped), style, tr));
  return out.join('\n') + '\n';
}

export function fileReport(r: FileResult, style: Style = PLAIN, tr: Translator = ENGLISH): string[] {
  const { analysis, lines, text } = r;
  const out: string[] = [style.bold(r.path)];

  const people = analysis.entities.filter((e) => e.type === 'person');
  out.push(`  ${style.bold(tr.t('People'))} (${people.length})`);
  for (const e of people) {
    const roles = e.roles.length ? `  ${style.dim(e.roles.join('، '))}` : '';
    const counts = [plural(tr, e.mentions.length, '{0} mention', '{0} mentions')];
    if (e.quoteIds.length) counts.push(plural(tr, e.quoteIds.length, '{0} quote', '{0} quotes'));
    out.push(`    ${e.name}${roles}  ${list(tr, counts)}`);
  }

  out.push(`  ${style.bold(tr.t('Quotes'))} (${analysis.quotes.length})`);
  const positions = analysis.quotes.map((q) => {
    const p = lines.positionAt(q.start);
    return `${p.line}:${p.column}`;
  });
  const width = positions.reduce((w, p) => Math.max(w, p.length), 0);
  analysis.quotes.forEach((q, i) => {
    const speaker = speakerLabel(analysis, q.attribution?.entityId, style, tr);
    const kind = tr.t(q.kind).padEnd(6);
    out.push(`    ${positions[i].padEnd(width)}  ${kind}  ${speaker}  ${style.dim(excerpt(text.slice(q.start, q.end)))}`);
  });

  if (analysis.problems.length) {
    out.push(`  ${style.bold(tr.t('Problems'))} (${analysis.problems.length})`);
    for (const p of analysis.problems) out.push(problemLine(r, p, style, tr));
  }
  return out;
}

/** path:line:col severity code message — the form editors and terminals link to. */
export function problemLine(r: FileResult, p: Problem, style: Style = PLAIN, tr: Translator = ENGLISH): string {
  const at = r.lines.positionAt(p.start);
  return `${r.path}:${at.line}:${at.column} ${severityLabel(p.severity, style)} ${p.code} ${problemMessage(p, r.analysis, r.text, tr)}`;
}

function severityLabel(s: Severity, style: Style): string {
  if (s === 'error') return style.red(s);
  if (s === 'warning') return style.yellow(s);
  return style.blue(s);
}

function speakerLabel(analysis: Analysis, entityId: number | undefined, style: Style, tr: Translator): string {
  const e: Entity | undefined = entityId === undefined ? undefined : analysis.entities[entityId];
  if (!e) return style.dim(tr.t('no speaker'));
  return e.type === 'person' ? e.name : `${e.name} (${tr.t(e.type)})`;
}

export function summaryLine(t: Totals, style: Style = PLAIN, tr: Translator = ENGLISH): string {
  const parts = [
    plural(tr, t.files, '{0} file', '{0} files'),
    plural(tr, t.quotes, '{0} quote', '{0} quotes'),
    plural(tr, t.people, '{0} person', '{0} people'),
  ];
  if (t.errors) parts.push(style.red(plural(tr, t.errors, '{0} error', '{0} errors')));
  const warnings = plural(tr, t.warnings, '{0} warning', '{0} warnings');
  parts.push(t.warnings ? style.yellow(warnings) : warnings);
  if (t.notes) parts.push(plural(tr, t.notes, '{0} note', '{0} notes'));
  if (t.silenced) parts.push(tr.t('{0} silenced', t.silenced));
  if (t.skipped) parts.push(style.red(tr.t('{0} skipped', t.skipped)));
  return list(tr, parts);
}

/** A count with its noun; the catalogue has both forms (the Arabic ones read "noun: count", whatever the number). */
function plural(tr: Translator, n: number, one: string, many: string): string {
  return tr.t(n === 1 ? one : many, n);
}

function list(tr: Translator, parts: readonly string[]): string {
  return parts.join(tr.language === 'ar' ? '، ' : ', ');
}

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  if (flat.length <= EXCERPT_LENGTH) return flat;
  let cut = EXCERPT_LENGTH - 1;
  if (/[\uD800-\uDBFF]/.test(flat[cut - 1])) cut--; // do not split a surrogate pair
  return `${flat.slice(0, cut)}…`;
}
