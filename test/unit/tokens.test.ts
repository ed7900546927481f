// Tokens: words, punctuation and line breaks with UTF-16 spans; tokenIndexAt.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { tokenIndexAt, tokenize } from '../../server/src/analysis/tokens';

const spans = (text: string) => tokenize(text).map((t) => [t.kind, text.slice(t.start, t.end)]);

describe('tokenize', () => {
  test('words and punctuation', () => {
    assert.deepEqual(spans('قال الوزير: «نعم».'), [
      ['word', 'قال'], ['word', 'الوزير'], ['punct', ':'], ['punct', '«'], ['word', 'نعم'], ['punct', '»'], ['punct', '.'],
    ]);
  });
  test('every token text equals the text at its span', () => {
    const t = 'وقال الوزيرُ سامي الخطـيب، 😀 «سَنَفْتَحُ» المعبر\r\nغداً 2024.';
    for (const tok of tokenize(t)) {
      if (tok.kind !== 'break') assert.equal(tok.text, t.slice(tok.start, tok.end));
    }
  });
  test('diacritics and tatweel stay inside the word; norm drops them', () => {
    const [w] = tokenize('الخطـــيبُ');
    assert.equal(w.text, 'الخطـــيبُ');
    assert.equal(w.norm, 'الخطيب');
  });
  test('a mark glued to a clitic and tatweel: بـ«تمويل»', () => {
    assert.deepEqual(spans('بـ«تمويل»'), [['word', 'بـ'], ['punct', '«'], ['word', 'تمويل'], ['punct', '»']]);
  });
  test('line breaks: \\n, \\r\\n and \\r are one token each and count lines', () => {
    const t = 'أ\nب\r\nج\rد';
    const toks = tokenize(t);
    assert.deepEqual(toks.map((x) => x.kind), ['word', 'break', 'word', 'break', 'word', 'break', 'word']);
    assert.deepEqual(toks.filter((x) => x.kind === 'word').map((x) => x.line), [0, 1, 2, 3]);
    assert.deepEqual([toks[3].start, toks[3].end], [3, 5]);
  });
  test('a character above U+FFFF is one punctuation token of two code units', () => {
    const toks = tokenize('😀قال');
    assert.deepEqual(toks.map((x) => [x.kind, x.start, x.end]), [['punct', 0, 2], ['word', 2, 5]]);
  });
  test('bidi controls between words are skipped, inside a word they stay in it', () => {
    const t = '\u200Fقال\u200F \u202Bسا\u200Fمي\u202C';
    const words = tokenize(t).filter((x) => x.kind === 'word');
    assert.deepEqual(words.map((x) => x.norm), ['قال', 'سامي']);
  });
  test('spaces of every kind are skipped', () => {
    assert.deepEqual(spans('قال\u00A0الوزير\u2009نعم\u3000لا'), [['word', 'قال'], ['word', 'الوزير'], ['word', 'نعم'], ['word', 'لا']]);
  });
  test('empty text → no tokens', () => {
    assert.deepEqual(tokenize(''), []);
  });
  test('hamza and ة are folded in norm only', () => {
    const [w] = tokenize('أسامة');
    assert.equal(w.text, 'أسامة');
    assert.equal(w.norm, 'اسامه');
  });
});

describe('tokenIndexAt', () => {
  test('finds the first token ending after an offset', () => {
    const t = 'قال الوزير: نعم';
    const toks = tokenize(t);
    assert.equal(tokenIndexAt(toks, 0), 0);
    assert.equal(tokenIndexAt(toks, 3), 1); // the space after قال
    assert.equal(tokenIndexAt(toks, t.indexOf(':')), 2);
    assert.equal(tokenIndexAt(toks, t.length), toks.length);
  });
});
