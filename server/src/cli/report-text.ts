// The check command's readable report: per file a header, the people, the quotes in order and the
// problems as path:line:col severity code message; then one summary line.
import type { Analysis, Entity, Problem, Severity } from '../analysis';
import type { FileResult } from './json';
import { PLAIN, type Style } from './style';

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

export function textReport(results: readonly FileResult[], skipped: number, style: Style = PLAIN): string {
  const out: string[] = [];
  for (const r of results) {
    for (const line of fileReport(r, style)) out.push(line); // no spread: a file may have 100 000 lines
    out.push('');
  }
  out.push(summaryLine(totalsOf(results, skipped), style));
  return out.join('\n') + '\n';
}

export function fileReport(r: FileResult, style: Style = PLAIN): string[] {
  const { analysis, lines, text } = r;
  const out: string[] = [style.bold(r.path)];

  const people = analysis.entities.filter((e) => e.type === 'person');
  out.push(`  ${style.bold('People')} (${people.length})`);
  for (const e of people) {
    const roles = e.roles.length ? `  ${style.dim(e.roles.join('، '))}` : '';
    const quotes = e.quoteIds.length ? `, ${plural(e.quoteIds.length, 'quote')}` : '';
    out.push(`    ${e.name}${roles}  ${plural(e.mentions.length, 'mention')}${quotes}`);
  }

  out.push(`  ${style.bold('Quotes')} (${analysis.quotes.length})`);
  const positions = analysis.quotes.map((q) => {
    const p = lines.positionAt(q.start);
    return `${p.line}:${p.column}`;
  });
  const width = positions.reduce((w, p) => Math.max(w, p.length), 0);
  analysis.quotes.forEach((q, i) => {
    const speaker = speakerLabel(analysis, q.attribution?.entityId, style);
    const kind = q.kind.padEnd(6);
    out.push(`    ${positions[i].padEnd(width)}  ${kind}  ${speaker}  ${style.dim(excerpt(text.slice(q.start, q.end)))}`);
  });

  if (analysis.problems.length) {
    out.push(`  ${style.bold('Problems')} (${analysis.problems.length})`);
    for (const p of analysis.problems) out.push(problemLine(r, p, style));
  }
  return out;
}

/** path:line:col severity code message — the form editors and terminals link to. */
export function problemLine(r: FileResult, p: Problem, style: Style = PLAIN): string {
  const at = r.lines.positionAt(p.start);
  return `${r.path}:${at.line}:${at.column} ${severityLabel(p.severity, style)} ${p.code} ${p.message}`;
}

function severityLabel(s: Severity, style: Style): string {
  if (s === 'error') return style.red(s);
  if (s === 'warning') return style.yellow(s);
  return style.blue(s);
}

function speakerLabel(analysis: Analysis, entityId: number | undefined, style: Style): string {
  const e: Entity | undefined = entityId === undefined ? undefined : analysis.entities[entityId];
  if (!e) return style.dim('no speaker');
  return e.type === 'person' ? e.name : `${e.name} (${e.type})`;
}

export function summaryLine(t: Totals, style: Style = PLAIN): string {
  const parts = [plural(t.files, 'file'), plural(t.quotes, 'quote'), plural(t.people, 'person', 'people')];
  if (t.errors) parts.push(style.red(plural(t.errors, 'error')));
  const warnings = plural(t.warnings, 'warning');
  parts.push(t.warnings ? style.yellow(warnings) : warnings);
  if (t.notes) parts.push(plural(t.notes, 'note'));
  if (t.silenced) parts.push(`${t.silenced} silenced`);
  if (t.skipped) parts.push(style.red(`${t.skipped} skipped`));
  return parts.join(', ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  if (flat.length <= EXCERPT_LENGTH) return flat;
  let cut = EXCERPT_LENGTH - 1;
  if (/[\uD800-\uDBFF]/.test(flat[cut - 1])) cut--; // do not split a surrogate pair
  return `${flat.slice(0, cut)}…`;
}
