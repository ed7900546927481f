// The document's speaking entities: one per person cluster, then the bodies, places and unnamed sources
// that cues name (وزارة الخارجية، مصدر مطلع). A definite head word refers back to the last entity of its
// type with that head (الوزارة → وزارة الخارجية); a role with no name refers to the last person who held
// it (الوزير → the person named وزير المالية before). One registry per document; it holds no state
// beyond the document it was built for.
import type { EntityType, Span } from '../types';
import type { PeopleResult } from '../people';
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokens';
import { normalize, plain } from '../text';
import { partitionPoint } from '../search';

export interface EntityDraft {
  readonly id: number;
  readonly type: EntityType;
  name: string;
  /** Head word key for references back (وزارة for الوزارة), without the article. */
  readonly head: string;
  readonly phrases: (Span & { text: string })[];
  /** For persons: the cluster id. */
  readonly person: number;
}

/** The key a head word is filed under: plain, hamza folded, the article dropped from words long enough
 *  to keep a stem (الوزارة → وزاره; الام stays). */
export function headKey(norm: string): string {
  const n = plain(norm).replace(/[أإآ]/g, 'ا');
  return n.startsWith('ال') && n.length > 4 ? n.slice(2) : n;
}

export class EntityRegistry {
  /** Every entity, indexed by id: the persons first (id = cluster id), then the others as named. */
  readonly entities: EntityDraft[];
  /** Non-person entities by type and head word, newest last. */
  private readonly byHead = new Map<string, EntityDraft[]>();
  /** Role head word → [mention start, person] in document order. */
  private readonly roleHolders: Map<string, [number, number][]>;

  constructor(people: PeopleResult, tokens: readonly Token[], lex: Lexicon) {
    this.entities = people.clusters.map((c) => ({
      id: c.id, type: 'person', name: c.name, head: '', phrases: [], person: c.id,
    }));
    this.roleHolders = roleHoldersOf(people, tokens, lex);
  }

  /**
   * The entity a phrase names: a new one when the phrase is a full name (indefinite or named), else the
   * last one of that type with the same head word (الوزارة → وزارة الخارجية), else a new one. An unnamed
   * source named in full (مصدر مطلع) is always a new one.
   */
  refer(type: EntityType, head: string, span: Span, text: string, fresh: boolean): number {
    const key = `${type}:${head}`;
    const same = this.byHead.get(key) ?? [];
    const earlier = fresh && type === 'anonymous' ? undefined : findLast(same, (d) => !fresh || d.name === text);
    if (earlier) {
      earlier.phrases.push({ ...span, text });
      return earlier.id;
    }
    const d: EntityDraft = { id: this.entities.length, type, name: text, head, phrases: [{ ...span, text }], person: -1 };
    this.entities.push(d);
    same.push(d);
    this.byHead.set(key, same);
    return d.id;
  }

  /** The person who last held a role with this head word before the offset, or null. */
  lastPersonWithRole(head: string, before: number): number | null {
    const list = this.roleHolders.get(head);
    if (!list) return null;
    const n = countBefore(list, before);
    return n > 0 ? list[n - 1][1] : null;
  }
}

/**
 * Role head word → [mention start, person], sorted by start: the role a mention carries (before it, else
 * after it), and the role or source word right after the name as well (الشيخ فلان رئيس المركز …؛ فلان،
 * مسؤول العلاقات في النادي), so that المركز's رئيس or المسؤول later refers to that person.
 */
function roleHoldersOf(people: PeopleResult, tokens: readonly Token[], lex: Lexicon): Map<string, [number, number][]> {
  const holders = new Map<string, [number, number][]>();
  const add = (word: string, start: number, person: number) => {
    // (keyed like the look-ups, on the normalised word: الطبيبة → طبيبه)
    const head = headKey(normalize(word));
    const list = holders.get(head) ?? [];
    list.push([start, person]);
    holders.set(head, list);
  };
  for (const c of people.clusters) {
    for (const m of c.mentions) {
      if (m.role) add(m.role.text.split(/\s+/)[0] ?? '', m.start, c.id);
      const after = wordAfterName(tokens, m.last);
      if (after && after.start !== m.role?.start && holdsRole(after, lex)) add(after.norm, m.start, c.id);
    }
  }
  for (const list of holders.values()) list.sort((a, b) => a[0] - b[0]);
  return holders;
}

/** The word right after a name's last token, across one comma. */
function wordAfterName(tokens: readonly Token[], last: number): Token | undefined {
  let j = last + 1;
  if (tokens[j]?.kind === 'punct' && (tokens[j].text === '،' || tokens[j].text === ',')) j++;
  return tokens[j]?.kind === 'word' ? tokens[j] : undefined;
}

/** A word that, set after a name, gives that person a role: a title head or a source word (مسؤول). */
function holdsRole(w: Token, lex: Lexicon): boolean {
  return lex.titleHeads.has(w.norm) || lex.anonymousHeads.has(w.norm);
}

/** How many entries of a list sorted by offset start before the given offset (binary search). */
function countBefore(list: readonly [number, number][], before: number): number {
  return partitionPoint(list.length, (i) => list[i][0] < before);
}

function findLast<T>(list: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let e = list.length - 1; e >= 0; e--) if (test(list[e])) return list[e];
  return undefined;
}
