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

export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** At least 64 bits per key (about 1.5% of them set), 2^12 at the least, 2^22 at the most. */
  constructor(keys: Iterable<string>) {
    const hashes = Array.from(keys, keyHash);
    let size = 1 << 12;
    while (size < hashes.length * 64 && size < 1 << 22) size <<= 1;
    this.mask = size - 1;
    this.bits = new Uint32Array(size >>> 5);
    for (const h of hashes) {
      const b = h & this.mask;
      this.bits[b >>> 5] |= 1 << (b & 31);
    }
  }

  /** False when the key with this hash (keyHash) is surely not in the set. */
  mayHave(hash: number): boolean {
    const b = hash & this.mask;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}
