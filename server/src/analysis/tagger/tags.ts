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
