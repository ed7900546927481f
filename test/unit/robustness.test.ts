// analyzeArticle never throws, whatever the text; offsets stay within the text and every quote starts
// and ends with a mark; cancellation stops the analysis with a CancelledError.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyzeArticle, CancelledError } from '../../server/src/analysis';
import { checkInvariants } from './helpers';
import { rng } from '../rng';

function run(text: string) {
  const a = analyzeArticle(text);
  checkInvariants(text, a);
  return a;
}


const PIECES = [
  'قال الوزير سامي الخطيب: ', '«سنفتتح الجسر الجديد قبل الخريف»', '، مضيفاً: ', '“نحتاج إلى دعم”', ' و', '"لن نتراجع"', '.\n', '\r\n',
  '„نعم“', '‹لا›', '»عكس«', '”مثل هذا”', ' بحسب مصدر مسؤول', ' وقالت وزارة الصحة ', 'بـ«تمويل»', '«', '»', '"', '“', '”',
  '😀', '\u200F', '\u202B', 'ـ', '\u064E', ' the minister said ', '123', '\n\n«', 'ووصف المحادثات بأنها «مثمرة»', ' وأضاف الخطيب ',
];

describe('odd inputs never throw', () => {
  test('empty text', () => {
    const a = run('');
    assert.deepEqual([a.quotes.length, a.entities.length, a.cues.length, a.problems.length], [0, 0, 0, 0]);
    assert.equal(a.textLength, 0);
  });
  test('whitespace and line breaks only', () => {
    const a = run(' \n\r\n\t\u00A0\n');
    assert.equal(a.quotes.length, 0);
  });
  test('only marks: «««»»»"""”', () => {
    const t = '«««»»»"""”';
    const a = run(t);
    // Every mark is either in a quote or reported.
    const reported = new Set(a.problems.filter((p) => p.code === 'unclosed-quote' || p.code === 'unpaired-quote-mark').map((p) => p.start));
    const inQuote = new Set(a.quotes.flatMap((q) => [q.start, q.end - 1]));
    for (let i = 0; i < t.length; i++) assert.ok(reported.has(i) || inQuote.has(i), `mark at ${i} neither paired nor reported`);
  });
  test('binary-like data: random bytes decoded as latin1, NULs', () => {
    const r = rng(7);
    const bytes = Buffer.alloc(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = r() < 0.05 ? 0 : Math.floor(r() * 256);
    run(bytes.toString('latin1'));
    run('\0\0\0«\0»\0' + '\0'.repeat(1000));
  });
  test('random bytes decoded as UTF-8 (replacement characters)', () => {
    const r = rng(11);
    const bytes = Buffer.alloc(100_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(r() * 256);
    run(bytes.toString('utf8'));
  });
  test('random UTF-16 code units, lone surrogates included', () => {
    const r = rng(3);
    let s = '';
    for (let i = 0; i < 50_000; i++) s += String.fromCharCode(r() < 0.3 ? 0xd800 + Math.floor(r() * 0x800) : Math.floor(r() * 0x10000));
    run(s);
  });
  test('lone surrogates next to marks and names', () => {
    run('\uD800«\uDC00قال الوزير سامي الخطيب\uD83D: «نعم\uDE00»\uD800');
    run('«\uD83D»');
    run('\uDBFF');
    run('قال\uD800');
  });
  test('bidi controls around names and marks keep the analysis working', () => {
    const t = '\u202Bوقال الوزير \u200Fسامي الخطيب\u200F: \u200F«سنفتتح الجسر الجديد قبل نهاية الخريف»\u200F.\u202C';
    const a = run(t);
    assert.equal(a.quotes.length, 1);
    const e = a.entities.find((x) => x.type === 'person');
    assert.ok(e, 'the person is found');
    assert.equal(e!.name, 'سامي الخطيب');
    assert.equal(a.quotes[0].attribution && a.entities[a.quotes[0].attribution.entityId].name, 'سامي الخطيب');
  });
  test('bidi isolates (U+2066–U+2069) and embeddings everywhere', () => {
    const t = [...'قال الوزير سامي الخطيب: «نعم» و"لا".'].join('\u2067');
    run(t);
    run('\u202E\u202D\u202A\u202B\u202C'.repeat(1000));
  });
  test('diacritics and tatweel everywhere', () => {
    const base = 'وقال الوزير سامي الخطيب: «سنفتتح الجسر الجديد قبل نهاية الخريف».';
    const t = [...base].map((c) => c + 'ـ\u064E').join('');
    run(t);
    run('\u064E\u064Fـ'.repeat(5000));
    const a = run('وقالَ الوزيرُ سـامـي الخـطـيـب: «سَنَفْتَحُ الجِسْرَ الجَدِيدَ قَبْلَ نِهَايَةِ الخَرِيفِ».');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].kind, 'speech');
    assert.ok(a.quotes[0].attribution, 'the quote has a speaker');
  });
  test('10,000 unmatched «', () => {
    const t = '«'.repeat(10_000);
    const a = run(t);
    assert.equal(a.quotes.length, 0);
    assert.equal(a.problems.filter((p) => p.code === 'unclosed-quote').length, 10_000);
  });
  test('10,000 unmatched « between words, and 10,000 » in a row', () => {
    const opened = run('قال «'.repeat(10_000));
    assert.equal(opened.problems.filter((p) => p.code === 'unclosed-quote').length, 10_000);
    // A run of » on one line is paired » … » (the same-mark style some papers use); every mark is
    // accounted for, either in a pair or as a problem.
    const a = run('كلمة» '.repeat(10_000));
    const paired = a.quotes.length * 2;
    const stray = a.problems.filter((p) => p.code === 'unpaired-quote-mark' || p.code === 'unclosed-quote').length;
    assert.equal(paired + stray, 10_000);
  });
  test('deep nesting', () => {
    const t = '«قال '.repeat(2000) + 'نعم' + '»'.repeat(2000);
    const a = run(t);
    assert.equal(a.quotes.length, 2000);
  });
  test('one very long line and one very long word', () => {
    run('قال الوزير '.repeat(50_000));
    run('ب'.repeat(300_000));
  });
  test('1 MB of mixed text', () => {
    const r = rng(42);
    const parts: string[] = [];
    let n = 0;
    while (n < 1_000_000) {
      const p = PIECES[Math.floor(r() * PIECES.length)];
      parts.push(p);
      n += p.length;
    }
    const t = parts.join('');
    const a = run(t);
    assert.ok(a.quotes.length > 0 && a.entities.length > 0, 'quotes and people are found in 1 MB of text');
  });
  test('random mixtures of pieces keep the invariants', () => {
    const r = rng(99);
    for (let k = 0; k < 300; k++) {
      const len = 1 + Math.floor(r() * 25);
      let t = '';
      for (let i = 0; i < len; i++) t += PIECES[Math.floor(r() * PIECES.length)];
      try {
        run(t);
      } catch (e) {
        throw new Error(`failed on ${JSON.stringify(t)}: ${(e as Error).message}`);
      }
    }
  });
});

describe('cancellation', () => {
  const text = 'وقال الوزير سامي الخطيب: «سنفتتح الجسر الجديد قبل نهاية الخريف».\n'.repeat(50);
  test('isCancelled returning true → CancelledError', () => {
    assert.throws(() => analyzeArticle(text, { isCancelled: () => true }), (e: unknown) => e instanceof CancelledError && (e as Error).name === 'CancelledError');
  });
  test('cancelled at a later stage → CancelledError', () => {
    let calls = 0;
    assert.throws(() => analyzeArticle(text, { isCancelled: () => ++calls >= 2 }), CancelledError);
    assert.equal(calls, 2);
  });
  test('isCancelled returning false → a full analysis, and it is consulted', () => {
    let calls = 0;
    const a = analyzeArticle(text, { isCancelled: () => { calls++; return false; } });
    assert.equal(a.quotes.length, 50);
    assert.ok(calls >= 1);
  });
});
