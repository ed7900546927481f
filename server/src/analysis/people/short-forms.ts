// The short-form pass: after the full names, a word that spells a known person's family name (الخطيب
// for سامي الخطيب), behind a clitic or not, is a mention of that person; a chain name (محمد بن سلمان) is
// shortened to its first name only after a title. Where several persons share the word, the one named
// most recently wins. One pass per document, run once the clusters hold every full name.
import { offsetAfterLetters } from '../tokens';
import { phoneticKey, plain } from '../text';
import type { NameMention, PersonCluster } from '../people';
import { firstSplitByKey, splitKeysOf } from './clitics';
import { KeyFilter, keyHash } from '../key-filter';
import type { WordType } from '../word-types';
import type { ClusterIndex } from './clusters';
import type { NameDoc } from './words';
import { partitionPoint } from '../search';
import type { Token } from '../tokens';
import type { DocLines } from '../reuse';

/** The owner mentioned most recently before offset: by its full mentions' starts (sorted) or a short form already given. */
export function nearestCluster(owners: PersonCluster[], offset: number, fullStarts: ReadonlyMap<PersonCluster, number[]>, lastShort: ReadonlyMap<PersonCluster, number>): PersonCluster {
  let best = owners[0];
  let bestPos = -Infinity;
  for (const c of owners) {
    const pos = Math.max(lastBefore(fullStarts.get(c) ?? [], offset), lastShort.get(c) ?? -Infinity);
    if (pos > bestPos) { best = c; bestPos = pos; }
  }
  return best;
}

/** The last of the sorted starts before offset (a binary search), or -Infinity. */
export function lastBefore(starts: readonly number[], offset: number): number {
  const n = partitionPoint(starts.length, (i) => starts[i] < offset);
  return n > 0 ? starts[n - 1] : -Infinity;
}

/** The keyHash of each reading of each word of tokens [from, to), as a line keeps them (reuse.ts):
 *  token j's are hashes[offsets[j] … offsets[j + 1]), none for punctuation. */
export interface SplitHashes {
  readonly hashes: Int32Array;
  readonly offsets: Int32Array;
}

function lineSplitHashes(tokens: readonly Token[], from: number, to: number): SplitHashes {
  const hashes: number[] = [];
  const offsets = new Int32Array(to - from + 1);
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'word') for (const h of (t.type.splitHashes ??= splitKeysOf(t.type).map(keyHash))) hashes.push(h);
    offsets[k - from + 1] = hashes.length;
  }
  return { hashes: Int32Array.from(hashes), offsets };
}

/** A given name only ever foreign (بيل، جوردان): alone, it stands for the person whose name it opens or ends. */
function foreignOnly(lex: NameDoc['lex'], key: string): boolean {
  return lex.foreignGiven.has(key) && !lex.arabicGiven.has(key) && !lex.ambiguousGiven.has(key);
}

export class ShortForms {
  /** Full mentions' starts in order, so that the nearest one before a short form is a binary search away. */
  private readonly fullStarts: Map<PersonCluster, number[]>;
  /** The last short form given to each cluster. */
  private readonly lastShort = new Map<PersonCluster, number>();
  /** Per distinct word: which reading of it (itself, or behind a clitic) spells a known name word. */
  private readonly shortKeyOf = new Map<string, [number, string] | null>();

  /** The keys of the index's name words (the pass adds no cluster, so they stay the same). */
  private readonly keyFilter: KeyFilter;

  constructor(private readonly doc: NameDoc, private readonly index: ClusterIndex) {
    this.fullStarts = new Map(index.clusters.map((c) => [c, c.mentions.map((m) => m.start).sort((a, b) => a - b)]));
    this.keyFilter = new KeyFilter(index.keys());
  }

  /** Adds a short-form mention for every word not yet covered that spells a known person's name word. */
  run(lines?: DocLines): void {
    const { tokens, covered } = this.doc;
    if (!lines) {
      for (let i = 0; i < tokens.length; i++) if (!covered[i]) this.at(i);
      return;
    }
    // The hashes of each word's readings are kept per line (contiguous), so that the words no known key
    // can match are passed over without reading their tokens.
    for (let l = 0; l < lines.count; l++) {
      const from = lines.tokenStart[l];
      const entry = lines.entries[l];
      const { hashes, offsets } = (entry.splitHashes ??= lineSplitHashes(tokens, from, lines.tokenEnd[l]));
      for (let j = 0; j + 1 < offsets.length; j++) {
        if (covered[from + j]) continue;
        for (let h = offsets[j]; h < offsets[j + 1]; h++) {
          if (this.keyFilter.mayHave(hashes[h])) { this.at(from + j, true); break; }
        }
      }
    }
  }

  /** Token i, not covered, as a short form (`filtered`: the filter passed it already). */
  private at(i: number, filtered = false): void {
    const t = this.doc.tokens[i];
    if (t.kind !== 'word' || !this.spellsKnownWord(t.type, filtered)) return;
    const hit = firstSplitByKey(t.type, (k) => this.index.hasKey(k) && this.owners(k, i).length > 0);
    if (!hit) return;
    if (hit[0] === 1 && t.norm.startsWith('لل')) return; // للأسد: no span holds الأسد
    this.addMention(i, hit);
  }

  /** Some reading of the word spells a known name word: fixed for the whole pass, so looked up once per
   *  word. Most words spell none: the filter of the known keys rules them out first. */
  private spellsKnownWord(type: WordType, filtered: boolean): boolean {
    if (!filtered) {
      const hashes = (type.splitHashes ??= splitKeysOf(type).map(keyHash));
      let maybe = false;
      for (const h of hashes) if (this.keyFilter.mayHave(h)) { maybe = true; break; }
      if (!maybe) return false;
    }
    let candidate = this.shortKeyOf.get(type.norm);
    if (candidate === undefined) {
      candidate = firstSplitByKey(type, (k) => this.index.hasKey(k));
      this.shortKeyOf.set(type.norm, candidate);
    }
    return !!candidate;
  }

  /** Token i, behind the clitic hit[0] long, is a short form of the nearest owner of its key. */
  private addMention(i: number, hit: [number, string]): void {
    const { text, tokens, roles, covered } = this.doc;
    const t = tokens[i];
    const key = phoneticKey(hit[1]);
    const start = hit[0] ? offsetAfterLetters(t, hit[0]) : t.start;
    const owner = nearestCluster(this.owners(key, i), t.start, this.fullStarts, this.lastShort);
    const m: NameMention = {
      start, end: t.end, first: i, last: i, text: text.slice(start, t.end), keys: [key], spellings: [plain(text.slice(start, t.end))],
      role: roles.roleBefore(i), person: owner.id,
    };
    owner.mentions.push(m);
    this.lastShort.set(owner, m.start);
    covered[i] = 1;
  }

  /** The clusters the word with this key at token i can be a short form of. */
  owners(key: string, i: number): PersonCluster[] {
    return [...this.index.withKey(key)].filter((c) => {
      if (!this.afterFirstMention(c, i)) return false;
      if (c.keys.length < 2) return c.keys[0] === key && c.mentions.length > 0 || (c.mentions.length === 0 && c.keys[0] === key);
      return c.chain ? this.chainShortForm(c, key, i) : this.familyShortForm(c, key, i) || this.givenShortForm(c, key);
    });
  }

  /** An article names a person in full before it shortens the name: a short form before the first full
   *  mention stands for the person only in the headline (the first line). A common noun taken for a
   *  family name (أمر المرأة) would otherwise claim every earlier المرأة. */
  private afterFirstMention(c: PersonCluster, i: number): boolean {
    const first = this.fullStarts.get(c)?.[0];
    return first === undefined || this.doc.tokens[i].start > first || this.doc.tokens[i].line === 0;
  }

  /** A chain name (محمد بن نايف) is shortened to its first name after a title; one that ends with a
   *  family name (… بن عبدالعزيز السديس) also to that family name. */
  private chainShortForm(c: PersonCluster, key: string, i: number): boolean {
    const fam = c.keys[c.keys.length - 1];
    if (fam === key && fam.startsWith('ال') && c.keys.length >= 3 && !this.doc.lex.particles.has(c.keys[c.keys.length - 2])) return true;
    return c.keys[0] === key && this.doc.roles.titleBefore(i);
  }

  /** A person's first name alone (جوردان for جوردان هندرسون) stands for the person when it is a foreign
   *  given name; an Arabic given name alone (محمد، عمر) may be anyone, or the start of another name. */
  private givenShortForm(c: PersonCluster, key: string): boolean {
    const { lex } = this.doc;
    return c.keys.length >= 2 && c.keys[0] === key && foreignOnly(lex, key);
  }

  /** A family name that is also a given name (سالم، حسن) stands for the person only right after a
   *  reporting verb or a title (وأشار سالم إلى …); one that is a foreign first name elsewhere (بيل)
   *  always does. */
  private familyShortForm(c: PersonCluster, key: string, i: number): boolean {
    const { lex, roles, words } = this.doc;
    return c.keys[c.keys.length - 1] === key && (!lex.givenNames.has(key) || foreignOnly(lex, key) || (i > 0 && (words.verbAt(i - 1) || roles.endsAt(i - 1))));
  }
}
