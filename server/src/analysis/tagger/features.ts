// Features of the name tagger. A token's features are the union of its neighbours' word-type features,
// each prefixed by the neighbour's offset (-2 … +2): everything is a function of word types, so the
// tagger can cache one score vector per (offset, word type) and never recompute a feature for a word
// it has seen (Arabic news repeats its words).
//
// The training corpus splits clitics into tokens and articles do not: training text is rejoined to the
// article form first (scripts/train/newsfane.ts), so these features only ever see words as written.
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokens';

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
 * Features of a word type seen at an offset from the tagged token. `norm` is the token's normalised key
 * (punctuation keeps its character); `marked` is true when the word as written carries tanween.
 */
export function typeFeatures(norm: string, offset: number, lex: Lexicon, marked = false): string[] {
  const o = offset === 0 ? '' : `${offset}:`;
  const [prefix, s] = stem(norm);
  const out: string[] = [o + 's=' + s, o + 'sh=' + shape(norm)];
  memberships(s, lex, out, o);
  if (prefix) {
    memberships(norm, lex, out, o + 'w');
  }
  if (s.startsWith('ال')) out.push(o + 'art');
  if (Math.abs(offset) <= 1) {
    out.push(o + 'w=' + norm, o + 'p=' + prefix, o + 'x2=' + s.slice(-2));
    if (s.startsWith('ال') && s.length > 4) out.push(o + 'as=' + s.slice(2));
  }
  if (offset === 0) {
    out.push('b', 'x1=' + s.slice(-1), 'x3=' + s.slice(-3), 'a2=' + s.slice(0, 2), 'a3=' + s.slice(0, 3), 'len=' + Math.min(s.length, 9));
    if (marked) out.push('tanween');
    if (/(ه|ها|هم|هما|كم|هن)$/.test(norm) && !lex.givenNames.has(norm)) out.push('poss');
  }
  return out;
}

/** The key a token is looked up by: normalised word, or punctuation character; line breaks never reach here. */
export function tokenKey(t: Token): string {
  return t.kind === 'word' ? t.norm : t.text;
}

/** Tanween on the word as written: an adverb or an indefinite noun, never a name. */
export function hasTanween(t: Token): boolean {
  return t.kind === 'word' && /[\u064B-\u064D]/.test(t.text);
}

/** Stem of the token at k, or a boundary marker. */
function stemAt(seq: readonly Token[], k: number): string {
  return k < 0 ? '<s>' : k >= seq.length ? '</s>' : stem(tokenKey(seq[k]))[1];
}

/** Features of a pair of neighbouring words: the word before with this one, this one with the next. */
export function pairFeatures(seq: readonly Token[], i: number): string[] {
  const w = stemAt(seq, i);
  return [`<${stemAt(seq, i - 1)}|${w}`, `>${w}|${stemAt(seq, i + 1)}`];
}

/** The full feature list of position i in a sequence (training uses this; tagging sums cached vectors). */
export function positionFeatures(seq: readonly Token[], i: number, lex: Lexicon): string[] {
  const out: string[] = [];
  for (const o of OFFSETS) {
    const k = i + o;
    if (k < 0) out.push(`${o}:BOS`);
    else if (k >= seq.length) out.push(`${o}:EOS`);
    else out.push(...typeFeatures(tokenKey(seq[k]), o, lex, hasTanween(seq[k])));
  }
  out.push(...pairFeatures(seq, i));
  return out;
}
