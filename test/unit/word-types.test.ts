// Word records (server/src/analysis/word-types.ts): one per normalised word, shared by its tokens, holding
// what is derived from the word alone. The memos they hold must answer as the functions they stand for.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { firstSplitByKey, splitKeysOf, splitsOf, stripClitic, stripType } from '../../server/src/analysis/people/clitics';
import { EmissionCache, emissions, loadModel, type ModelData, encodeModel } from '../../server/src/analysis/tagger/model';
import { featureHash } from '../../server/src/analysis/tagger/features';
import { TAG_COUNT, TAGS } from '../../server/src/analysis/tagger/tags';
import { normalize, phoneticKey } from '../../server/src/analysis/text';
import { tokenize } from '../../server/src/analysis/tokens';
import { phoneticOf, typeOfNorm, typeOfText } from '../../server/src/analysis/word-types';

const lex = lexiconFor();
const T = TAG_COUNT;

function tinyModel(rows: Record<string, number[]>): ModelData {
  const byHash = new Map(Object.entries(rows).map(([n, r]) => [featureHash(n), r]));
  return encodeModel(byHash, new Array(T * T).fill(0), new Array(T).fill(0), [], TAGS, 1 / 64);
}

describe('word records', () => {
  test('tokens with the same key share one record, whatever diacritics they are written with', () => {
    const words = tokenize('سامرٌ سامر، سـامر ونوفل').filter((t) => t.kind === 'word');
    assert.equal(words[0].type, words[1].type);
    assert.equal(words[1].type, words[2].type);
    assert.notEqual(words[0].type, words[3].type);
    for (const w of words) assert.equal(w.type.norm, w.norm);
    assert.equal(typeOfText('سامرٌ'), typeOfNorm(normalize('سامرٌ')));
  });
  test('punctuation and line breaks have records keyed by their character', () => {
    const [comma, brk] = tokenize('،\n');
    assert.equal(comma.type.norm, '،');
    assert.equal(brk.type.norm, '\n');
  });
  test('the memos on a record answer as the functions they stand for', () => {
    const type = typeOfNorm('وبالغاني');
    assert.equal(phoneticOf(type), phoneticKey('وبالغاني'));
    assert.deepEqual(splitKeysOf(type), splitsOf(type).map(([, rest]) => phoneticKey(rest)));
    const given: ReadonlySet<string> = new Set(['سامر']);
    for (let n = 0; n < 2; n++) {
      assert.deepEqual(stripType(typeOfNorm('لسامر'), given), stripClitic('لسامر', (k) => given.has(k)));
      assert.equal(stripType(typeOfNorm('لسامي'), given), null);
    }
    const keys = new Set([phoneticKey('الغاني')]);
    assert.deepEqual(firstSplitByKey(type, (k) => keys.has(k)), [2, 'الغاني']);
  });
});

describe('emission slots kept in word records', () => {
  const seq = tokenize('نوفل قال نوفل').filter((t) => t.kind !== 'break');
  test('two taggers sharing the records each score with their own model', () => {
    const a = loadModel(tinyModel({ 's=نوفل': [0, 2, 0, 0, 0, 0, 0] }));
    const b = loadModel(tinyModel({ 's=نوفل': [0, 0, 0, 3, 0, 0, 0] }));
    const ca = new EmissionCache();
    const cb = new EmissionCache();
    for (let n = 0; n < 2; n++) {
      const ea = emissions(a, seq, lex, ca);
      const eb = emissions(b, seq, lex, cb);
      assert.equal(ea[0 * T + 1], 2);
      assert.equal(ea[0 * T + 3], 0);
      assert.equal(eb[2 * T + 3], 3);
      assert.equal(eb[2 * T + 1], 0);
    }
  });
  test('a word with tanween has its own vector beside the same word without it', () => {
    const model = loadModel(tinyModel({ tanween: [0, 0, 0, 0, 0, 5, 0] }));
    const cache = new EmissionCache();
    const words = tokenize('نوفلاً نوفلا').filter((t) => t.kind === 'word');
    assert.equal(words[0].type, words[1].type);
    const em = emissions(model, words, lex, cache);
    assert.equal(em[0 * T + 5], 5);
    assert.equal(em[1 * T + 5], 0);
  });
  test('slots given before a cache was emptied are not read after it', () => {
    const model = loadModel(tinyModel({ 's=نوفل': [0, 2, 0, 0, 0, 0, 0], 's=قال': [0, 0, 0, 0, 0, 0, 7] }));
    const small = new EmissionCache(2);
    const fresh = emissions(model, seq, lex, new EmissionCache());
    emissions(model, tokenize('سامر عادل').filter((t) => t.kind === 'word'), lex, small);
    for (let n = 0; n < 3; n++) assert.deepEqual([...emissions(model, seq, lex, small)], [...fresh]);
  });
});
