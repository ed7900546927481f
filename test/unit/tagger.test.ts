// The learned name tagger: tag constraints, features per word type, Viterbi, clitic spans, the document
// pass, and the bundled model on sentences written for these tests (fictional people).
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { tokenize } from '../../server/src/analysis/tokens';
import { cliticReadings, featureHash, fnv1a, positionFeatureNames, positionFeatures, stem, typeFeatures, wordClass } from '../../server/src/analysis/tagger/features';
import { EmissionCache, emissions, encodeModel, loadModel, viterbi, type ModelData } from '../../server/src/analysis/tagger/model';
import { cliticLength, defaultTagger, makeTagger, sequences, tagNames, tagRanges } from '../../server/src/analysis/tagger/tag';
import { TAGS, TAG_COUNT, allowed, isBegin, tagType } from '../../server/src/analysis/tagger/tags';
import { joinSentence } from '../../scripts/train/newsfane';
import { goldFiles, partialSequences, readOwnGold } from '../../scripts/train/owngold';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { train } from '../../scripts/train/perceptron';

const lex = lexiconFor();
const T = TAG_COUNT;
const tag = (name: string) => TAGS.indexOf(name as (typeof TAGS)[number]);

/** A model with the given feature rows (and zero transitions), for decoding tests. */
function tinyModel(rows: Record<string, number[]>, nameWords: string[] = []): ModelData {
  const byHash = new Map(Object.entries(rows).map(([n, r]) => [featureHash(n), r]));
  return encodeModel(byHash, new Array(T * T).fill(0), new Array(T).fill(0), nameWords, TAGS, 1);
}

describe('tags', () => {
  test('BIO: I-X only after B-X or I-X', () => {
    assert.ok(allowed(tag('B-PER'), tag('I-PER')));
    assert.ok(allowed(tag('I-PER'), tag('I-PER')));
    assert.ok(!allowed(tag('O'), tag('I-PER')));
    assert.ok(!allowed(tag('B-ORG'), tag('I-PER')));
    assert.ok(allowed(tag('O'), tag('B-LOC')));
    assert.equal(tagType(tag('I-ORG')), 'ORG');
    assert.ok(isBegin(tag('B-LOC')) && !isBegin(tag('I-LOC')) && !isBegin(0));
  });
  test('tag ranges group a B and its Is; a new B starts a new range', () => {
    const t = [0, tag('B-PER'), tag('I-PER'), tag('B-PER'), 0, tag('B-LOC')];
    assert.deepEqual(tagRanges(t), [[1, 2, 'PER'], [3, 3, 'PER'], [5, 5, 'LOC']]);
  });
});

describe('features', () => {
  test('a clitic is read off in every way, shortest first; لل gives ل + ال', () => {
    assert.deepEqual(cliticReadings('وبالمدينه').map((r) => r[0]), ['و', 'وب']);
    assert.deepEqual(cliticReadings('للمدينه')[0], ['ل', 'المدينه']);
    assert.deepEqual(stem('وزارتي'), ['و', 'زارتي']);
    assert.deepEqual(stem('من'), ['', 'من']);
  });
  test('word-type features carry the offset and the lexicon memberships', () => {
    const f = typeFeatures('الرئيس', -1, lex);
    assert.ok(f.every((x) => x.startsWith('-1:')));
    assert.ok(f.includes('-1:title'), f.join(' '));
    assert.ok(typeFeatures('محمد', 0, lex).includes('given'));
  });
  test('position features are the union over the window, with sentence edges', () => {
    const seq = tokenize('قال سامر نوفل').filter((t) => t.kind !== 'break');
    const f = positionFeatureNames(seq, 0, lex);
    assert.ok(f.includes('-1:BOS') && f.includes('-2:BOS'));
    assert.ok(f.includes('1:s=سامر') && f.includes('2:s=نوفل'));
    assert.deepEqual(positionFeatures(seq, 0, lex), f.map(featureHash), 'features are stored by hash');
  });
  test('FNV-1a chains: hashing a string in two parts equals hashing it whole', () => {
    assert.equal(fnv1a('سامر|نوفل'), fnv1a('نوفل', fnv1a('|', fnv1a('سامر'))));
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c, 'the published FNV-1a value of "a"');
  });
});

describe('decoding', () => {
  test('Viterbi follows the emissions and never emits an I after O', () => {
    const model = loadModel(tinyModel({}));
    const em = new Float32Array(3 * T);
    em[0 * T + 0] = 5; // O
    em[1 * T + tag('I-PER')] = 9; // I-PER is best alone but not allowed after O
    em[1 * T + tag('B-PER')] = 4;
    em[2 * T + tag('I-PER')] = 3;
    const out = [...viterbi(model, em, 3)];
    assert.deepEqual(out, [0, tag('B-PER'), tag('I-PER')]);
  });
  test('emission vectors are cached per (offset, word type) and equal the summed feature rows', () => {
    const row = [0, 2, 0, 0, 0, 0, 0];
    const model = loadModel(tinyModel({ 's=نوفل': row }));
    const seq = tokenize('نوفل ونوفل نوفل').filter((t) => t.kind !== 'break');
    const cache = new EmissionCache();
    const em = emissions(model, seq, lex, cache);
    assert.equal(em[0 * T + 1], 2);
    assert.equal(em[2 * T + 1], 2);
    assert.equal(em[1 * T + 1], 2); // the clitic-stripped stem fires too
    const size = cache.size;
    emissions(model, seq, lex, cache);
    assert.equal(cache.size, size, 'a second pass computes nothing new');
  });
  test('sequences are the lines of a document', () => {
    assert.deepEqual(sequences(tokenize('أ ب\nج\n\nد')), [[0, 2], [3, 4], [6, 7]]);
  });
});

describe('spans', () => {
  const tagger = makeTagger(tinyModel({ 's=نوفل': [0, 9, 0, 0, 0, 0, 0], 'w=ونوفل': [0, 9, 0, 0, 0, 0, 0] }, ['نوفل', 'وداد']));
  test('the clitic stays outside the span when the rest is a known name word', () => {
    const text = 'وصل ونوفل أمس';
    const [s] = tagNames(tokenize(text), lex, tagger);
    assert.equal(text.slice(s.start, s.end), 'نوفل');
    assert.equal(s.type, 'PER');
  });
  test('a name that begins with a clitic letter keeps it', () => {
    assert.equal(cliticLength('وداد', tagger.model, lex, new Set()), 0);
    assert.equal(cliticLength('بنوفل', tagger.model, lex, new Set()), 1);
    assert.equal(cliticLength('وبنوفل', tagger.model, lex, new Set()), 2);
    assert.equal(cliticLength('بقرطم', tagger.model, lex, new Set(['قرطم'])), 1, 'a word seen alone in the article');
    assert.equal(cliticLength('بقرطم', tagger.model, lex, new Set()), 0);
  });
  test('the document pass finds a family name the tagger left untagged', () => {
    const model = tinyModel({ '-1:s=الكاتب': [0, 9, 0, 0, 0, 0, 0], '-2:s=الكاتب': [0, 0, 9, 0, 0, 0, 0] });
    const text = 'قال الكاتب سامر قرطم.\nوأضاف قرطم أن الأمر انتهى.';
    const found = tagNames(tokenize(text), lex, makeTagger(model));
    assert.ok(found.some((s) => text.slice(s.start, s.end) === 'قرطم' && s.propagated), JSON.stringify(found));
  });
});

describe('the bundled model', () => {
  test('finds persons, bodies and places in a sentence it never saw', () => {
    const text = 'وقال وزير الخارجية الفرنسي جان لوران بوسكيه في باريس إن الاتحاد الأوروبي سيرد.';
    const found = tagNames(tokenize(text), lex, defaultTagger()).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    assert.ok(found.includes('PER:جان لوران بوسكيه'), found.join(' | '));
    assert.ok(found.includes('LOC:باريس'), found.join(' | '));
  });
});

describe('training text', () => {
  test('split clitics and suffixes are joined back; a name keeps its span without them', () => {
    const s = joinSentence([['و', 'O'], ['قال', 'O'], ['ل', 'O'], ['سامر', 'B-Politician'], ['نوفل', 'I-Politician'], ['ان', 'O'], ['ه', 'O'], ['ب', 'O'], ['الرياض', 'B-Population-Center']]);
    assert.equal(s.text, 'وقال لسامر نوفل انه بالرياض');
    assert.deepEqual(s.names.map((n) => `${n.type}:${s.text.slice(n.start, n.end)}`), ['PER:سامر نوفل', 'LOC:الرياض']);
    const t = joinSentence([['ل', 'O'], ['الرئيس', 'O']]);
    assert.equal(t.text, 'للرئيس');
    assert.deepEqual(joinSentence([['العرب', 'B-Group']]).names, [], 'groups are not names');
  });
});

describe('stored model', () => {
  test('encoding and loading keep every weight (to the scale), transitions, starts and name words', () => {
    const rows = new Map<number, number[]>([[featureHash('s=نوفل'), [0, 2.5, -1, 0, 0, 0, 0.25]], [featureHash('-1:title'), [3, 0, 0, 0, 0, 0, -7]], [featureHash('zero'), [0, 0, 0, 0, 0, 0, 0]]]);
    const tr = Array.from({ length: T * T }, (_, i) => (i % 5) - 2);
    const st = [1, 2, 0, 3, 0, -4, 0];
    const data = encodeModel(rows, tr, st, ['نوفل', 'سامر'], TAGS, 0.25);
    assert.equal(data.count, 2, 'an all-zero row is not stored');
    const m = loadModel(data);
    assert.deepEqual([...m.weights.subarray(m.find(featureHash('s=نوفل')), m.find(featureHash('s=نوفل')) + T)], [0, 2.5, -1, 0, 0, 0, 0.25]);
    assert.equal(m.weights[m.find(featureHash('-1:title')) + 6], -7);
    assert.equal(m.find(featureHash('zero')), -1);
    assert.equal(m.find(featureHash('never seen')), -1);
    assert.deepEqual([...m.transitions], tr);
    assert.deepEqual([...m.starts], st);
    assert.ok(m.nameWords.has('سامر'));
  });
  test('cached emissions equal the summed rows of every position feature', () => {
    const model = defaultTagger().model;
    const seq = tokenize('وقال الطبيب سامر نوفل إن المستشفى مفتوح دائماً.').filter((t) => t.kind !== 'break');
    const em = emissions(model, seq, lex, new EmissionCache());
    seq.forEach((_, i) => {
      const want = new Float32Array(T);
      for (const h of positionFeatures(seq, i, lex)) {
        const k = model.find(h);
        if (k >= 0) for (let t = 0; t < T; t++) want[t] += model.weights[k + t];
      }
      for (let t = 0; t < T; t++) assert.ok(Math.abs(want[t] - em[i * T + t]) < 1e-3, `position ${i} tag ${t}: ${want[t]} vs ${em[i * T + t]}`);
    });
  });
  test('a small cache is cleared between sequences and still scores the same', () => {
    const model = defaultTagger().model;
    const seq = tokenize('قال سامر نوفل إن الطريق مفتوح').filter((t) => t.kind !== 'break');
    const big = emissions(model, seq, lex, new EmissionCache());
    const small = new EmissionCache(4);
    emissions(model, seq, lex, small);
    assert.deepEqual([...emissions(model, seq, lex, small)], [...big]);
  });
});

describe('class features and clitics inside names', () => {
  test('a word class is its lexicon memberships, else its shape, behind its clitic', () => {
    assert.ok(wordClass('الرئيس', lex).split('+').includes('title'), wordClass('الرئيس', lex));
    assert.equal(wordClass('،', lex), 'p،');
    assert.equal(wordClass('123', lex), 'num');
    assert.ok(wordClass('والرئيس', lex).startsWith('و:'));
    const seq = tokenize('قال سامر نوفل').filter((t) => t.kind !== 'break');
    const names = positionFeatureNames(seq, 1, lex);
    assert.ok(names.some((f) => f.startsWith('<c')) && names.some((f) => f.startsWith('>c')) && names.some((f) => f.startsWith('3c')));
  });
  const tagger = makeTagger(tinyModel({ 's=سامر': [0, 9, 0, 0, 0, 0, 0], 's=نوفل': [0, 0, 9, 0, 0, 0, 0], 'w=بنوفل': [0, 0, 9, 0, 0, 0, 0], 'w=ونوفل': [0, 0, 9, 0, 0, 0, 0], 'w=لنوفل': [0, 0, 9, 0, 0, 0, 0] }, ['نوفل']));
  test('inside a run و, ف or ل splits off another name; a ب there is the name\'s own letter', () => {
    const a = 'وصل سامر بنوفل أمس';
    assert.deepEqual(tagNames(tokenize(a), lex, tagger).map((s) => a.slice(s.start, s.end)), ['سامر بنوفل']);
    const b = 'وصل سامر لنوفل أمس';
    assert.deepEqual(tagNames(tokenize(b), lex, tagger).map((s) => b.slice(s.start, s.end)), ['سامر', 'نوفل']);
  });
  test('a preposition glued to a hamza or to a noun the article writes bare ends the run', () => {
    const t = makeTagger(tinyModel({ 's=سامر': [0, 9, 0, 0, 0, 0, 0], 'w=بإطلاق': [0, 0, 9, 0, 0, 0, 0], 'w=بالقرار': [0, 0, 9, 0, 0, 0, 0], 'w=بالمييري': [0, 0, 9, 0, 0, 0, 0] }, []));
    const names = (text: string) => tagNames(tokenize(text), lex, t).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(names('أمر سامر بإطلاق الموقوفين'), ['سامر']);
    assert.deepEqual(names('رحب سامر بالقرار وقال إن القرار صائب'), ['سامر']);
    assert.deepEqual(names('وصل سامر بالمييري أمس'), ['سامر بالمييري'], 'no bare المييري in the article: a family name');
  });
  test('a word the article has inside a tagged name keeps its first letter elsewhere', () => {
    assert.equal(cliticLength('بنوفل', tagger.model, lex, new Set()), 1);
    assert.equal(cliticLength('بنوفل', tagger.model, lex, new Set(), new Set(['بنوفل'])), 0);
  });
  test('a name tagged in part takes the whole of a longer name tagged elsewhere in the article', () => {
    const model = tinyModel({ 's=سامر': [0, 9, 0, 0, 0, 0, 0], '-2:s=الكاتب': [0, 0, 20, 0, 0, 0, 0] });
    const text = 'قال الكاتب سامر قرطم.\nووصل سامر قرطم أمس.';
    const found = tagNames(tokenize(text), lex, makeTagger(model)).map((s) => `${text.slice(s.start, s.end)}${s.propagated ? '*' : ''}`);
    assert.deepEqual(found, ['سامر قرطم', 'سامر قرطم']);
  });
});

describe('training on partial labels', () => {
  test('a gold article gives one sequence a line: person tokens fixed, the others anything but a person', () => {
    const text = 'قال الطبيب سامر نوفل إن الطريق مفتوح.\nوأضاف نوفل أمس.';
    const start = text.indexOf('سامر');
    const again = text.lastIndexOf('نوفل');
    const seqs = partialSequences({ key: 'test/1', text, persons: [{ start, end: start + 'سامر نوفل'.length }, { start: again, end: again + 4 }] });
    assert.equal(seqs.length, 2);
    assert.deepEqual([...seqs[0].tags].map((t) => TAGS[t]), ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O']);
    const allowedAt = (q: number, i: number) => TAGS.filter((_, t) => seqs[q].mask[i * T + t]);
    assert.deepEqual(allowedAt(0, 2), ['B-PER']);
    assert.deepEqual(allowedAt(0, 3), ['I-PER']);
    assert.deepEqual(allowedAt(0, 0), ['O', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']);
    assert.deepEqual([...seqs[1].tags].map((t) => TAGS[t]), ['O', 'B-PER', 'O', 'O']);
  });
  test('the latent perceptron learns the fixed tags and never a person where the mask forbids one', () => {
    // Feature 0 fires on a word that is a person in one line and "not a person" in another, feature 1 on a
    // word that is never labelled: the mask alone must keep feature 1 away from B-PER.
    const notPerson = Uint8Array.from(TAGS.map((t) => (t.endsWith('PER') ? 0 : 1)));
    const onlyBPer = Uint8Array.from(TAGS.map((t) => (t === 'B-PER' ? 1 : 0)));
    const examples = [
      { features: [Int32Array.of(0)], tags: Uint8Array.of(tag('B-PER')), mask: onlyBPer },
      { features: [Int32Array.of(1)], tags: Uint8Array.of(0), mask: notPerson },
      { features: [Int32Array.of(0), Int32Array.of(1)], tags: Uint8Array.of(tag('B-PER'), 0), mask: Uint8Array.from([...onlyBPer, ...notPerson]) },
    ];
    const m = train(examples, 2, 5, 1);
    const em = (f: number) => m.weights.subarray(f * T, f * T + T);
    const best = (v: ArrayLike<number>) => Array.from(v).reduce((a, x, i, arr) => (x > arr[a] ? i : a), 0);
    assert.equal(TAGS[best(em(0))], 'B-PER');
    assert.ok(em(1)[tag('B-PER')] <= 0 && !TAGS[best(em(1))].endsWith('PER'));
  });
});

describe('own gold files', () => {
  test('the gold read for training never includes test/devgold/fresh/, and a batch can be held out', () => {
    const root = mkdtempSync(join(tmpdir(), 'isnad-gold-files-'));
    try {
      const dir = join(root, 'test', 'devgold');
      for (const d of ['batches', 'fresh']) mkdirSync(join(dir, d), { recursive: true });
      for (const f of ['a.gold.json', 'batches/x-b1.gold.json', 'batches/y-b1.gold.json', 'fresh/z.gold.json', 'notes.md']) writeFileSync(join(dir, f), '{"documents":[]}');
      const names = (files: string[]) => files.map((f) => f.slice(dir.length + 1));
      assert.deepEqual(names(goldFiles(root)), ['a.gold.json', 'batches/x-b1.gold.json', 'batches/y-b1.gold.json']);
      assert.deepEqual(names(goldFiles(root, 'x-b')), ['a.gold.json', 'batches/y-b1.gold.json']);
      assert.equal(readOwnGold(root, join(root, 'no-shared')), null, 'no corpora beside the project: skipped');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
