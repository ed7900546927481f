// Jump tables over the tokens, so that the stages that look for "the next few words" after or inside a
// quote skip runs of punctuation in constant time. Without them a run of marks (« « « … » » ») is walked
// once per quote and the analysis is quadratic in the depth of nesting.
import type { Token } from './tokens';
import { partitionPoint } from './search';
import { COMMA, PUNCT, STOP, WORD } from './token-classes';

export interface TokenJumps {
  /** Per index k (0..n): the first word token at or after k, or n. */
  readonly nextWord: Int32Array;
  /**
   * Per index k (0..n): the first token at or after k that is a word, a line break, or punctuation
   * ending a sentence (. ! ? ؟), or n: what `cueAfter`-style scans stop at.
   */
  readonly nextStop: Int32Array;
  /** Prefix counts (length n + 1) of comma tokens (، ,): commas in [a, b) = commas[b] − commas[a]. */
  readonly commas: Int32Array;
}

/** Punctuation that ends a sentence (. ! ? ؟) or is a comma (، ,): a punctuation token is one character
 *  or a surrogate pair, so its first code unit tells. */
const isSentenceStop = (t: Token) => { const c = t.text.charCodeAt(0); return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f; };
const isComma = (t: Token) => { const c = t.text.charCodeAt(0); return c === 0x060c || c === 0x2c; };

export function tokenJumps(tokens: readonly Token[], classes?: Uint8Array): TokenJumps {
  const n = tokens.length;
  const nextWord = new Int32Array(n + 1);
  const nextStop = new Int32Array(n + 1);
  const commas = new Int32Array(n + 1);
  nextWord[n] = n;
  nextStop[n] = n;
  if (classes) {
    // The same from the tokens' bytes (token-classes.ts).
    for (let k = n - 1; k >= 0; k--) {
      const c = classes[k];
      nextWord[k] = c & WORD ? k : nextWord[k + 1];
      nextStop[k] = !(c & PUNCT) || c & STOP ? k : nextStop[k + 1];
    }
    for (let k = 0; k < n; k++) commas[k + 1] = commas[k] + (classes[k] & COMMA ? 1 : 0);
    return { nextWord, nextStop, commas };
  }
  for (let k = n - 1; k >= 0; k--) {
    const t = tokens[k];
    nextWord[k] = t.kind === 'word' ? k : nextWord[k + 1];
    nextStop[k] = t.kind !== 'punct' || isSentenceStop(t) ? k : nextStop[k + 1];
  }
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    commas[k + 1] = commas[k] + (t.kind === 'punct' && isComma(t) ? 1 : 0);
  }
  return { nextWord, nextStop, commas };
}

/** The first `max` word tokens in [from, to), in order, found by jumping over everything else. */
export function wordsBetween(jumps: TokenJumps, from: number, to: number, max: number): number[] {
  const out: number[] = [];
  for (let k = jumps.nextWord[Math.min(from, jumps.nextWord.length - 1)]; k < to && out.length < max; k = jumps.nextWord[k + 1]) out.push(k);
  return out;
}

/**
 * Tokens after `from` up to the `maxWords`-th word, stopping at a line break or a sentence end: the
 * word tokens met (in order), whether a comma came before each one, and why the walk stopped. The same
 * as stepping token by token, without the steps over other punctuation.
 */
export function wordsAhead(jumps: TokenJumps, tokens: readonly Token[], from: number, maxWords: number): { words: number[]; commaBefore: boolean[]; stop: 'break' | 'sentence' | 'end' | 'words' } {
  const words: number[] = [];
  const commaBefore: boolean[] = [];
  const n = tokens.length;
  let comma = false;
  let k = Math.min(from, n);
  while (words.length < maxWords) {
    const j = jumps.nextStop[k];
    if (jumps.commas[j] > jumps.commas[k]) comma = true;
    if (j >= n) return { words, commaBefore, stop: 'end' };
    const t = tokens[j];
    if (t.kind === 'break') return { words, commaBefore, stop: 'break' };
    if (t.kind === 'punct') return { words, commaBefore, stop: 'sentence' };
    words.push(j);
    commaBefore.push(comma);
    k = j + 1;
  }
  return { words, commaBefore, stop: 'words' };
}

/** Index lists grouped by a key (such as a quote depth), each ascending; `anyIn` asks whether the
 *  list of a key has an index in [from, to), by binary search. */
export class IndexesByKey {
  private readonly lists = new Map<number, number[]>();

  /** Indexes must be added in ascending order. */
  add(key: number, index: number): void {
    const list = this.lists.get(key);
    if (list) list.push(index);
    else this.lists.set(key, [index]);
  }

  anyIn(key: number, from: number, to: number): boolean {
    const list = this.lists.get(key);
    if (!list) return false;
    const lo = partitionPoint(list.length, (i) => list[i] < from);
    return lo < list.length && list[lo] < to;
  }
}
