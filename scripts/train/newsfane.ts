// Reads the NewsFANE corpus (../shared/data/newsfane/train.conll) into article-like sentences: the
// corpus splits the clitics و ف ب ل ك and the pronoun suffixes into tokens, articles keep them on the
// word, so the tokens are joined back (و + الرئيس → والرئيس, ل + الرئيس → للرئيس, رئيس + ه → رئيسه)
// and each name keeps its span on the joined text, clitic and suffix outside — exactly what the
// tagger must find in an article.
import { readFileSync } from 'node:fs';
import type { NameType } from '../../server/src/analysis/tagger/tags';

export interface GoldName { readonly start: number; readonly end: number; readonly type: NameType }
export interface Sentence { readonly text: string; readonly names: readonly GoldName[] }

const PERSON = new Set(['Politician', 'Athlete', 'Artist', 'Other_PER', 'Religious_PER', 'Scientist', 'Police', 'Businessperson', 'Lawyer', 'Engineer']);
const ORGANIZATION = new Set(['Non-Governmental', 'Government', 'Media', 'Commercial', 'Sports', 'Educational', 'Religious_ORG', 'Medical-Science', 'Entertainment']);
const PLACE = new Set(['Nation', 'Population-Center', 'State-or-Province', 'GPE-Cluster', 'Continent', 'County-or-District', 'Building-Grounds', 'Water-Body', 'Land', 'Land-Region-Natural', 'Airport', 'Path', 'Subarea-Facility', 'Celestial']);

/** The coarse type of a fine-grained class; null for classes that are not names (Group, Book, …). */
export function coarse(cls: string): NameType | null {
  if (PERSON.has(cls)) return 'PER';
  if (ORGANIZATION.has(cls)) return 'ORG';
  if (PLACE.has(cls)) return 'LOC';
  return null;
}

const PREFIX = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const SUFFIX = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'ي']);
const ARABIC_WORD = /^[\u0621-\u064a]+$/;

export function readNewsfane(path: string): Sentence[] {
  const out: Sentence[] = [];
  let rows: [string, string][] = [];
  const flush = () => { if (rows.length) out.push(joinSentence(rows)); rows = []; };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const clean = line.replace(/[\u200e\u200f]/g, '').trimEnd();
    if (!clean.trim()) { flush(); continue; }
    const tab = clean.lastIndexOf('\t');
    const word = clean.slice(0, tab).trim();
    if (word) rows.push([word, clean.slice(tab + 1).trim()]);
  }
  flush();
  return out;
}

/** Joins one sentence's tokens into article spelling; names keep their host words' spans. */
export function joinSentence(rows: readonly [string, string][]): Sentence {
  let text = '';
  const names: { start: number; end: number; type: NameType }[] = [];
  let open: { start: number; end: number; type: NameType } | null = null;
  let prefix = '';
  let lastWasWord = false;
  for (let i = 0; i < rows.length; i++) {
    const [word, tag] = rows[i];
    const next = rows[i + 1]?.[0];
    if (PREFIX.has(word) && next && ARABIC_WORD.test(next) && !PREFIX.has(next) || (PREFIX.has(word) && next && PREFIX.has(next) && prefix.length < 2)) {
      prefix += word;
      continue;
    }
    if (SUFFIX.has(word) && lastWasWord && !prefix && tag === 'O') {
      text += word; // a pronoun suffix on the word before: outside any name
      continue;
    }
    const type = tag === 'O' ? null : coarse(tag.slice(2));
    const begins = !!type && (tag.startsWith('B-') || !open || open.type !== type);
    if (open && (!type || begins)) { names.push(open); open = null; }
    if (text) text += ' ';
    let host = word;
    if (prefix.endsWith('ل') && host.startsWith('ال') && host.length > 2) host = host.slice(1); // ل + الرئيس → للرئيس
    text += prefix;
    const start = text.length;
    text += host;
    if (type) {
      if (begins) open = { start, end: text.length, type };
      else open!.end = text.length;
    }
    prefix = '';
    lastWasWord = ARABIC_WORD.test(word);
  }
  if (open) names.push(open);
  return { text, names };
}
