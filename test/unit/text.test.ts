// Letter classes and look-up keys: normalize, plain, phoneticKey, arabicRatio.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { arabicRatio, isArabicLetter, isArabicMark, isInvisible, isSpace, isWordChar, normalize, phoneticKey, plain } from '../../server/src/analysis/text';
import { analyze } from './helpers';

describe('normalize', () => {
  test('hamza forms of alef fold to ا', () => {
    assert.equal(normalize('أسامة'), normalize('اسامة'));
    assert.equal(normalize('إياد'), 'اياد');
    assert.equal(normalize('آمال'), 'امال');
    assert.equal(normalize('ٱلله'), 'الله');
  });
  test('ى → ي, ة → ه', () => {
    assert.equal(normalize('مصطفى'), 'مصطفي');
    assert.equal(normalize('فاطمة'), 'فاطمه');
  });
  test('diacritics, tatweel and invisible marks are removed', () => {
    assert.equal(normalize('سَامِي'), 'سامي');
    assert.equal(normalize('الخطـــيب'), 'الخطيب');
    assert.equal(normalize('سا\u200Fمي'), 'سامي');
    assert.equal(normalize('\uFEFFسامي'), 'سامي');
    assert.equal(normalize('مُحَمَّدٌ'), 'محمد');
  });
  test('Persian letter shapes fold to Arabic ones', () => {
    assert.equal(normalize('کریم'), 'كريم');
  });
  test('a string with nothing to fold is unchanged', () => {
    assert.equal(normalize('كتب'), 'كتب');
    assert.equal(normalize('abc 123'), 'abc 123');
  });
});

describe('plain', () => {
  test('keeps hamza and ة, removes only marks', () => {
    assert.equal(plain('أُسَامَة'), 'أسامة');
    assert.equal(plain('بـ«تمويل»'), 'ب«تمويل»');
  });
});

describe('phoneticKey', () => {
  test('غ and ج fold together (سيرغي / سيرجي)', () => {
    assert.equal(phoneticKey('سيرغي'), phoneticKey('سيرجي'));
  });
  test('ڤ/ف and پ/ب fold together', () => {
    assert.equal(phoneticKey('ڤيكتور'), phoneticKey('فيكتور'));
    assert.equal(phoneticKey('پيتر'), phoneticKey('بيتر'));
  });
  test('two names that differ by another letter stay apart', () => {
    assert.notEqual(phoneticKey('كارسون'), phoneticKey('كارتون'));
    assert.notEqual(phoneticKey('كيري'), phoneticKey('كيربي'));
  });
  test('hamza variants fold', () => {
    assert.equal(phoneticKey('أسامة'), phoneticKey('اسامه'));
  });
});

describe('letter classes', () => {
  test('Arabic letters and marks', () => {
    assert.ok(isArabicLetter('ب'.charCodeAt(0)));
    assert.ok(!isArabicLetter('b'.charCodeAt(0)));
    assert.ok(isArabicMark('ـ'.charCodeAt(0)));
    assert.ok(isArabicMark('\u064E'.charCodeAt(0)));
    assert.ok(!isArabicMark('ب'.charCodeAt(0)));
  });
  test('word chars, spaces and invisibles', () => {
    assert.ok(isWordChar('ـ'.charCodeAt(0)));
    assert.ok(isWordChar('٣'.charCodeAt(0)));
    assert.ok(!isWordChar('«'.charCodeAt(0)));
    assert.ok(isSpace(0xa0));
    assert.ok(isSpace(0x202f));
    assert.ok(!isSpace(0x200f));
    assert.ok(isInvisible(0x200f));
    assert.ok(isInvisible(0x202b));
    assert.ok(isInvisible(0x2067));
    assert.ok(!isInvisible(0x20));
  });
});

describe('arabicRatio', () => {
  test('all Arabic → 1, none → 0, empty → 0', () => {
    assert.equal(arabicRatio('قال الوزير'), 1);
    assert.equal(arabicRatio('the minister said'), 0);
    assert.equal(arabicRatio(''), 0);
    assert.equal(arabicRatio('123 «»'), 0);
  });
  test('mixed text gives the share of Arabic letters', () => {
    assert.equal(arabicRatio('ابcd'), 0.5);
  });
  test('analyzeArticle reports the ratio', () => {
    assert.equal(analyze('قال الوزير').arabicRatio, 1);
    const a = analyze('The minister said «hello».');
    assert.equal(a.arabicRatio, 0);
  });
});
