// A filter over a small set of keys, asked with a hash kept in a word's record: a pass over every token
// that looks for a few keys (family names, the words of known names) rules most words out with one bit
// test instead of a look-up in the set. It answers "maybe" for every key of the set (and rarely for
// another one): the set itself still decides.

/** FNV-1a (32 bit) over the UTF-16 code units of a key. */
export function keyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Bits per filter: a few hundred keys set about 2% of them. */
const BITS = 1 << 14;

export class KeyFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      const b = keyHash(k) & (BITS - 1);
      this.bits[b >>> 5] |= 1 << (b & 31);
    }
  }

  /** False when the key with this hash (keyHash) is surely not in the set. */
  mayHave(hash: number): boolean {
    const b = hash & (BITS - 1);
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}
