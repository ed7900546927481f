// One byte per token of what the passes over every token ask of it (its kind, whether it ends a
// sentence, is a comma …), so that those passes read a typed array instead of the token objects. Each
// bit is a function of the token alone. With reuse (reuse.ts) a line's bytes are kept by its text.
import type { Token } from './tokens';
import type { DocLines } from './reuse';

export const BREAK = 1;
export const WORD = 2;
export const PUNCT = 4;
/** A line break or . ! ? ؟ … ! ؛ : where document.ts starts a new sentence. */
export const SENTENCE_END = 8;
/** Punctuation whose first code unit is . ! ? ؟ (token-jumps.ts). */
export const STOP = 16;
/** ، or , (token-jumps.ts). */
export const COMMA = 32;
/** Punctuation of . ! ? ؟ ، , : (the sentence punctuation kinds.ts looks for inside a quote). */
export const CLAUSE_PUNCT = 64;
/** The full stop, which kinds.ts may read as a letter dot (إتش.إس). */
export const DOT = 128;

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '؟', '…', '!', '؛']);
const CLAUSE = /[.!?؟،,:]/;

/** The byte of one token. */
export function classOf(t: Token): number {
  if (t.kind === 'break') return BREAK | SENTENCE_END;
  if (t.kind === 'word') return WORD;
  const c = t.text.charCodeAt(0);
  let b = PUNCT;
  if (SENTENCE_ENDS.has(t.text)) b |= SENTENCE_END;
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f) b |= STOP;
  if (c === 0x060c || c === 0x2c) b |= COMMA;
  if (CLAUSE.test(t.text)) b |= CLAUSE_PUNCT;
  if (t.text === '.') b |= DOT;
  return b;
}

/** The bytes of all tokens; with `lines`, each line's are kept by its text. */
export function tokenClasses(tokens: readonly Token[], lines?: DocLines): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (!lines) {
    for (let i = 0; i < tokens.length; i++) out[i] = classOf(tokens[i]);
    return out;
  }
  for (let l = 0; l < lines.count; l++) {
    const from = lines.tokenStart[l];
    const to = lines.tokenEnd[l];
    const entry = lines.entries[l];
    if (!entry.classes) {
      const own = new Uint8Array(to - from);
      for (let j = 0; j < own.length; j++) own[j] = classOf(tokens[from + j]);
      entry.classes = own;
    }
    out.set(entry.classes, from);
    if (lines.nexts[l] > lines.ends[l]) out[to] = BREAK | SENTENCE_END;
  }
  return out;
}
