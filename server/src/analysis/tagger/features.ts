// Features of the name tagger. A token's features are the union of its neighbours' word-type features,
// each prefixed by the neighbour's offset (-2 … +2): everything is a function of word types, so the
// tagger can cache one score vector per (offset, word type) and never recompute a feature for a word
// it has seen (Arabic news repeats its words).
//
// The training corpus splits clitics into tokens and articles do not: training text is rejoined to the
// article form first (scripts/train/newsfane.ts), so these features only ever see words as written.
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokens';
import type { WordType } from '../word-types';

/** Context window of the tagger: word-type features at these offsets. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

/** Clitic prefixes that can stand before a name, longest first. */
const PREFIXES = ['وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Every reading of a word as clitic prefix + rest, shortest prefix first (the word itself excluded). */
export function cliticReadings(norm: string): [prefix: string, rest: string][] {
  const out: [string, string][] = [];
  for (const p of PREFIXES) if (norm.length - p.length >= 3 && norm.startsWith(p)) out.push([p, norm.slice(p.length)]);
  out.sort((a, b) => a[0].length - b[0].length);
  if (norm.startsWith('لل') && norm.length > 3) out.unshift(['ل', 'ال' + norm.slice(2)]);
  return out;
}

/** stem(norm)[1] of a word's record (kept in it). */
export function stemOfType(type: WordType): string {
  return (type.stem ??= stem(type.norm)[1]);
}

/** The word with one clitic prefix removed (وبالرئيس → الرئيس, لبوتين → بوتين), or itself. */
export function stem(norm: string): [prefix: string, stem: string] {
  if (norm.startsWith('لل') && norm.length > 3) return ['ل', 'ال' + norm.slice(2)];
  for (const p of PREFIXES) if (norm.length - p.length >= 3 && norm.startsWith(p)) return [p, norm.slice(p.length)];
  return ['', norm];
}

function shape(norm: string): string {
  if (/^[\u0621-\u064a]+$/.test(norm)) return 'ar';
  if (/^[0-9\u0660-\u0669]+$/.test(norm)) return 'num';
  if (/^[A-Za-z]+$/.test(norm)) return /^[A-Z]/.test(norm) ? 'Lat' : 'lat';
  if (/^\p{P}$/u.test(norm)) return 'p';
  return 'mix';
}

/** Lexicon memberships of one key, as short feature names. */
function memberships(key: string, lex: Lexicon, out: string[], tag: string): void {
  if (lex.givenNames.has(key)) out.push(tag + 'given');
  if (lex.foreignGiven.has(key)) out.push(tag + 'foreign');
  if (lex.ambiguousGiven.has(key)) out.push(tag + 'ambig');
  if (lex.titleHeads.has(key)) out.push(tag + 'title');
  if (lex.honorificTitles.has(key)) out.push(tag + 'honor');
  if (lex.roleAdjectives.has(key)) out.push(tag + 'roleadj');
  if (lex.reportingForms.has(key)) out.push(tag + 'verb');
  if (lex.functionWords.has(key)) out.push(tag + 'fn');
  if (lex.places.has(key)) out.push(tag + 'place');
  if (lex.orgHeads.has(key)) out.push(tag + 'orghead');
  if (lex.orgNames.has(key)) out.push(tag + 'org');
  if (lex.particles.has(key)) out.push(tag + 'particle');
  if (lex.anonymousHeads.has(key)) out.push(tag + 'anon');
  if (lex.institutionHeads.has(key)) out.push(tag + 'inst');
  if (lex.notNames.has(key)) out.push(tag + 'notname');
}

/**
 * The features of a word type without their offset prefix, in three groups: those taken at every offset
 * of the window, those taken at offsets -1 … +1 only, and those of the tagged token itself. `norm` is the
 * token's normalised key (punctuation keeps its character); `marked` is true when the word as written
 * carries tanween.
 */
export function wordFeatures(norm: string, lex: Lexicon, marked = false): [all: string[], near: string[], center: string[]] {
  const [prefix, s] = stem(norm);
  const all: string[] = ['s=' + s, 'sh=' + shape(norm)];
  memberships(s, lex, all, '');
  if (prefix) memberships(norm, lex, all, 'w');
  if (s.startsWith('ال')) all.push('art');
  const near = ['w=' + norm, 'p=' + prefix, 'x2=' + s.slice(-2), 'x3=' + s.slice(-3)];
  if (s.startsWith('ال') && s.length > 4) near.push('as=' + s.slice(2));
  const center = ['b', 'x1=' + s.slice(-1), 'a2=' + s.slice(0, 2), 'a3=' + s.slice(0, 3), 'len=' + Math.min(s.length, 9)];
  if (s.length > 4) center.push('x4=' + s.slice(-4), 'a4=' + s.slice(0, 4));
  if (marked) center.push('tanween');
  if (/(ه|ها|هم|هما|كم|هن)$/.test(norm) && !lex.givenNames.has(norm)) center.push('poss');
  return [all, near, center];
}

/**
 * A word's class for the class n-gram features: its lexicon memberships (given+place), or else its shape
 * (punctuation as itself, Arabic with or without the article), behind the clitic it carries.
 */
export function wordClass(norm: string, lex: Lexicon): string {
  const [prefix, s] = stem(norm);
  const m: string[] = [];
  memberships(s, lex, m, '');
  if (!m.length && prefix) memberships(norm, lex, m, '');
  const sh = shape(norm);
  const body = m.length ? m.join('+') : sh === 'p' ? 'p' + norm : sh + (s.startsWith('ال') ? 'al' : '');
  return prefix ? prefix + ':' + body : body;
}

/** The prefix of a feature taken at an offset from the tagged token ('' at the token itself). */
export function offsetPrefix(offset: number): string {
  return offset === 0 ? '' : `${offset}:`;
}

/** Which groups of wordFeatures apply at an offset. */
export function groupsAt(offset: number): [near: boolean, center: boolean] {
  return [Math.abs(offset) <= 1, offset === 0];
}

/** Features of a word type seen at an offset from the tagged token (see wordFeatures). */
export function typeFeatures(norm: string, offset: number, lex: Lexicon, marked = false): string[] {
  const o = offsetPrefix(offset);
  const [all, near, center] = wordFeatures(norm, lex, marked);
  const [useNear, useCenter] = groupsAt(offset);
  return [...all, ...(useNear ? near : []), ...(useCenter ? center : [])].map((f) => o + f);
}

/** The key a token is looked up by: normalised word, or punctuation character; line breaks never reach here. */
export function tokenKey(t: Token): string {
  return t.kind === 'word' ? t.norm : t.text;
}

/** Tanween on the word as written: an adverb or an indefinite noun, never a name. */
export function hasTanween(t: Token): boolean {
  // Normalising drops the tanween, so a word whose text is its key has none (the common case, no regex).
  return t.kind === 'word' && t.text !== t.norm && /[\u064B-\u064D]/.test(t.text);
}

/**
 * FNV-1a (32 bit) over the UTF-16 code units of a string, continuing from `h`. Features are stored and
 * looked up by this hash, never by their names; passing the state on hashes a concatenation without
 * building it: fnv1a(b, fnv1a(a)) === fnv1a(a + b).
 */
export function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hash a feature is stored under. */
export function featureHash(name: string): number {
  return fnv1a(name);
}

/** The stems standing for the sequence's edges in pair features. */
export const BOS_STEM = '<s>';
export const EOS_STEM = '</s>';
const PAIR_LEFT = fnv1a('<');
const PAIR_RIGHT = fnv1a('>');

const CLASS_LEFT = fnv1a('<c');
const CLASS_RIGHT = fnv1a('>c');
const CLASS_TRI = fnv1a('3c');

/** Hash state of the pair features' first halves ('<' + stem + '|', '>' + stem + '|') of a stem. */
export function pairStates(stemOf: string): [left: number, right: number] {
  return [fnv1a('|', fnv1a(stemOf, PAIR_LEFT)), fnv1a('|', fnv1a(stemOf, PAIR_RIGHT))];
}

/** Hash states of the class features' first parts ('<c' + class + '|', '>c' + class + '|', '3c' + class + '|'). */
export function classStates(cls: string): [left: number, right: number, tri: number] {
  return [fnv1a('|', fnv1a(cls, CLASS_LEFT)), fnv1a('|', fnv1a(cls, CLASS_RIGHT)), fnv1a('|', fnv1a(cls, CLASS_TRI))];
}

/** Stem of the token at k, or a boundary marker. */
function stemAt(seq: readonly Token[], k: number): string {
  return k < 0 ? BOS_STEM : k >= seq.length ? EOS_STEM : stem(tokenKey(seq[k]))[1];
}

/** Features of a pair of neighbouring words: the word before with this one, this one with the next. */
export function pairFeatures(seq: readonly Token[], i: number): string[] {
  const w = stemAt(seq, i);
  return [`<${stemAt(seq, i - 1)}|${w}`, `>${w}|${stemAt(seq, i + 1)}`];
}

/** Class of the token at k, or a boundary marker. */
function classAt(seq: readonly Token[], k: number, lex: Lexicon): string {
  return k < 0 ? BOS_STEM : k >= seq.length ? EOS_STEM : wordClass(tokenKey(seq[k]), lex);
}

/** Class n-grams around position i: previous + this, this + next, previous + this + next. */
export function classFeatures(seq: readonly Token[], i: number, lex: Lexicon): string[] {
  const [a, b, c] = [classAt(seq, i - 1, lex), classAt(seq, i, lex), classAt(seq, i + 1, lex)];
  return [`<c${a}|${b}`, `>c${b}|${c}`, `3c${a}|${b}|${c}`];
}

/** The boundary feature of an offset that falls before or after the sequence. */
export function edgeFeature(offset: number, before: boolean): string {
  return before ? `${offset}:BOS` : `${offset}:EOS`;
}

/** The full feature list of position i in a sequence, as names (tests and inspection). */
export function positionFeatureNames(seq: readonly Token[], i: number, lex: Lexicon): string[] {
  const out: string[] = [];
  for (const o of OFFSETS) {
    const k = i + o;
    if (k < 0) out.push(edgeFeature(o, true));
    else if (k >= seq.length) out.push(edgeFeature(o, false));
    else out.push(...typeFeatures(tokenKey(seq[k]), o, lex, hasTanween(seq[k])));
  }
  out.push(...pairFeatures(seq, i), ...classFeatures(seq, i, lex));
  return out;
}

/** The feature hashes of position i (training; tagging sums cached per-word vectors instead). */
export function positionFeatures(seq: readonly Token[], i: number, lex: Lexicon): number[] {
  return positionFeatureNames(seq, i, lex).map(featureHash);
}
