// The person clusters of one document and their index by name-word key: the known persons first, then
// each mention joins the cluster whose name it matches best (the same words, or a short form with the
// same family name) or opens a new one. A cluster takes the fullest name it is given.
import type { KnownPerson } from '../types';
import type { Lexicon } from '../lexicon';
import { phoneticKey } from '../text';
import type { NameMention, PersonCluster } from '../people';

/** The phonetic keys of a name's words. */
export function nameKeys(name: string): string[] {
  return name.split(/\s+/).filter(Boolean).map((w) => phoneticKey(w));
}

/** 3: same words; 2: one is the other's short form (its words inside, same family name); 0: different people. */
export function matchScore(a: readonly string[], b: readonly string[]): number {
  if (a.length === b.length && a.every((k, i) => k === b[i])) return 3;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (small.every((k) => big.includes(k)) && small[small.length - 1] === big[big.length - 1]) return 2;
  return 0;
}

/** Where a cluster was last mentioned, or -1. */
export function lastMention(c: PersonCluster): number {
  return c.mentions.length ? c.mentions[c.mentions.length - 1].start : -1;
}

/** A one-word mention that spells the first name of a person named in full before it (كيم after كيم
 *  فولر): a feature's or a sports report's way of naming that person again. */
export function firstNameOf(m: NameMention, c: PersonCluster): boolean {
  return m.keys.length === 1 && !c.chain && c.keys.length >= 2 && c.keys[0] === m.keys[0] && c.mentions.some((x) => x.start < m.start && x.keys.length >= 2);
}

/** The keys asked of a ClusterIndex while one line's names are found, each with its first answer, except
 *  those of the line's own mentions (`own`), which the index holds once they are filed whatever came before. */
export interface KeyRecorder {
  readonly asked: Map<string, boolean>;
  readonly own: Set<string>;
}

export class ClusterIndex {
  /** Every cluster, by id (renumbered only by finish). */
  readonly clusters: PersonCluster[] = [];
  /** Clusters by each of their name words' keys. */
  private readonly byKey = new Map<string, Set<PersonCluster>>();

  constructor(private readonly lex: Lexicon, known: readonly KnownPerson[] = []) {
    for (const kp of known) this.addKnown(kp);
  }

  /** While set, what hasKey is asked (people/mentions.ts keeps a line's rule results with it). */
  recorder: KeyRecorder | undefined = undefined;

  /** Some cluster has a name word with this key. */
  hasKey(key: string): boolean {
    const has = this.byKey.has(key);
    const r = this.recorder;
    if (r && !r.own.has(key) && !r.asked.has(key)) r.asked.set(key, has);
    return has;
  }

  /** Every key some cluster's name word has. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  /** The clusters with a name word with this key. */
  withKey(key: string): ReadonlySet<PersonCluster> {
    return this.byKey.get(key) ?? new Set();
  }

  /** Puts the mention in the cluster it matches best, or in a new one; sets its person. */
  assign(m: NameMention): void {
    let best = this.bestMatch(m);
    if (!best) {
      best = { id: this.clusters.length, name: m.text, keys: [...m.keys], mentions: [], roles: [], chain: this.isChain(m.keys) };
      this.clusters.push(best);
      this.index(best, best.keys);
    } else if (m.keys.length > best.keys.length) {
      best.keys = [...m.keys];
      best.name = m.text;
      best.chain = this.isChain(m.keys);
      this.index(best, best.keys);
    }
    m.person = best.id;
    best.mentions.push(m);
  }

  /** Sorts each cluster's mentions, gathers their roles, drops the clusters never mentioned and numbers
   *  the others in order of first mention; returns them and the mentions by first token. */
  finish(): { clusters: PersonCluster[]; byFirstToken: Map<number, NameMention> } {
    for (const c of this.clusters) {
      c.mentions.sort((a, b) => a.start - b.start);
      for (const m of c.mentions) if (m.role && !c.roles.includes(m.role.text)) c.roles.push(m.role.text);
    }
    const live = this.clusters.filter((c) => c.mentions.length > 0);
    live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    const clusters = live.map((c, id) => {
      const n: PersonCluster = { ...c, id };
      for (const m of n.mentions) m.person = id;
      return n;
    });
    const byFirstToken = new Map<number, NameMention>();
    for (const c of clusters) for (const m of c.mentions) byFirstToken.set(m.first, m);
    return { clusters, byFirstToken };
  }

  /** A known person's cluster; the other spellings the newsroom knows point to it too. */
  private addKnown(kp: KnownPerson): void {
    const keys = nameKeys(kp.name);
    if (!keys.length) return;
    const c: PersonCluster = { id: this.clusters.length, name: kp.name, keys, mentions: [], roles: kp.role ? [kp.role] : [], chain: this.isChain(keys), aliases: (kp.aliases ?? []).map(nameKeys) };
    this.clusters.push(c);
    this.index(c, c.keys);
    for (const alias of kp.aliases ?? []) this.index(c, nameKeys(alias));
  }

  /** The best-scoring cluster for a mention; on a tie the one mentioned last. Every candidate shares
   *  the mention's last word (see matchScore). */
  private bestMatch(m: NameMention): PersonCluster | undefined {
    let best: PersonCluster | undefined;
    let bestScore = 0;
    for (const c of this.byKey.get(m.keys[m.keys.length - 1]) ?? []) {
      const s = this.score(m, c);
      if (s > bestScore || (s === bestScore && s > 0 && best && lastMention(c) > lastMention(best))) { best = c; bestScore = s; }
    }
    return best;
  }

  /** How well a mention matches a cluster: matchScore, or a chain's first name after a title
   *  (الشيخ خالد for الشيخ خالد بن ناصر آل حمدان), or a spelling the newsroom listed. */
  private score(m: NameMention, c: PersonCluster): number {
    let s = matchScore(m.keys, c.keys);
    if (!s && c.chain && m.keys.length === 1 && m.role && c.keys[0] === m.keys[0]) s = 2;
    if (!s && c.aliases?.some((a) => a.length === m.keys.length && a.every((k, x) => k === m.keys[x]))) s = 3;
    if (!s && firstNameOf(m, c)) s = 1;
    return s;
  }

  private isChain(keys: readonly string[]): boolean {
    return keys.some((k) => this.lex.particles.has(k));
  }

  private index(c: PersonCluster, keys: readonly string[]): void {
    for (const k of keys) {
      const set = this.byKey.get(k);
      if (set) set.add(c); else this.byKey.set(k, new Set([c]));
    }
  }
}
