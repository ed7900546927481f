// Property-based tests of analyzeArticle (fast-check): for any text — random Unicode with astral
// characters and lone surrogates, bidi controls, every quotation mark, Arabic with diacritics and
// tatweel, long runs of one mark, deep nesting — the analysis ends, keeps the laws of analysis-laws.ts,
// and gives the same result twice. Runs are seeded so that a failure can be replayed; fast-check shrinks
// a failing text to a small one and prints it.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/analysis';
import { checkLaws, QUOTE_MARKS, splitsPair } from './analysis-laws';

const SEED = 20261202;
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed: SEED, includeErrorInReport: true });

/** Every quotation mark, paired or not, and look-alikes that are not marks (‘ ’ ‚ ‛ ‚ ' ` ´). */
const MARKS = [...QUOTE_MARKS, '‘', '’', '‚', '‛', "'", '`', '´', '〝', '〞'];
const BIDI = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\uFEFF'];
const DIACRITICS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', 'ـ'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\u0085'];
const PUNCT = [' ', ' ', ' ', '.', '،', ',', ':', '؛', '!', '؟', '?', '…', '(', ')', '-', '_', '#', '\t', '\u00A0'];
/** Words of invented sentences: people, cues, designators, particles. */
const WORDS = [
  'قال', 'وقال', 'وقالت', 'وأضاف', 'مضيفاً', 'أكد', 'بحسب', 'إن', 'أن', 'بأن', 'الوزير', 'الوزيرة', 'سامي', 'الخطيب',
  'هالة', 'الرفاعي', 'عبد', 'الله', 'بن', 'ناصر', 'آل', 'حمدان', 'أبو', 'رحمة', 'مصدر', 'مسؤول', 'وزارة', 'الصحة',
  'صحيفة', 'حملة', 'برنامج', 'الجديد', 'نعم', 'لا', 'سنفتتح', 'الجسر', 'قبل', 'الخريف', 'ل', 'بـ', 'لـ', 'و', 'في',
  'وبالخطيب', 'للخطيب', '١٢٣', '2026', 'the', 'minister', 'said', 'إتش.إس.بي.سي', 'x_y', '#وسم',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  // Arabic letters with diacritics and tatweel between them.
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.integer({ min: 0x0621, max: 0x064a }), fc.option(fc.constantFrom(...DIACRITICS), { nil: undefined })), { minLength: 1, maxLength: 8 })
    .map((cs) => cs.map(([c, d]) => String.fromCharCode(c) + (d ?? '')).join('')) },
);
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const markRun = fc.tuple(fc.constantFrom(...MARKS), fc.integer({ min: 2, max: 300 })).map(([m, k]) => m.repeat(k));
const pairsOf = fc.constantFrom(['«', '»'], ['“', '”'], ['"', '"'], ['”', '”'], ['„', '“'], ['‹', '›'], ['»', '«'], ['＂', '＂']);
const nested = fc.tuple(pairsOf, fc.integer({ min: 1, max: 200 }), fc.constantFrom('', ' '), word)
  .map(([[o, c], depth, gap, w]) => (o + gap).repeat(depth) + w + (gap + c).repeat(depth));
const quoted = fc.tuple(pairsOf, fc.array(word, { minLength: 1, maxLength: 6 })).map(([[o, c], ws]) => o + ws.join(' ') + c);

/** Article-like text: words, every kind of mark and space, bidi controls, surrogates, runs and nesting. */
const articleText = fc.array(fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 6, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: quoted },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...BIDI) },
  { weight: 1, arbitrary: fc.constantFrom(...DIACRITICS) },
  { weight: 1, arbitrary: astral },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: markRun },
  { weight: 1, arbitrary: nested },
), { maxLength: 80 }).map((parts) => parts.join(''));

/** Short lines dense with marks: how quotes carried over lines meet the marks of the next line. */
const markLines = fc.array(fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  // A mark glued to the word before or after it, so that it reads as closing or opening.
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...QUOTE_MARKS), fc.boolean()).map(([m, before]) => (before ? ` ب${m} ` : ` ${m}ب `)) },
  { weight: 3, arbitrary: fc.constantFrom('أ', 'ب', 'كلمة', 'x') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '\n\n', '\r\n', '.', ':') },
), { maxLength: 40 }).map((parts) => parts.join(''));

/** Any UTF-16 string: every code unit, lone surrogates included. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((cs) => String.fromCharCode(...cs));
/** Any well-formed Unicode string, astral code points included. */
const unicode = fc.string({ unit: 'binary', maxLength: 300 });

function analyseLawfully(text: string): boolean {
  checkLaws(text, analyzeArticle(text));
  return true;
}

describe('properties of analyzeArticle (fast-check)', () => {
  test('the laws hold for random UTF-16, lone surrogates included', () => {
    fc.assert(fc.property(codeUnits, analyseLawfully), params(300));
  });
  test('the laws hold for random Unicode with astral characters', () => {
    fc.assert(fc.property(unicode, analyseLawfully), params(300));
  });
  test('the laws hold for article-like text with every mark, bidi controls, runs and nesting', () => {
    fc.assert(fc.property(articleText, analyseLawfully), params(1500));
  });
  test('the laws hold for short lines dense with marks', () => {
    fc.assert(fc.property(markLines, analyseLawfully), params(15000));
  });
  test('analysing twice gives the same result, with another text analysed in between', () => {
    fc.assert(fc.property(articleText, articleText, (text, other) => {
      const first = analyzeArticle(text);
      analyzeArticle(other);
      assert.deepStrictEqual(analyzeArticle(text), first);
    }), params(300));
  });
  test('a quote is found inside any text around it, however the text is cut', () => {
    // A sentence with a quote, embedded between random texts on lines of their own: the quote and its
    // speaker survive, so the laws above are not kept by finding nothing.
    const sentence = 'وقال الوزير سامي الخطيب: «سنفتتح الجسر الجديد قبل نهاية الخريف المقبل».';
    fc.assert(fc.property(articleText, articleText, (before, after) => {
      const text = `${before}\n\n${sentence}\n\n${after}`;
      const a = analyzeArticle(text);
      checkLaws(text, a);
      const at = before.length + 2 + sentence.indexOf('«');
      const q = a.quotes.find((x) => x.start === at);
      assert.ok(q, `the quote at ${at} is found in ${JSON.stringify(text)}`);
      assert.equal(q.end, at + '«سنفتتح الجسر الجديد قبل نهاية الخريف المقبل»'.length);
    }), params(200));
  });
});

describe('the laws themselves', () => {
  test('splitsPair finds the middle of a surrogate pair only', () => {
    const t = 'a😀b\uD800';
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((b) => splitsPair(t, b)), [false, false, true, false, false, false]);
  });
  test('checkLaws rejects a broken analysis', () => {
    const text = 'وقال الوزير سامي الخطيب: «سنفتتح الجسر الجديد قبل نهاية الخريف».';
    const good = analyzeArticle(text);
    checkLaws(text, good);
    const q = good.quotes[0];
    const broken = (change: (a: any) => void) => {
      const a = structuredClone(good) as any;
      change(a);
      return () => checkLaws(text, a);
    };
    assert.throws(broken((a) => { a.quotes[0].end = text.length + 1; }), /outside/);
    assert.throws(broken((a) => { a.quotes[0].parentId = 0; }), /parentId/);
    assert.throws(broken((a) => { a.entities[q.attribution!.entityId].quoteIds = []; }), /quoteIds/);
    assert.throws(broken((a) => { a.problems.push({ code: 'unclosed-quote', severity: 'warning', start: q.start, end: q.start + 1, message: '', data: { closeWith: '»', closeAt: 0 } }); }), /belongs to a quote/);
    assert.throws(() => checkLaws('a😀', { ...good, textLength: 3, quotes: [], entities: [], cues: [{ start: 0, end: 2, text: '', lemma: '', entityId: null, subject: null }], problems: [] }), /splits a surrogate pair/);
  });
});
