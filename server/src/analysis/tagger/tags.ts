// The name tagger's tag set: BIO over persons, organizations and places.
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];
export type NameType = 'PER' | 'ORG' | 'LOC';
export const TAG_COUNT = TAGS.length;
export const O = 0;

export function tagType(tag: number): NameType | null {
  return tag === O ? null : (TAGS[tag].slice(2) as NameType);
}

export function isBegin(tag: number): boolean {
  return tag !== O && TAGS[tag][0] === 'B';
}

/** BIO: an I-X tag may only follow B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === O || TAGS[tag][0] === 'B') return true;
  return prev !== O && tagType(prev) === tagType(tag);
}

/** allowed() as a table: row 0 is the first position (as after O), row p + 1 follows tag p. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) {
    a[t] = allowed(O, t) ? 1 : 0;
    for (let p = 0; p < TAG_COUNT; p++) a[(p + 1) * TAG_COUNT + t] = allowed(p, t) ? 1 : 0;
  }
  return a;
})();
