// Arabic letter classes and normalised keys. Normalisation never changes the text that offsets refer to:
// it only builds keys for look-ups (one key per token; the token keeps its original span).

/** Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef), Quranic marks and tatweel. */
const IGNORABLE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * A word as written that is the preposition ب or ل (behind و or ف, or not) on a word opening with a
 * hamza on alef: بإعادة, لإسرائيل, وبأن. Such a word can open a name (لأحمد) but never continues one: no
 * name's own letters open so. Test the text, not the key: normalising writes the hamza's alef as a bare
 * alef (باراك is a name).
 */
export const PREPOSITION_HAMZA = /^[وف]?[بل][\u0623\u0625\u0622]/;

/** Whether some UTF-16 code unit of s passes test (a scan before a chain of replaces that would change nothing). */
function someChar(s: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (test(s.charCodeAt(i))) return true;
  return false;
}

/** A code unit IGNORABLE matches. */
function isIgnorable(c: number): boolean {
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

/** A code unit normalize() drops or rewrites: IGNORABLE, أ إ آ ٱ, ى, ة, ی, ک. */
function changedByNormalize(c: number): boolean {
  return isIgnorable(c) || c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 || c === 0x0649 || c === 0x0629 || c === 0x06cc || c === 0x06a9;
}

/** A letter phoneticKey folds: غ گ ڤ پ چ. */
function foldedByPhonetic(c: number): boolean {
  return c === 0x063a || c === 0x06af || c === 0x06a4 || c === 0x067e || c === 0x0686;
}

/** Invisible characters that may sit inside or next to words: zero-width and bidi controls, BOM. */
export function isInvisible(ch: number): boolean {
  return (ch >= 0x200b && ch <= 0x200f) || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069) || ch === 0xfeff;
}

export function isArabicLetter(ch: number): boolean {
  return (ch >= 0x0621 && ch <= 0x064a) || (ch >= 0x066e && ch <= 0x06d3) || ch === 0x06d5 || (ch >= 0x06fa && ch <= 0x06ff) ||
    (ch >= 0x0750 && ch <= 0x077f) || (ch >= 0xfb50 && ch <= 0xfdff) || (ch >= 0xfe70 && ch <= 0xfefc);
}

/** Diacritics and tatweel: parts of a word that carry no letter. */
export function isArabicMark(ch: number): boolean {
  return (ch >= 0x0610 && ch <= 0x061a) || (ch >= 0x064b && ch <= 0x065f) || ch === 0x0670 || (ch >= 0x06d6 && ch <= 0x06ed) || ch === 0x0640;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** A character that belongs to a word: a letter, a digit, an Arabic mark, or an invisible joiner. */
export function isWordChar(ch: number): boolean {
  if (ch < 0x80) return (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
  if (isArabicLetter(ch) || isArabicMark(ch)) return true;
  if (ch === 0x200c || ch === 0x200d) return true;
  const s = String.fromCharCode(ch);
  return LETTER.test(s) || DIGIT.test(s);
}

export function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0xa0 || ch === 0x0b || ch === 0x0c ||
    (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000;
}

/**
 * Memoises a pure string → string key function: words repeat, so most look-ups hit. Each table is
 * bounded (cleared when it grows past 100,000 entries).
 */
export function memoKey(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      out = fn(s);
      if (cache.size > 100_000) cache.clear();
      cache.set(s, out);
    }
    return out;
  };
}

/**
 * The look-up key of a word: diacritics, tatweel and invisible marks removed; أ إ آ ٱ → ا; ى → ي; ة → ه;
 * Persian/Urdu letter shapes folded to Arabic ones.
 */
export const normalize = memoKey((s) => !someChar(s, changedByNormalize) ? s :
  s
    .replace(IGNORABLE, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ی/g, 'ي')
    .replace(/ک/g, 'ك'));

/** Only diacritics, tatweel and invisible marks removed: the spelling a reader sees. */
export const plain = memoKey((s) => (someChar(s, isIgnorable) ? s.replace(IGNORABLE, '') : s));

/**
 * A looser key for names transliterated from other languages: the letters Arabic writers use
 * interchangeably for foreign sounds fold together (غ/ج/گ for G, ڤ/ف for V, پ/ب for P, ة/ه).
 * Two names that differ by a letter that is not one of these stay apart (سامر / سامري).
 */
export const phoneticKey = memoKey((s) => phoneticFold(normalize(s)));

/** The folds of phoneticKey on a normalised word (a word with none of their letters is its own key). */
function phoneticFold(n: string): string {
  if (!someChar(n, foldedByPhonetic) && !n.includes('يي')) return n;
  return n.replace(/[غگ]/g, 'ج').replace(/ڤ/g, 'ف').replace(/پ/g, 'ب').replace(/چ/g, 'تش').replace(/يي/g, 'ي');
}

/** Share of Arabic letters among all letters (0 when there are none). */
export function arabicRatio(text: string, limit = 20000): number {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) { arabic++; letters++; }
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c > 0x7f && LETTER.test(text[i]))) letters++;
  }
  return letters ? arabic / letters : 0;
}

/** Builds a set of normalised keys from lexicon entries. */
export function keySet(entries: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const e of entries) out.add(normalize(e).trim());
  return out;
}
