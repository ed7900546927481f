// Clitic splits: the ways a word can be read as a leading clitic (و، ف، ب، ل، ك and their pairs) plus
// the rest, and look-ups of the rest in the lexicon's sets. The splits and the look-ups are memoised
// across documents on the word's record (word-types.ts: words repeat far more than they vary; the
// lexicon's sets never change); these memos are the only state the module holds, and they change no
// result.
import { phoneticKey } from '../text';
import { typeOfNorm, type WordType } from '../word-types';

const CLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** How many entries a memo holds before it is emptied. */
const MEMO_LIMIT = 100_000;

/** Splits a leading clitic off a word when what remains passes test; returns [prefix length, key]. */
export function stripClitic(norm: string, test: (key: string) => boolean): [number, string] | null {
  return firstSplit(typeOfNorm(norm), test);
}

/** stripClitic on a word's record. */
export function firstSplit(type: WordType, test: (key: string) => boolean): [number, string] | null {
  for (const split of splitsOf(type)) if (test(split[1])) return split;
  return null;
}

/** stripClitic against a set, memoised per set (the lexicon's sets never change). */
export function stripIn(norm: string, set: ReadonlySet<string>): [number, string] | null {
  return stripType(typeOfNorm(norm), set);
}

/** stripIn for sets beyond the slots: one memo table per set. */
function stripInTable(type: WordType, set: ReadonlySet<string>): [number, string] | null {
  let memo = setMemo.get(set);
  if (!memo) { memo = new Map(); setMemo.set(set, memo); }
  const hit = memo.get(type.norm);
  if (hit !== undefined) return hit;
  const out = firstSplit(type, (k) => set.has(k));
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(type.norm, out);
  return out;
}

const setMemo = new WeakMap<ReadonlySet<string>, Map<string, [number, string] | null>>();
/** Memo slots per word: one per look-up set (the lexicon's sets and the name passes' own). */
const SLOTS = 32;

/**
 * stripIn on a word's record: the result is kept in the record, one slot per look-up set, so that a
 * token's look-up is a field read. The first SLOTS sets seen get slots (the lexicon's sets never change);
 * others go through a memo table per set.
 */
export function stripType(type: WordType, set: ReadonlySet<string>): [number, string] | null {
  let slot = stripSlots.get(set);
  if (slot === undefined) {
    if (stripSlots.size >= SLOTS) return stripInTable(type, set);
    stripSlots.set(set, (slot = stripSlots.size));
  }
  let r = type.strips[slot];
  if (r === undefined) {
    r = firstSplit(type, (k) => set.has(k));
    type.strips[slot] = r;
  }
  return r;
}

/** stripIn for the name passes (see stripType). */
export function stripMemo(norm: string, set: ReadonlySet<string>): [number, string] | null {
  return stripType(typeOfNorm(norm), set);
}

const stripSlots = new Map<ReadonlySet<string>, number>();

/** The ways a word can be read as clitic + rest: itself first, then each prefix, then لل → ل + ال. */
export function cliticSplits(norm: string): readonly [number, string][] {
  return splitsOf(typeOfNorm(norm));
}

/** cliticSplits on a word's record (kept in it). */
export function splitsOf(type: WordType): readonly [number, string][] {
  if (type.splits) return type.splits;
  const norm = type.norm;
  const out: [number, string][] = [[0, norm]];
  for (const c of CLITICS) {
    if (norm.length - c.length >= 2 && norm.startsWith(c)) out.push([c.length, norm.slice(c.length)]);
  }
  // لل + noun is ل + ال + noun with the alef dropped (للرئيس).
  if (norm.startsWith('لل') && norm.length > 3) out.push([1, 'ال' + norm.slice(2)]);
  type.splits = out;
  return out;
}

/** The phonetic keys of the rests of a word's clitic splits, in their order (kept in the record). */
export function splitKeysOf(type: WordType): readonly string[] {
  return (type.splitKeys ??= splitsOf(type).map(([, rest]) => phoneticKey(rest)));
}

/** stripClitic with a test of the rest's phonetic key. */
export function firstSplitByKey(type: WordType, test: (key: string) => boolean): [number, string] | null {
  const splits = splitsOf(type);
  const keys = splitKeysOf(type);
  for (let j = 0; j < splits.length; j++) if (test(keys[j])) return splits[j];
  return null;
}
