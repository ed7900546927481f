// Directives written in an article to silence a problem on the line after them, each on a line of its own:
//
//   <!-- isnad-disable-next-line unattributed-quote -->    an HTML comment (Markdown does not render it)
//   // isnad-disable-next-line unattributed-quote          the plain-text form, for .txt articles
//
// Codes are separated by commas (also the Arabic comma ،) or spaces; no code silences every code; text
// after " -- " is a reason for the reader. Directives stacked on consecutive lines all apply to the first
// line below them that is not a directive. The engine reads them once (findDirectives), analyses the text
// with each directive blanked out (a directive line reads as an empty line, which the stages already skip,
// so it changes nothing around it), and applyDirectives sets the problems they silence aside. The CLI and
// the language server both get the result in the Analysis; neither re-reads the text for directives.
import type { Problem, ProblemCode, Span } from './types';
import { DEFAULT_SEVERITY, PROBLEM_CODES } from './problems';
import { partitionPoint } from './search';

export const DIRECTIVE_KEYWORD = 'isnad-disable-next-line';

/** `comment`: <!-- … --> (Markdown); `slashes`: // … (plain text). */
export type DirectiveForm = 'comment' | 'slashes';

export interface DirectiveCode extends Span {
  /** As written, lower-cased. */
  readonly code: string;
}

export interface DisableDirective extends Span {
  /** The span is the directive's text on its line, from its first non-space character to its last. */
  readonly form: DirectiveForm;
  /** The codes listed, in order; empty when it silences every code. */
  readonly codes: readonly DirectiveCode[];
  /** The text after " -- ", if any. */
  readonly reason: string | null;
  /** Where one more code is written: after the last code, or after the keyword when there is none. */
  readonly insertAt: number;
  /** The line it applies to, without its line end; null when no line follows. */
  readonly target: Span | null;
}

/** What applyDirectives leaves: the problems still reported (with the notes on directives) and those silenced. */
export interface DirectiveOutcome {
  readonly problems: Problem[];
  readonly silenced: Problem[];
}

const KNOWN: ReadonlySet<string> = new Set(PROBLEM_CODES);
const COMMENT = /^<!--\s*(.*?)\s*-->$/su;
const SLASHES = /^\/\/\s*(.*?)$/su;
const BODY = new RegExp(`^${DIRECTIVE_KEYWORD}(?=\\s|$)`, 'iu');
/** " -- " (or "--" at the end) starts the reason. */
const REASON = /(?:^|\s)--(?:\s|$)/u;
const ANYWHERE = new RegExp(DIRECTIVE_KEYWORD, 'iu');
const CODE_SEPARATORS = /[\s,،]+/u;

interface Line {
  readonly start: number;
  /** Offset of the line end (or of the text's end). */
  readonly end: number;
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      yield { start, end: i };
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  yield { start, end: n };
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200e || c === 0x200f || c === 0xfeff;
}

/** The directive written on a line, if the line holds one and nothing else. */
function parseLine(text: string, line: Line): Omit<DisableDirective, 'target'> | undefined {
  let start = line.start;
  let end = line.end;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const first = text.charCodeAt(start);
  if (first !== 0x3c /* < */ && first !== 0x2f /* / */) return undefined;
  const whole = text.slice(start, end);
  const form: DirectiveForm = first === 0x3c ? 'comment' : 'slashes';
  const m = (form === 'comment' ? COMMENT : SLASHES).exec(whole);
  if (!m || !BODY.test(m[1])) return undefined;
  const bodyStart = start + whole.indexOf(m[1]);
  let rest = m[1].slice(DIRECTIVE_KEYWORD.length);
  let reason: string | null = null;
  const r = REASON.exec(rest);
  if (r) {
    reason = rest.slice(r.index + r[0].length).trim() || null;
    rest = rest.slice(0, r.index);
  }
  const codes: DirectiveCode[] = [];
  let at = bodyStart + DIRECTIVE_KEYWORD.length;
  let insertAt = at;
  for (const piece of rest.split(CODE_SEPARATORS)) {
    if (!piece) continue;
    const s = text.indexOf(piece, at);
    codes.push({ start: s, end: s + piece.length, code: piece.toLowerCase() });
    at = insertAt = s + piece.length;
  }
  return { start, end, form, codes, reason, insertAt };
}

/** Every directive in the text, in order. Cheap when there is none (one search of the text). */
export function findDirectives(text: string): DisableDirective[] {
  if (!ANYWHERE.test(text)) return [];
  const found: Omit<DisableDirective, 'target'>[] = [];
  const targets: (Span | null)[] = [];
  let pending = 0; // directives stacked above the current line, waiting for their target
  for (const line of lines(text)) {
    const d = parseLine(text, line);
    if (d) {
      found.push(d);
      targets.push(null);
      pending++;
      continue;
    }
    for (let k = found.length - pending; k < found.length; k++) targets[k] = { start: line.start, end: line.end };
    pending = 0;
  }
  return found.map((d, i) => ({ ...d, target: targets[i] }));
}

/** The text with each directive replaced by spaces: same length, same offsets, line ends kept. */
export function blankDirectives(text: string, directives: readonly DisableDirective[]): string {
  if (directives.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const d of directives) {
    parts.push(text.slice(from, d.start), ' '.repeat(d.end - d.start));
    from = d.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Sets aside the problems a directive silences: a problem whose start is on a directive's target line,
 * with its code listed (or none listed). Then reports, as `unused-disable-directive` (information), an
 * unknown code, a directive that silenced nothing, and in a directive that silenced something the codes
 * that silenced nothing. Those notes are never silenced themselves (turn the code off in the settings).
 */
export function applyDirectives(problems: readonly Problem[], directives: readonly DisableDirective[]): DirectiveOutcome {
  if (directives.length === 0) return { problems: [...problems], silenced: [] };
  const kept: Problem[] = [];
  const silenced: Problem[] = [];
  const used = directives.map(() => new Set<string>());
  // Directives are in text order, so their targets are too (stacked ones share one): binary search.
  const aimed = directives.map((d, i) => i).filter((i) => directives[i].target !== null);
  for (const p of problems) {
    const lo = partitionPoint(aimed.length, (i) => directives[aimed[i]].target!.start <= p.start);
    let hit = false;
    for (let k = lo - 1; k >= 0; k--) {
      const d = directives[aimed[k]];
      const target = d.target!;
      if (p.start > target.end) break; // the nearest target line before the problem does not hold it
      if (d.codes.length === 0 || d.codes.some((c) => c.code === p.code)) {
        hit = true;
        used[aimed[k]].add(p.code);
      }
    }
    (hit ? silenced : kept).push(p);
  }
  const notes: Problem[] = [];
  directives.forEach((d, i) => {
    const unknown = d.codes.filter((c) => !KNOWN.has(c.code));
    for (const c of unknown) {
      notes.push(note(c, `Unknown code '${c.code}' in ${DIRECTIVE_KEYWORD} (the codes are ${PROBLEM_CODES.join(', ')}).`, 'unknown-code', [c.code]));
    }
    const known = d.codes.filter((c) => KNOWN.has(c.code));
    if (used[i].size === 0) {
      if (d.codes.length === 0) notes.push(note(d, `This ${DIRECTIVE_KEYWORD} silences nothing: no problem is reported on the next line.`, 'silences-nothing', []));
      else if (known.length > 0) notes.push(note(d, `This ${DIRECTIVE_KEYWORD} silences nothing: no ${unique(known).join(' or ')} on the next line.`, 'silences-nothing', unique(known)));
      return;
    }
    for (const c of known) if (!used[i].has(c.code)) notes.push(note(c, `No ${c.code} on the next line to silence.`, 'code-unused', [c.code]));
  });
  const out = notes.length ? [...kept, ...notes].sort((a, b) => a.start - b.start || a.end - b.end) : kept;
  return { problems: out, silenced };
}

function note(span: Span, message: string, directive: 'unknown-code' | 'silences-nothing' | 'code-unused', codes: readonly string[]): Problem {
  return { code: 'unused-disable-directive', severity: DEFAULT_SEVERITY['unused-disable-directive'], start: span.start, end: span.end, message, data: { directive, codes } };
}

function unique(codes: readonly DirectiveCode[]): string[] {
  return [...new Set(codes.map((c) => c.code))];
}

/** A directive line's text for the given codes (none: every code). */
export function formatDirective(codes: readonly string[], form: DirectiveForm): string {
  const body = [DIRECTIVE_KEYWORD, ...(codes.length ? [codes.join(', ')] : [])].join(' ');
  return form === 'comment' ? `<!-- ${body} -->` : `// ${body}`;
}

/** A text edit on the original text: replace [start, end) by newText. */
export interface TextChange extends Span {
  readonly newText: string;
}

/**
 * The edit that silences `code` for a problem starting at `offset`: the code is added to a directive that
 * already targets that line, else a directive line is inserted above the line, with the line's
 * indentation and line end. Reads only the line around the offset.
 */
export function silencingEdit(text: string, directives: readonly DisableDirective[], offset: number, code: ProblemCode | string, form: DirectiveForm): TextChange {
  let lineStart = Math.max(0, Math.min(offset, text.length));
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const above = directives.filter((d) => d.target?.start === lineStart);
  const last = above[above.length - 1];
  if (last && last.codes.length > 0) return { start: last.insertAt, end: last.insertAt, newText: `, ${code}` };
  let indentEnd = lineStart;
  while (indentEnd < text.length && (text.charCodeAt(indentEnd) === 0x20 || text.charCodeAt(indentEnd) === 0x09)) indentEnd++;
  const indent = text.slice(lineStart, indentEnd);
  return { start: lineStart, end: lineStart, newText: `${indent}${formatDirective([code], form)}${lineEnding(text)}` };
}

/** The text's first line end (\r\n, \n or \r), \n when it has none. */
function lineEnding(text: string): string {
  const m = /\r\n|\n|\r/u.exec(text);
  return m ? m[0] : '\n';
}
