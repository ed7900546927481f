// The learned tagger's names for one document: its persons, which gate the rules' names (a rule's name
// must overlap one of them unless it has evidence of its own) and fill in the ones no rule found, and
// its organizations and places, which the later stages take as subjects the lexicons do not know.
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokens';
import { tagNames, type NameSpan } from '../tagger/tag';
import type { DocLines } from '../reuse';

export class TaggedNames {
  /** The tagger's persons, in document order. */
  readonly persons: NameSpan[];
  /** The tagger's organizations and places, by first token. */
  readonly bodies: Map<number, NameSpan>;
  /** Per token: 1 inside a tagged person. */
  private readonly inPerson: Uint8Array;
  /** Per token inside a tagged person: the last token of that span; else -1. */
  private readonly personEnd: Int32Array;

  constructor(tokens: readonly Token[], lex: Lexicon, lines?: DocLines) {
    const names = tagNames(tokens, lex, undefined, lines);
    this.persons = names.filter((s) => s.type === 'PER');
    this.bodies = new Map(names.filter((s) => s.type !== 'PER').map((s) => [s.first, s]));
    this.inPerson = new Uint8Array(tokens.length);
    this.personEnd = new Int32Array(tokens.length).fill(-1);
    for (const s of this.persons) {
      this.inPerson.fill(1, s.first, s.last + 1);
      this.personEnd.fill(s.last, s.first, s.last + 1);
    }
  }

  /** Some token from first to last is inside a tagged person. */
  overlaps(first: number, last: number): boolean {
    return this.inPerson.subarray(first, last + 1).includes(1);
  }

  /** The last token of the tagged person that holds token k, or -1. */
  endOf(k: number): number {
    return this.personEnd[k] ?? -1;
  }

  /** A tagged person other than the one holding token first starts after it, up to token last. */
  secondPersonIn(first: number, last: number): boolean {
    for (let k = first + 1; k <= last; k++) if (this.personEnd[k] >= 0 && this.personEnd[k - 1] !== this.personEnd[k]) return true;
    return false;
  }

  /** The furthest end of a tagged person over tokens first..last, or -1 when none touches them. */
  furthestEnd(first: number, last: number): number {
    let end = -1;
    for (let k = first; k <= last; k++) end = Math.max(end, this.personEnd[k]);
    return end;
  }
}
