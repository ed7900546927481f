// Splits text into words, punctuation and line breaks, each with its UTF-16 span in the original text.
import { isInvisible, isSpace, isWordChar, normalize } from './text';
import { formOf, punctuationForm, typeOfNorm, type WordType } from './word-types';
import { partitionPoint } from './search';

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
    } else if (isSpace(c) || (isInvisible(c) && !isWordChar(text.charCodeAt(i + 1) || 0x20))) {
      i++;
    } else if (isWordChar(c) || (isInvisible(c) && isWordChar(text.charCodeAt(i + 1)))) {
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
      i = j;
    } else {
      const end = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
      const form = punctuationForm(text.slice(i, end));
      tokens.push({ start: i, end, kind: 'punct', text: form.text, norm: form.text, line, type: form.type });
      i = end;
    }
  }
  return tokens;
}

/** Index of the first token whose end is after offset (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].end <= offset);
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
