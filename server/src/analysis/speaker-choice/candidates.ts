// Candidate speakers of a speech quote, each with the features the learned scorer weighs.
//
// The candidates are every entity named near the quote (persons from the name clusters, bodies and
// unnamed sources from the cue subjects) in its paragraph and the one before, a few words after it in
// its sentence, and whoever the rules pointed at (the cue before it, the cue after it, a name and a
// colon, the enclosing quote, the previous speaker). One more candidate stands for "nobody": a quote the
// article credits to no one. Features describe where the candidate's nearest mention sits (words and
// paragraphs away, before or after the cue and the quote, after a preposition or a clitic, inside
// another quote, in apposition to a role), what the rules said of it, and how often it spoke before.
// They are strings; the scorer maps them to learned weights.
import type { EntityType } from '../types';
import type { Doc } from '../document';
import type { PeopleResult } from '../people';
import type { EntityDraft } from '../speakers';
import type { AttributionDraft } from '../attribution';
import type { CueIndex } from '../cue-index';
import { tokenIndexAt } from '../tokens';
import { OBJECT_PREPOSITIONS as SPOKEN_TO } from '../speakers/subjects';
import { normalize } from '../text';
import { partitionPoint } from '../search';
import { BREAK } from '../token-classes';

export interface Candidate {
  /** Entity id, or null for "nobody". */
  readonly entity: number | null;
  readonly features: readonly string[];
  /** Each feature also counts conjoined with each of these (its type, what the rules did): "p|f" (no
   *  feature name holds a "|"). */
  readonly prefixes: readonly string[];
}

/** Every feature of a candidate as the scorer's weights name them: the features, then each conjoined
 *  with each prefix. */
export function allFeatures(c: Candidate): string[] {
  return [...c.features, ...c.prefixes.flatMap((p) => c.features.map((f) => `${p}|${f}`))];
}

/** One mention of an entity, as token positions. */
interface Place {
  readonly entity: number;
  readonly first: number;
  readonly last: number;
  readonly role: boolean;
  /** A clitic is glued to the name's first word (لبوتين، وبوتين). */
  readonly clitic: string;
}

/** Everything the candidate features read, built once per document. */
export interface CandidateContext {
  readonly doc: Doc;
  readonly entities: readonly EntityDraft[];
  readonly cues: CueIndex;
  /** The rules' attribution of every quote (whatever its kind). */
  readonly rules: readonly (AttributionDraft | null)[];
  /** Mentions of all entities, by first token. */
  readonly places: readonly Place[];
  /** Paragraph number per token (blank lines do not count). */
  readonly paragraph: Uint32Array;
  /** Per entity: first tokens of the cues that named it as their subject, in order. */
  readonly spoke: ReadonlyMap<number, readonly number[]>;
  /** Per quote: the rules' speaker of the previous speech quote that had one. */
  readonly previous: readonly (number | null)[];
  /** Per entity: how many mentions it has. */
  readonly frequency: ReadonlyMap<number, number>;
  /** Per entity, where it is known: a person's from a role (الوزيرة → f, الوزير → m), a body's head in ة. */
  readonly gender: ReadonlyMap<number, 'm' | 'f'>;
}

/** Words after which a name is spoken to or about, not the speaker (مع، عن، إلى، على …). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([...SPOKEN_TO, 'من', 'في', 'امام', 'بحق', 'تجاه']);
/** How far back and forward the candidates are looked for. */
const PARAGRAPHS_BACK = 1;
const WORDS_AFTER = 12;
const MAX_BACK_TOKENS = 200;

export function candidateContext(doc: Doc, people: PeopleResult, entities: readonly EntityDraft[], cues: CueIndex, rules: readonly (AttributionDraft | null)[], speech: readonly boolean[]): CandidateContext {
  const { tokens } = doc;
  const places: Place[] = [];
  for (const c of people.clusters) {
    for (const m of c.mentions) {
      places.push({ entity: m.person, first: m.first, last: m.last, role: !!m.role, clitic: m.start > tokens[m.first].start ? tokens[m.first].norm[0] : '' });
    }
  }
  for (const e of entities) {
    if (e.type === 'person') continue;
    for (const p of e.phrases) {
      const first = tokenIndexAt(tokens, p.start);
      const last = Math.max(first, tokenIndexAt(tokens, p.end - 1));
      places.push({ entity: e.id, first, last, role: false, clitic: '' });
    }
  }
  places.sort((a, b) => a.first - b.first || a.last - b.last);
  const frequency = new Map<number, number>();
  for (const p of places) frequency.set(p.entity, (frequency.get(p.entity) ?? 0) + 1);

  // A new paragraph at the first token of each line that holds more than its line break (a token that
  // is no break, right after a break: lines are numbered on at each break).
  const paragraph = new Uint32Array(tokens.length);
  const classes = doc.classes;
  let para = 0;
  let seen = false;
  for (let t = 0; t < tokens.length; t++) {
    if (!(classes[t] & BREAK) && (t === 0 || classes[t - 1] & BREAK)) {
      if (seen) para++;
      seen = true;
    }
    paragraph[t] = para;
  }

  const spoke = new Map<number, number[]>();
  for (const c of cues.at.values()) {
    if (c.entity === null || !c.explicit) continue;
    const list = spoke.get(c.entity) ?? [];
    list.push(c.token);
    spoke.set(c.entity, list);
  }
  for (const list of spoke.values()) list.sort((a, b) => a - b);

  const previous: (number | null)[] = [];
  let last: number | null = null;
  rules.forEach((r, qi) => {
    previous.push(last);
    if (r && speech[qi]) last = r.entity;
  });
  return { doc, entities, cues, rules, places, paragraph, spoke, previous, frequency, gender: gendersOf(people, entities) };
}

/** The candidates for quote qi: every entity named nearby, those the rules point at, and "nobody". */
export function candidatesFor(ctx: CandidateContext, qi: number): Candidate[] {
  const { doc, rules, cues } = ctx;
  const q = doc.quotes[qi];
  const { tokens } = doc;
  const rule = rules[qi];
  const sentenceCue = cues.inSentence[qi];
  const lineCue = cues.inLine[qi];
  const parentRule = q.parent >= 0 ? rules[q.parent] : null;

  // Nearest mention of each entity before the quote (in this paragraph or the one before) and after it.
  const before = new Map<number, Place>();
  const after = new Map<number, Place>();
  const firstPara = Math.max(0, ctx.paragraph[q.openTok] - PARAGRAPHS_BACK);
  const lo = lowerBound(ctx.places, q.openTok - MAX_BACK_TOKENS);
  for (let i = lo; i < ctx.places.length; i++) {
    const p = ctx.places[i];
    if (p.first >= q.openTok) break;
    if (ctx.paragraph[p.first] < firstPara) continue;
    if (doc.depth[p.first] > doc.depth[q.openTok]) continue; // inside another quote
    before.set(p.entity, p);
  }
  const afterEnd = Math.min(tokens.length, q.closeTok + 1 + WORDS_AFTER);
  for (let i = lowerBound(ctx.places, q.closeTok + 1); i < ctx.places.length; i++) {
    const p = ctx.places[i];
    if (p.first >= afterEnd || doc.sentence[p.first] !== doc.sentence[q.closeTok]) break;
    if (!after.has(p.entity)) after.set(p.entity, p);
  }

  const ids = new Set<number>([...before.keys(), ...after.keys()]);
  for (const id of [rule?.entity, sentenceCue?.entity, lineCue?.entity, parentRule?.entity, ctx.previous[qi]]) {
    if (id !== undefined && id !== null) ids.add(id);
  }
  // Rank of each entity by the distance of its nearest mention before the quote (0 = nearest); the first
  // entity named in the quote's sentence, not as an object, before the quote (the sentence's topic); a
  // name set off by commas right after the cue's subject (قال المتحدث، فلان، …), which is that subject.
  const nearest = [...before.values()].sort((a, b) => b.last - a.last);
  const rank = new Map(nearest.map((p, i) => [p.entity, i]));
  const subjectEnd = sentenceCue?.subject ? tokenIndexAt(tokens, sentenceCue.subject.end - 1) : -1;
  let topic: number | undefined;
  let appositive: number | undefined;
  for (let i = nearest.length - 1; i >= 0; i--) {
    const p = nearest[i];
    if (topic === undefined && doc.sentence[p.first] === doc.sentence[q.openTok] && !isObject(ctx, p)) topic = p.entity;
    if (appositive === undefined && subjectEnd >= 0 && p.first > subjectEnd && p.first <= subjectEnd + 2 && isComma(tokens[subjectEnd + 1])) appositive = p.entity;
  }

  const out: Candidate[] = [];
  for (const id of ids) {
    const type: EntityType = ctx.entities[id]?.type ?? 'person';
    const f: string[] = [];
    if (rule && rule.entity === id) f.push(`rule:${rule.method}`);
    if (sentenceCue && sentenceCue.entity === id) f.push(sentenceCue.explicit ? 'cue:sentence:named' : 'cue:sentence:implicit');
    if (lineCue && lineCue.entity === id && lineCue !== sentenceCue) f.push(lineCue.explicit ? 'cue:line:named' : 'cue:line:implicit');
    if (parentRule && parentRule.entity === id) f.push('enclosing');
    if (ctx.previous[qi] === id) f.push('previous');
    if (topic === id) f.push('topic');
    if (appositive === id) f.push('appositive');
    if (appositive !== undefined && sentenceCue?.entity === id) f.push('has-appositive');
    // (only a clash: agreement mostly says that a role was written, which other features tell)
    const g = ctx.gender.get(id);
    if (g && sentenceCue?.gender && g !== sentenceCue.gender) f.push('gender:clashes');
    const b = before.get(id);
    if (b) {
      // Where the nearest mention sits, with separate weights when it is the object of a preposition or
      // carries one (مع فلان، لفلان): someone spoken to or about.
      const place = [BEFORE[band(q.openTok - b.last)], `paragraphs:${Math.min(2, ctx.paragraph[q.openTok] - ctx.paragraph[b.first])}`, RANK[Math.min(3, rank.get(id)!)]];
      if (doc.sentence[b.first] === doc.sentence[q.openTok]) place.push('same-sentence');
      if (sentenceCue) {
        if (b.first > sentenceCue.token) place.push(AFTER_CUE[band(b.first - sentenceCue.token)]);
        else if (doc.sentence[b.first] === doc.sentence[sentenceCue.token]) place.push('before-cue');
      }
      f.push(...(isObject(ctx, b) ? place.map((x) => `object:${x}`) : place));
      f.push(...mentionShape(ctx, b));
    } else f.push('not-before');
    const a = after.get(id);
    if (a) {
      f.push(AFTER[band(a.first - q.closeTok)]);
      if (cues.at.has(a.first - 1)) f.push('after:right-after-cue');
    }
    const spoken = countBefore(ctx.spoke.get(id), q.openTok);
    f.push(`spoke:${Math.min(3, spoken)}`, `frequency:${Math.min(5, ctx.frequency.get(id) ?? 0)}`);
    // Each feature alone and with the candidate's type.
    // … and with what the rules did: whether they chose it, and by which method.
    const ruled = rule ? (rule.entity === id ? `chosen:${rule.method}` : `other:${rule.method}`) : 'unruled';
    out.push({ entity: id, features: [`type:${type}`, ...f], prefixes: [type, ruled] });
  }
  const opensParagraph = !tokens[q.openTok - 1] || tokens[q.openTok - 1].kind === 'break';
  const nobody = ['nobody', `nobody:rule:${rule?.method ?? 'none'}`, `nobody:cue:${sentenceCue ? 'yes' : 'no'}`, `nobody:candidates:${Math.min(4, ids.size)}`, `nobody:opens-paragraph:${opensParagraph}`];
  if (q.parent >= 0) nobody.push('nobody:nested');
  out.push({ entity: null, features: nobody, prefixes: [] });
  return out;

  /** How many of the sorted list are before tok, counted up to 3 (all the feature tells): a name
   *  that speaks all through a long text would otherwise be counted again for every quote. */
  function countBefore(list: readonly number[] | undefined, tok: number): number {
    if (!list) return 0;
    let n = 0;
    for (const t of list) { if (t < tok && n < 3) n++; else break; }
    return n;
  }
}

function gendersOf(people: PeopleResult, entities: readonly EntityDraft[]): Map<number, 'm' | 'f'> {
  const out = new Map<number, 'm' | 'f'>();
  for (const c of people.clusters) {
    const role = c.mentions.find((m) => m.role)?.role;
    if (role) out.set(c.id, normalize(role.text.split(/\s+/)[0] ?? '').endsWith('ه') ? 'f' : 'm');
  }
  for (const e of entities) if (e.type !== 'person' && e.head.endsWith('ه')) out.set(e.id, 'f');
  return out;
}

/** A mention after a preposition or with one glued to it (مع فلان، لفلان، بفلان). */
function isObject(ctx: CandidateContext, p: Place): boolean {
  const prev = ctx.doc.tokens[p.first - 1];
  return p.clitic === 'ل' || p.clitic === 'ب' || (!!prev && prev.kind === 'word' && OBJECT_PREPOSITIONS.has(prev.norm));
}

/** What stands around one mention: a glued clitic, a preposition, a cue or a role before it, a comma. */
function mentionShape(ctx: CandidateContext, p: Place): string[] {
  const { tokens } = ctx.doc;
  const f: string[] = [];
  if (p.clitic) f.push(`clitic:${p.clitic}`);
  if (p.role) f.push('role');
  const prev = tokens[p.first - 1];
  if (prev) {
    if (prev.kind === 'word' && OBJECT_PREPOSITIONS.has(prev.norm)) f.push('after-preposition');
    if (ctx.cues.at.has(p.first - 1)) f.push('right-after-cue');
    if (prev.kind === 'punct' && (prev.text === '،' || prev.text === ',')) f.push('after-comma');
    if (prev.kind === 'break' || (prev.kind === 'punct' && /[.!?؟:]/.test(prev.text))) f.push('opens-sentence');
  } else f.push('opens-sentence');
  const next = tokens[p.last + 1];
  if (next?.kind === 'punct' && next.text === ':') f.push('before-colon');
  if (next?.kind === 'punct' && (next.text === '،' || next.text === ',')) f.push('before-comma');
  return f;
}

function isComma(t: { kind: string; text: string } | undefined): boolean {
  return !!t && t.kind === 'punct' && (t.text === '،' || t.text === ',');
}

/** Word distances in a few bands: 0–3 each, 4-6, 7-10, 11-20, 21-40, 41+. */
const BANDS = ['0', '1', '2', '3', '4-6', '7-10', '11-20', '21-40', '41+'];
function band(n: number): number {
  if (n <= 3) return Math.max(0, n);
  return n <= 6 ? 4 : n <= 10 ? 5 : n <= 20 ? 6 : n <= 40 ? 7 : 8;
}
/** The banded features' names, made once. */
const BEFORE = BANDS.map((b) => `before:${b}`);
const AFTER = BANDS.map((b) => `after:${b}`);
const AFTER_CUE = BANDS.map((b) => `after-cue:${b}`);
const RANK = [0, 1, 2, 3].map((r) => `rank:${r}`);

function lowerBound(places: readonly Place[], tok: number): number {
  return partitionPoint(places.length, (i) => places[i].first < tok);
}
