// tagNames(tokens) → the spans of persons, organizations and places the learned tagger finds, each on the
// original text with any clitic (و ف ب ل ك) left outside. Two passes: Viterbi over each line, then a
// document pass that recognises a person's name everywhere once it was recognised somewhere.
import type { Lexicon } from '../lexicon';
import { PREPOSITION_HAMZA } from '../text';
import { offsetAfterLetters, type Token } from '../tokens';
import { cliticReadings, stemOfType } from './features';
import { KeyFilter, keyHash } from '../key-filter';
import { EmissionCache, emissions, loadModel, viterbi, type LinearModel, type ModelData } from './model';
import { O, isBegin, tagType, type NameType } from './tags';
import modelData from './model-data.json';
import type { DocLines, LineEntry, WordSet } from '../reuse';

export interface NameSpan {
  readonly start: number;
  readonly end: number;
  /** First and last token index (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly type: NameType;
  /** Found by the document pass (the same name tagged elsewhere in the article). */
  readonly propagated: boolean;
}

/** The bundled model and its emission cache (bounded): immutable data plus a memo, like the key memos. */
interface Tagger {
  readonly model: LinearModel;
  readonly cache: EmissionCache;
}

let bundled: Tagger | undefined;

/** The bundled tagger, built on first use. */
export function defaultTagger(): Tagger {
  bundled ??= makeTagger(modelData as ModelData);
  return bundled;
}

export function makeTagger(data: ModelData): Tagger {
  return { model: loadModel(data), cache: new EmissionCache() };
}

/** Token sequences the tagger decodes: the runs of non-break tokens (one line, one sequence). */
export function sequences(tokens: readonly Token[]): [start: number, end: number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].kind === 'break') {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/** Per-token tags of a whole document (line breaks get O). With `lines` (reuse.ts), each line's tags are
 *  kept by its text: a line is a sequence of its own, and its emissions read none of the tokens of
 *  another line (the window stops at the sequence's edges). */
export function tagTokens(tokens: readonly Token[], lex: Lexicon, tagger: Tagger = defaultTagger(), lines?: DocLines): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  if (lines) {
    for (let l = 0; l < lines.count; l++) {
      const s = lines.tokenStart[l];
      const e = lines.tokenEnd[l];
      if (e === s) continue;
      const entry = lines.entries[l];
      entry.tags ??= viterbi(tagger.model, emissions(tagger.model, tokens, lex, tagger.cache, s, e), e - s);
      tags.set(entry.tags, s);
    }
    return tags;
  }
  for (const [s, e] of sequences(tokens)) {
    const em = emissions(tagger.model, tokens, lex, tagger.cache, s, e);
    tags.set(viterbi(tagger.model, em, e - s), s);
  }
  return tags;
}

/** Groups BIO tags into [first, last, type] token ranges. */
export function tagRanges(tags: ArrayLike<number>): [first: number, last: number, type: NameType][] {
  const out: [number, number, NameType][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!isBegin(tags[i])) continue;
    const type = tagType(tags[i])!;
    let j = i;
    while (j + 1 < tags.length && tags[j + 1] !== O && !isBegin(tags[j + 1]) && tagType(tags[j + 1]) === type) j++;
    out.push([i, j, type]);
    i = j;
  }
  return out;
}

/**
 * How many leading letters of a name's first word are a clitic: the rest must be a word known as a name
 * (seen in names in training, in the lexicons, or standing alone elsewhere in the article), and the word
 * must not be a known name as it is (وليد is not و + ليد).
 */
export function cliticLength(norm: string, model: LinearModel, lex: Lexicon, docWords: WordSet,
  wholeWords: WordSet = EMPTY): number {
  const known = (w: string) => model.nameWords.has(w) || lex.givenNames.has(w) || lex.places.has(w) || lex.orgNames.has(w);
  // A word seen whole in names in training, a given name as written, or a word the article has inside a
  // tagged name (جو بايدن, so بايدن alone is not ب + ايدن) keeps its first letter.
  if (model.nameWords.has(norm) || lex.givenNames.has(norm) || wholeWords.has(norm)) return 0;
  const readings = cliticReadings(norm).filter(([, rest]) => !/^[ؤئء]/.test(rest));
  if (!readings.length) return 0;
  if (norm.startsWith('لل')) return 1;
  for (const [prefix, rest] of readings) if (known(rest) || docWords.has(rest)) return prefix.length;
  if (known(norm)) return 0;
  for (const [prefix, rest] of readings) if (rest.startsWith('ال')) return prefix.length;
  return 0;
}

const EMPTY: ReadonlySet<string> = new Set();
/** The clitics that split a tagged run into two names when the rest is a name word. */
const RUN_CLITIC = /^[وفل]/;

/** A preposition on a definite noun (بالقول, للاستقرار): the clitics and the article, or ل + ال contracted. */
const PREPOSITION_ARTICLE = /^([وف]?ب)ال|^([وف]?)لل/;

/**
 * Whether a word can stand inside a person's name after its first word: not a function word, and not a
 * preposition glued to a noun — one opening with a hamza, or the article on a noun the article also
 * writes without the preposition (باللاعبين beside اللاعبين; بالمييري, with no المييري, stays a name).
 * A word seen whole in names in training or a given name always can.
 */
export function insideName(t: Token, model: LinearModel, lex: Lexicon, docWords: WordSet): boolean {
  if (t.kind !== 'word') return true;
  if (model.nameWords.has(t.norm) || lex.givenNames.has(t.norm)) return true;
  if (lex.functionWords.has(t.norm)) return false;
  if (t.norm.length <= 4) return true;
  if (PREPOSITION_HAMZA.test(t.text)) return false;
  const m = PREPOSITION_ARTICLE.exec(t.norm);
  return !(m && docWords.has('ال' + t.norm.slice(m[0].length)));
}

/** The normalised words of a document's tokens. */
function wordsOf(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (t.kind === 'word') words.add(t.norm);
  return words;
}

/** Names in a document: tagged spans, then the document pass for persons. */
export function tagNames(tokens: readonly Token[], lex: Lexicon, tagger: Tagger = defaultTagger(), lines?: DocLines): NameSpan[] {
  const tags = tagTokens(tokens, lex, tagger, lines);
  const spans: NameSpan[] = [];
  const taken = new Uint8Array(tokens.length);
  let docWords: WordSet;
  let inner: WordSet;
  /** The span of tokens first..last once a clitic is cut off its first word, or null when nothing is left. */
  const span = (first: number, last: number, type: NameType, propagated: boolean): NameSpan | null => {
    const t = tokens[first];
    const cut = cliticLength(t.norm, tagger.model, lex, docWords, inner);
    const start = cut ? offsetAfterLetters(t, cut) : t.start;
    if (start >= tokens[last].end) return null;
    for (let k = first; k <= last; k++) taken[k] = 1;
    return { start, end: tokens[last].end, first, last, type, propagated };
  };
  /** The spans of the tagged runs of tokens [from, to). */
  const runs = (from: number, to: number) => {
    for (const [f, l, type] of tagRanges(from === 0 && to === tokens.length ? tags : tags.subarray(from, to))) {
      // A word behind و, ف or ل inside a run starts another name (بوتين لكيري is two people); a ب inside
      // a run is more often a name's own first letter than a preposition. A word that cannot be inside a
      // name ends the run there (دونالد ترامب بفرض: the name stops before the preposition).
      const first = from + f;
      const last = from + l;
      let start = first;
      for (let k = first + 1; k <= last + 1; k++) {
        const stop = k <= last && type === 'PER' && !insideName(tokens[k], tagger.model, lex, docWords);
        if (k <= last && !stop && !(tokens[k].kind === 'word' && RUN_CLITIC.test(tokens[k].norm) && cliticLength(tokens[k].norm, tagger.model, lex, docWords) > 0)) continue;
        if (k - 1 >= start) { const s = span(start, k - 1, type, false); if (s) spans.push(s); }
        start = stop ? k + 1 : k;
      }
    }
  };
  if (lines) {
    // Each line's runs give the same spans while the words they asked of the document answer the same.
    docWords = lines.words();
    inner = lines.union(innerWordsOf);
    const outerWords = docWords;
    const outerInner = inner;
    for (let l = 0; l < lines.count; l++) {
      const from = lines.tokenStart[l];
      const to = lines.tokenEnd[l];
      if (from === to) continue;
      const entry = lines.entries[l];
      const base = lines.starts[l];
      const kept = entry.tagSpans;
      if (kept && answersHold(kept.words, outerWords) && answersHold(kept.inner, outerInner)) {
        for (const r of kept.spans) {
          for (let k = from + r.first; k <= from + r.last; k++) taken[k] = 1;
          spans.push({ start: base + r.start, end: base + r.end, first: from + r.first, last: from + r.last, type: r.type, propagated: false });
        }
        continue;
      }
      const askedWords = new AskedSet(outerWords);
      const askedInner = new AskedSet(outerInner);
      docWords = askedWords;
      inner = askedInner;
      const before = spans.length;
      runs(from, to);
      docWords = outerWords;
      inner = outerInner;
      entry.tagSpans = {
        words: askedWords.answers(), inner: askedInner.answers(),
        spans: spans.slice(before).map((x) => ({ start: x.start - base, end: x.end - base, first: x.first - from, last: x.last - from, type: x.type })),
      };
    }
  } else {
    docWords = wordsOf(tokens);
    // Words inside a tagged person's name after its first word (not behind a clitic that splits a run).
    const words = new Set<string>();
    for (const [f, l, type] of tagRanges(tags)) if (type === 'PER') for (let k = f + 1; k <= l; k++) if (tokens[k].kind === 'word' && !RUN_CLITIC.test(tokens[k].norm)) words.add(tokens[k].norm);
    inner = words;
    runs(0, tokens.length);
  }
  agreeTypes(tokens, spans);
  extendPersons(tokens, spans, taken, (f, l) => span(f, l, 'PER', false));
  propagatePersons(tokens, lex, spans, taken, (f, l) => span(f, l, 'PER', true), lines);
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** What a line keeps of the tagger's document pass (reuse.ts): its runs' spans (offsets from the line's
 *  start, tokens from its first) and the words they asked of the document and of the persons' inner
 *  words, with the answers. The spans are a function of the line's tokens and tags and of those answers. */
export interface LineTagSpans {
  readonly words: Answers;
  readonly inner: Answers;
  readonly spans: readonly { readonly start: number; readonly end: number; readonly first: number; readonly last: number; readonly type: NameType }[];
}

interface Answers {
  readonly keys: readonly string[];
  readonly answers: readonly boolean[];
}

/** A set that notes what it was asked, with its first answer to each. */
class AskedSet implements WordSet {
  private readonly asked = new Map<string, boolean>();
  constructor(private readonly set: WordSet) {}
  has(word: string): boolean {
    const has = this.set.has(word);
    if (!this.asked.has(word)) this.asked.set(word, has);
    return has;
  }
  answers(): Answers {
    return { keys: [...this.asked.keys()], answers: [...this.asked.values()] };
  }
}

function answersHold(a: Answers, set: WordSet): boolean {
  for (let k = 0; k < a.keys.length; k++) if (set.has(a.keys[k]) !== a.answers[k]) return false;
  return true;
}

/** The words inside a line's tagged persons after their first word, not behind a clitic that splits a
 *  run (cliticLength's wholeWords): a line's share of the document's (DocLines.union). */
function innerWordsOf(entry: LineEntry): readonly string[] {
  const { tags, tokens } = entry;
  if (!tags || !tokens) return [];
  const out = new Set<string>();
  for (const [f, l, type] of tagRanges(tags)) {
    if (type !== 'PER') continue;
    for (let k = f + 1; k <= l; k++) {
      const norm = tokens.forms[k].type.norm;
      if (tokens.kinds[k] === 'word' && !RUN_CLITIC.test(norm)) out.add(norm);
    }
  }
  return [...out];
}

/** One word, one type in an article: a one-word name takes the type the tagger gave that word most often. */
function agreeTypes(tokens: readonly Token[], spans: NameSpan[]): void {
  const votes = new Map<string, Record<NameType, number>>();
  const keyOf = (s: NameSpan) => (s.first === s.last ? stemOfType(tokens[s.first].type) : null);
  for (const s of spans) {
    const k = keyOf(s) ?? stemOfType(tokens[s.last].type);
    const v = votes.get(k) ?? { PER: 0, ORG: 0, LOC: 0 };
    v[s.type]++;
    votes.set(k, v);
  }
  spans.forEach((s, i) => {
    const k = keyOf(s);
    if (!k) return;
    const v = votes.get(k)!;
    const best = (Object.keys(v) as NameType[]).reduce((a, b) => (v[b] > v[a] ? b : a), s.type);
    if (best !== s.type) spans[i] = { ...s, type: best };
  });
}

/**
 * A person's name tagged in part where the article writes the whole of a longer name tagged elsewhere
 * (سامر نوفل tagged, then only سامر of a later سامر نوفل) takes the whole name.
 */
function extendPersons(tokens: readonly Token[], spans: NameSpan[], taken: Uint8Array,
  make: (first: number, last: number) => NameSpan | null): void {
  const key = (k: number) => stemOfType(tokens[k].type);
  // The longer names, each once, indexed by each of their words (with its place in the name).
  const names = new Map<string, string[]>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.last === s.first) continue;
    const words: string[] = [];
    for (let k = s.first; k <= s.last; k++) words.push(k === s.first ? key(k) : tokens[k].norm);
    names.set(words.join(' '), words);
  }
  if (!names.size) return;
  const byWord = new Map<string, [words: string[], at: number][]>();
  for (const words of names.values()) words.forEach((w, j) => { const list = byWord.get(w) ?? []; list.push([words, j]); byWord.set(w, list); });
  spans.forEach((s, i) => {
    if (s.type !== 'PER') return;
    const n = s.last - s.first + 1;
    let best: [number, number] | null = null;
    const candidates = [...(byWord.get(key(s.first)) ?? []), ...(byWord.get(tokens[s.first].norm) ?? [])];
    for (const [words, j] of candidates) {
      if (words.length <= n || (best && words.length <= best[1] - best[0] + 1)) continue;
      const first = s.first - j;
      const last = first + words.length - 1;
      if (first < 0 || last >= tokens.length || last < s.last) continue;
      let ok = true;
      for (let k = first; k <= last && ok; k++) {
        const inside = k >= s.first && k <= s.last;
        if (tokens[k].kind !== 'word' || (!inside && taken[k])) ok = false;
        else if ((k === first ? key(k) : tokens[k].norm) !== words[k - first]) ok = false;
      }
      if (ok) best = [first, last];
    }
    if (!best) return;
    const wider = make(best[0], best[1]);
    if (wider) spans[i] = wider;
  });
}

/**
 * The document pass: a person's full name, or its last word (the family name), written again where the
 * tagger left it untagged is the same person's mention — after the first tagged mention, or in the headline.
 */
function propagatePersons(tokens: readonly Token[], lex: Lexicon, spans: NameSpan[], taken: Uint8Array,
  make: (first: number, last: number) => NameSpan | null, lines?: DocLines): void {
  // A family name counts from the first tagged person that ends with it (an article names a person in
  // full before it shortens the name), and anywhere in the headline (the first line).
  const family = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    const last = stemOfType(tokens[s.last].type);
    const lastPlain = tokens[s.last].norm;
    for (const w of [last, lastPlain]) {
      if (w.length >= 3 && !lex.functionWords.has(w) && !lex.titleHeads.has(w) && !lex.places.has(w) && !lex.orgHeads.has(w)) family.set(w, Math.min(family.get(w) ?? Infinity, s.start));
    }
  }
  if (!family.size) return;
  // Most words are no family name: the filter rules them out before the map is asked (with `lines`,
  // from the hashes each line keeps, without reading the tokens).
  const filter = new KeyFilter(family.keys());
  const at = (i: number) => {
    const t = tokens[i];
    if (t.kind !== 'word') return;
    const from = Math.min(family.get(t.norm) ?? Infinity, family.get(stemOfType(t.type)) ?? Infinity);
    if (from < t.start || (from !== Infinity && t.line === 0)) {
      const s = make(i, i);
      if (s) spans.push(s);
    }
  };
  if (lines) {
    for (let l = 0; l < lines.count; l++) {
      const from = lines.tokenStart[l];
      const to = lines.tokenEnd[l];
      const entry = lines.entries[l];
      const hashes = (entry.nameHashes ??= nameHashes(tokens, from, to));
      for (let j = 0; j < to - from; j++) {
        if (taken[from + j] || (!filter.mayHave(hashes[2 * j]) && !filter.mayHave(hashes[2 * j + 1]))) continue;
        at(from + j);
      }
    }
    return;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || taken[i]) continue;
    const type = t.type;
    if (!filter.mayHave(type.hash ??= keyHash(type.norm)) && !filter.mayHave(type.stemHash ??= keyHash(stemOfType(type)))) continue;
    at(i);
  }
}

/** keyHash of each token's word and stem, two per token (a line's, for propagatePersons). */
function nameHashes(tokens: readonly Token[], from: number, to: number): Int32Array {
  const out = new Int32Array(2 * (to - from));
  for (let k = from; k < to; k++) {
    const type = tokens[k].type;
    out[2 * (k - from)] = type.hash ??= keyHash(type.norm);
    out[2 * (k - from) + 1] = type.stemHash ??= keyHash(stemOfType(type));
  }
  return out;
}
