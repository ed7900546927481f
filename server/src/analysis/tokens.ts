// Splits text into words, punctuation and line breaks, each with its UTF-16 span in the original text.
import { isInvisible, isSpace, isWordChar, normalize } from './text';
import { formOf, punctuationForm, typeOfNorm, type WordType } from './word-types';
import { partitionPoint } from './search';
import type { DocLines, LineTokens, PlacedTokens } from './reuse';

export type TokenKind = 'word' | 'punct' | 'break';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The text as written. */
  readonly text: string;
  /** Normalised key (words only; punctuation keeps its character). */
  readonly norm: string;
  /** Index of the line (paragraph) the token is on. */
  readonly line: number;
  /** The record of the token's key (norm), shared by all tokens with that key. */
  readonly type: WordType;
}


/** One token a word, a punctuation character, or a line break (\n, \r\n or \r); spaces are skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let line = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      const end = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      tokens.push({ start: i, end, kind: 'break', text: '\n', norm: '\n', line, type: typeOfNorm('\n') });
      line++;
      i = end;
    } else {
      i = scanToken(text, i, n, line, tokens);
    }
  }
  return tokens;
}

/**
 * Reads the token (or the space) at i, which is not a line break, in text[0, n); pushes the token and
 * returns where the next one starts. A token never reaches past n, except a high surrogate's token,
 * which takes the code unit after it whatever it is.
 */
function scanToken(text: string, i: number, n: number, line: number, tokens: Token[]): number {
  const c = text.charCodeAt(i);
  if (isSpace(c) || (isInvisible(c) && !isWordChar(text.charCodeAt(i + 1) || 0x20))) return i + 1;
  if (isWordChar(c) || (isInvisible(c) && isWordChar(text.charCodeAt(i + 1)))) {
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordChar(d) || (isInvisible(d) && j + 1 < n && isWordChar(text.charCodeAt(j + 1)))) j++;
      else break;
    }
    // A surrogate pair is one character: keep the low half with its high half.
    // The token keeps its spelling's shared string, not the slice (which dies young).
    const form = formOf(text.slice(i, j));
    tokens.push({ start: i, end: j, kind: 'word', text: form.text, norm: form.type.norm, line, type: form.type });
    return j;
  }
  const end = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
  const form = punctuationForm(text.slice(i, end));
  tokens.push({ start: i, end, kind: 'punct', text: form.text, norm: form.text, line, type: form.type });
  return end;
}

/**
 * tokenize with the per-line tokens kept in `lines` (reuse.ts): a line seen before is not read again,
 * and its token objects are the same ones, moved in place when the line moved (so the tokens an analysis
 * with reuse hands its stages are valid until the next analysis with the same reuse object). Fills in
 * lines.tokenStart and tokenEnd. The same tokens as tokenize(text) for any text that AnalysisReuse.begin
 * cuts into lines (a line's tokens depend on its text alone: scanToken reads nothing past the line but a
 * high surrogate's partner, and begin leaves out the texts with a high surrogate before a line break).
 */
export function tokenizeLines(text: string, lines: DocLines): Token[] {
  const parts: (readonly Token[])[] = new Array(lines.count);
  const breakType = typeOfNorm('\n');
  let count = 0;
  for (let l = 0; l < lines.count; l++) {
    const entry = lines.entries[l];
    const base = lines.starts[l];
    const breakLength = lines.nexts[l] - lines.ends[l];
    const k = lines.occurrence[l];
    lines.tokenStart[l] = count;
    const placed = entry.placed[k];
    if (placed && placed.breakLength === breakLength) {
      if (placed.base !== base || placed.line !== l) movePlaced(placed, base, l);
    } else {
      const rel = (entry.tokens ??= lineTokens(entry.text));
      const made: Token[] = [];
      for (let j = 0; j < rel.kinds.length; j++) {
        const form = rel.forms[j];
        const kind = rel.kinds[j];
        made.push({ start: base + rel.starts[j], end: base + rel.ends[j], kind, text: form.text, norm: kind === 'word' ? form.type.norm : form.text, line: l, type: form.type });
      }
      if (breakLength > 0) {
        const at = lines.ends[l];
        made.push({ start: at, end: at + breakLength, kind: 'break', text: '\n', norm: '\n', line: l, type: breakType });
      }
      entry.placed[k] = { base, line: l, breakLength, tokens: made };
    }
    const own = entry.placed[k]!.tokens;
    parts[l] = own;
    count += own.length;
    lines.tokenEnd[l] = count - (breakLength > 0 ? 1 : 0);
  }
  // One copy of the lines' arrays, a chunk of them at a time (an argument list has a limit).
  let tokens: Token[] = [];
  for (let i = 0; i < parts.length; i += 4096) tokens = tokens.concat(...parts.slice(i, i + 4096));
  return tokens;
}

/** A token as the reuse object moves it: only its place changes, never what it reads. */
type Movable = { -readonly [K in keyof Token]: Token[K] };

/** Moves a line's tokens to its new offset and line number. */
function movePlaced(placed: PlacedTokens, base: number, line: number): void {
  const shift = base - placed.base;
  for (const t of placed.tokens as Movable[]) {
    t.start += shift;
    t.end += shift;
    t.line = line;
  }
  placed.base = base;
  placed.line = line;
}

/** The tokens of one line's text, offsets from its start. */
function lineTokens(text: string): LineTokens {
  const out: Token[] = [];
  for (let i = 0; i < text.length;) i = scanToken(text, i, text.length, 0, out);
  return {
    starts: Int32Array.from(out, (t) => t.start),
    ends: Int32Array.from(out, (t) => t.end),
    kinds: out.map((t) => t.kind),
    forms: out.map((t) => ({ text: t.text, type: t.type })),
  };
}

/** Index of the first token whose end is after offset (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].end <= offset);
}

/** tokenIndexAt, the line holding the offset found first (lines.starts), then its tokens searched. */
export function tokenIndexInLines(tokens: readonly Token[], lines: DocLines, offset: number): number {
  const l = partitionPoint(lines.count, (i) => lines.starts[i] <= offset) - 1;
  if (l < 0) return tokenIndexAt(tokens, offset);
  const from = lines.tokenStart[l];
  const upper = l + 1 < lines.count ? lines.tokenStart[l + 1] : tokens.length;
  return from + partitionPoint(upper - from, (i) => tokens[from + i].end <= offset);
}

/** Offset in the original text after `letters` normalised letters of a token (diacritics skipped). */
export function offsetAfterLetters(tok: Token, letters: number): number {
  let seen = 0;
  let i = tok.start;
  const text = tok.text;
  while (i < tok.end && seen < letters) {
    if (normalize(text[i - tok.start]).length > 0) seen++;
    i++;
  }
  // Skip tatweel or diacritics glued to the clitic (بـماركوف).
  while (i < tok.end && normalize(text[i - tok.start]).length === 0) i++;
  return i;
}
