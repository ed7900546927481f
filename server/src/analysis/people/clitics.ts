// Clitic splits: the ways a word can be read as a leading clitic (و، ف، ب، ل، ك and their pairs) plus
// the rest, and look-ups of the rest in the lexicon's sets. The splits and the look-ups are memoised
// across documents (words repeat far more than they vary; the lexicon's sets never change); these
// caches are the only state the module holds, and they change no result.

const CLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** How many entries a memo holds before it is emptied. */
const MEMO_LIMIT = 100_000;

/** Splits a leading clitic off a word when what remains passes test; returns [prefix length, key]. */
export function stripClitic(norm: string, test: (key: string) => boolean): [number, string] | null {
  for (const split of cliticSplits(norm)) if (test(split[1])) return split;
  return null;
}

/** stripClitic against a set, memoised per set (the lexicon's sets never change). */
export function stripIn(norm: string, set: ReadonlySet<string>): [number, string] | null {
  let memo = setMemo.get(set);
  if (!memo) { memo = new Map(); setMemo.set(set, memo); }
  const hit = memo.get(norm);
  if (hit !== undefined) return hit;
  const out = stripClitic(norm, (k) => set.has(k));
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(norm, out);
  return out;
}

const setMemo = new WeakMap<ReadonlySet<string>, Map<string, [number, string] | null>>();
/** Memo slots per word: one per look-up set used in the name passes. */
const SLOTS = 16;

/**
 * stripIn for the name passes, memoised across articles in one row per word (words repeat: far fewer
 * rows than tokens), one slot per look-up set: one map look-up instead of one per set. The sets of the
 * first SLOTS lexicon sets seen get slots (they never change); others go through stripIn.
 */
export function stripMemo(norm: string, set: ReadonlySet<string>): [number, string] | null {
  let slot = stripSlots.get(set);
  if (slot === undefined) {
    if (stripSlots.size >= SLOTS) return stripIn(norm, set);
    stripSlots.set(set, (slot = stripSlots.size));
  }
  let row = stripRows.get(norm);
  if (!row) {
    if (stripRows.size > MEMO_LIMIT) stripRows.clear();
    stripRows.set(norm, (row = []));
  }
  let r = row[slot];
  if (r === undefined) {
    r = stripClitic(norm, (k) => set.has(k));
    row[slot] = r;
  }
  return r;
}
const stripRows = new Map<string, ([number, string] | null | undefined)[]>();
const stripSlots = new Map<ReadonlySet<string>, number>();
const splitCache = new Map<string, readonly [number, string][]>();

/** The ways a word can be read as clitic + rest: itself first, then each prefix, then لل → ل + ال. */
export function cliticSplits(norm: string): readonly [number, string][] {
  const hit = splitCache.get(norm);
  if (hit) return hit;
  const out: [number, string][] = [[0, norm]];
  for (const c of CLITICS) {
    if (norm.length - c.length >= 2 && norm.startsWith(c)) out.push([c.length, norm.slice(c.length)]);
  }
  // لل + noun is ل + ال + noun with the alef dropped (للرئيس).
  if (norm.startsWith('لل') && norm.length > 3) out.push([1, 'ال' + norm.slice(2)]);
  if (splitCache.size > MEMO_LIMIT) splitCache.clear();
  splitCache.set(norm, out);
  return out;
}
