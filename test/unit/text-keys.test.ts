// The key functions' fast paths (server/src/analysis/text.ts): a word with none of the characters a key
// rewrites is returned as it is, and must be exactly what the full chain of replaces gives. Compared with
// the chains written out here, on every character each chain rewrites and on random words (fast-check).
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { normalize, phoneticKey, plain } from '../../server/src/analysis/text';

const IGNORABLE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const fullPlain = (s: string) => s.replace(IGNORABLE, '');
const fullNormalize = (s: string) =>
  s.replace(IGNORABLE, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ی/g, 'ي').replace(/ک/g, 'ك');
const fullPhonetic = (s: string) =>
  fullNormalize(s).replace(/[غگ]/g, 'ج').replace(/ڤ/g, 'ف').replace(/پ/g, 'ب').replace(/چ/g, 'تش').replace(/يي/g, 'ي');

/** Every code unit a chain rewrites, and the letters around them. */
const SPECIAL = [
  ...Array.from({ length: 0x061a - 0x0610 + 1 }, (_, i) => 0x0610 + i),
  ...Array.from({ length: 0x065f - 0x064b + 1 }, (_, i) => 0x064b + i),
  0x0670, ...Array.from({ length: 0x06ed - 0x06d6 + 1 }, (_, i) => 0x06d6 + i), 0x0640,
  ...Array.from({ length: 5 }, (_, i) => 0x200b + i), ...Array.from({ length: 5 }, (_, i) => 0x202a + i),
  ...Array.from({ length: 4 }, (_, i) => 0x2066 + i), 0xfeff,
  0x0623, 0x0625, 0x0622, 0x0671, 0x0649, 0x0629, 0x06cc, 0x06a9, 0x063a, 0x06af, 0x06a4, 0x067e, 0x0686,
].map((c) => String.fromCharCode(c));
const LETTERS = ['س', 'ا', 'م', 'ر', 'ي', 'ه', 'ك', 'ج', 'ف', 'ب', 'a', ' ', '1'];

describe('key fast paths', () => {
  test('each rewritten character, alone and inside a word, gives what the full chain gives', () => {
    for (const c of SPECIAL) {
      for (const w of [c, `سا${c}مر`, `${c}ي`, `ي${c}ي`]) {
        assert.equal(plain(w), fullPlain(w), `plain ${JSON.stringify(w)}`);
        assert.equal(normalize(w), fullNormalize(w), `normalize ${JSON.stringify(w)}`);
        assert.equal(phoneticKey(w), fullPhonetic(w), `phoneticKey ${JSON.stringify(w)}`);
      }
    }
  });
  test('يي is folded by phoneticKey even with no other letter to fold', () => {
    assert.equal(phoneticKey('سييد'), 'سيد');
    assert.equal(phoneticKey('سامر'), 'سامر');
  });
  test('random words give what the full chains give', () => {
    const word = fc.array(fc.constantFrom(...SPECIAL, ...LETTERS), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(fc.property(word, (w) => {
      assert.equal(plain(w), fullPlain(w));
      assert.equal(normalize(w), fullNormalize(w));
      assert.equal(phoneticKey(w), fullPhonetic(w));
    }), { numRuns: 3000, seed: 11 });
  });
});
