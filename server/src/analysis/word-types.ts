// One record per distinct word (by its normalised key), shared by every token of that word in every
// document: the values derived from the word alone, each computed on its first use. Arabic news repeats
// its words (a few thousand types make most of an article's tokens), so the name passes read a field
// where they would otherwise look the word up in a memo table again and again.
//
// The records are a bounded memo of pure functions of the word: the tables below are emptied when they
// grow past MEMO_LIMIT entries, and no result depends on whether a record was reused or made anew.
import { normalize, phoneticKey } from './text';

/** What is known about one normalised word; the optional fields are filled on first use. */
export class WordType {
  /** Phonetic key (text.ts phoneticKey) of the word. */
  phonetic: string | undefined = undefined;
  /** The word's clitic splits (people/clitics.ts cliticSplits). */
  splits: readonly [number, string][] | undefined = undefined;
  /** Per look-up set slot (people/clitics.ts stripMemo): the split whose rest is in the set, or null. */
  readonly strips: ([number, string] | null | undefined)[] = [];
  /** Phonetic keys of the rests of its clitic splits, in the splits' order (people/clitics.ts). */
  splitKeys: readonly string[] | undefined = undefined;
  /** The word with one clitic prefix removed (tagger/features.ts stem). */
  stem: string | undefined = undefined;
  /** keyHash of the word and of its stem (key-filter.ts). */
  hash: number | undefined = undefined;
  stemHash: number | undefined = undefined;
  /** keyHash of each of splitKeys. */
  splitHashes: readonly number[] | undefined = undefined;
  /** The word's slots in a tagger's emission cache (tagger/model.ts EmissionCache.slotOf). */
  emission: EmissionSlots | undefined = undefined;
  constructor(readonly norm: string) {}
}

/** Where a tagger's emission cache keeps a word's vectors, as written and with tanween (-1: not yet). */
export interface EmissionSlots {
  /** The stamp of the cache that gave the slots: an empty object it replaces whenever it is emptied (so
   *  that stale slots are never read, and a record never keeps a cache's buffers alive). */
  readonly stamp: object;
  plain: number;
  marked: number;
}

/** How many records a table holds before it is emptied. */
const MEMO_LIMIT = 100_000;
const byNorm = new Map<string, WordType>();
const byText = new Map<string, WordForm>();

/** A word as written, with the record of its key: tokens keep this text, one string per spelling. */
export interface WordForm {
  readonly text: string;
  readonly type: WordType;
}

/** The record of a normalised word. */
export function typeOfNorm(norm: string): WordType {
  let t = byNorm.get(norm);
  if (t === undefined) {
    if (byNorm.size > MEMO_LIMIT) byNorm.clear();
    byNorm.set(norm, (t = new WordType(norm)));
  }
  return t;
}

/** The record of a word as written (its normalised key decides which record). */
export function typeOfText(text: string): WordType {
  return formOf(text).type;
}

/** A spelling's form: the text kept once for all tokens spelled so, and the record of its key. */
export function formOf(text: string): WordForm {
  let f = byText.get(text);
  if (f === undefined) {
    if (byText.size > MEMO_LIMIT) byText.clear();
    byText.set(text, (f = { text, type: typeOfNorm(normalize(text)) }));
  }
  return f;
}

/** A punctuation character's form: its record is keyed by the character itself (not normalised). */
export function punctuationForm(text: string): WordForm {
  let f = byPunctuation.get(text);
  if (f === undefined) {
    if (byPunctuation.size > MEMO_LIMIT) byPunctuation.clear();
    byPunctuation.set(text, (f = { text, type: typeOfNorm(text) }));
  }
  return f;
}
const byPunctuation = new Map<string, WordForm>();

/** The phonetic key of a word's record (kept in it). */
export function phoneticOf(type: WordType): string {
  return (type.phonetic ??= phoneticKey(type.norm));
}
