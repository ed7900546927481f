// The name passes of the person stage (server/src/analysis/people/): what a word can be (words.ts),
// where a name starts (starts.ts), how far it goes (extension.ts), and the tagger's spans as mentions
// (mentions.ts). Texts and names are invented.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { NameExtension } from '../../server/src/analysis/people/extension';
import { MentionFinder } from '../../server/src/analysis/people/mentions';
import { NameStarts } from '../../server/src/analysis/people/starts';
import { TaggedNames } from '../../server/src/analysis/people/tagging';
import { nameDocFor } from './people-helpers';

/** The name that starts at the word, as written, or null. */
function nameAt(text: string, word: string): string | null {
  const { doc, at } = nameDocFor(text);
  const i = at(word);
  const start = new NameStarts(doc).at(i);
  return start && (new NameExtension(doc).extend(i, start)?.text ?? null);
}

describe('NameWords', () => {
  const text = 'وقال سامر الحداد هاتفياً إن الجولة انتهت في بلاده.';
  const { doc, at } = nameDocFor(text);
  test('a reporting verb behind و, and its form', () => {
    assert.ok(doc.words.verbAt(at('وقال')));
    assert.equal(doc.words.verbFormAt(at('وقال')), 'قال');
    assert.ok(!doc.words.verbAt(at('سامر')));
  });
  test('tanween marks a word that is never part of a name', () => {
    assert.ok(doc.words.notNameWord(doc.tokens[at('هاتفياً')]));
    assert.ok(!doc.words.notNameWord(doc.tokens[at('الحداد')]));
  });
  test('a preposition on a word opening with a hamza ends a name but may open one', () => {
    const d = nameDocFor('أمر القاضي سامر أبو خليل بإطلاق الموقوفين، وشكر لأحمد الحداد جهده.');
    assert.ok(d.doc.words.endsName(d.doc.tokens[d.at('بإطلاق')]));
    assert.ok(!d.doc.words.notNameWord(d.doc.tokens[d.at('لأحمد')]));
    assert.ok(!d.doc.words.endsName(d.doc.tokens[d.at('الحداد')]));
    assert.equal(nameAt('أمر القاضي سامر أبو خليل بإطلاق الموقوفين.', 'سامر'), 'سامر أبو خليل');
  });
  test('a family name, and words that are not one', () => {
    assert.ok(doc.words.familyLike('الحداد'));
    assert.ok(!doc.words.familyLike('بالعراق'));
    assert.ok(!doc.words.familyLike('في'));
  });
  test('an unknown word: not a function word, not with the article, not with a possessive', () => {
    assert.ok(doc.words.unknownWord('قنديلو', at('سامر')));
    assert.ok(!doc.words.unknownWord('الحداد', at('الحداد')));
    assert.ok(!doc.words.unknownWord('بلاده', at('بلاده')));
  });
  test('a boundary after a name: a function word or إن', () => {
    assert.ok(doc.words.isBoundary(at('إن')));
    assert.ok(!doc.words.isBoundary(at('الحداد')));
  });
});

describe('NameStarts and NameExtension', () => {
  test('a given name grows over a father\'s name and takes one family name', () => {
    assert.equal(nameAt('وقال سامر نبيل الحداد الجديد إن الجولة انتهت.', 'سامر'), 'سامر نبيل الحداد');
  });
  test('a chain particle carries the name on', () => {
    assert.equal(nameAt('وقال فراس بن نبيل الحداد إن الجولة انتهت.', 'فراس'), 'فراس بن نبيل الحداد');
  });
  test('a title teaches an unknown family name, which is the whole name', () => {
    assert.equal(nameAt('واستقبل الرئيس تورنوفسكي الضيوف.', 'تورنوفسكي'), 'تورنوفسكي');
  });
  test('two unknown words after a reporting verb, closed by إن, are a name', () => {
    assert.equal(nameAt('وقال ماركو قنديلو إن الموعد تأجل.', 'ماركو'), 'ماركو قنديلو');
  });
  test('a clitic is left out of the name', () => {
    assert.equal(nameAt('والتقى الوفد بسامر الحداد أمس.', 'بسامر'), 'سامر الحداد');
  });
  test('a function word does not start a name', () => {
    assert.equal(nameAt('وقال سامر الحداد إن الجولة انتهت.', 'إن'), null);
  });
  test('a lone given name with no title before it is no mention', () => {
    assert.equal(nameAt('وقال سامر إن الجولة انتهت.', 'سامر'), null);
  });
});

/** The mention MentionFinder makes of the words from first to last taken as a tagged span. */
function spanMention(text: string, first: string, last: string) {
  const { doc, index, lex, at } = nameDocFor(text);
  const finder = new MentionFinder(doc, new TaggedNames(doc.tokens, lex), index);
  const [f, l] = [at(first), at(last)];
  return finder.mentionOfSpan({ start: doc.tokens[f].start, end: doc.tokens[l].end, first: f, last: l, type: 'PER', propagated: false });
}

describe('MentionFinder', () => {
  test('a tagged span becomes a mention with its keys and the role before it', () => {
    const m = spanMention('وقال وزير الخارجية سامر الحداد إن الجولة انتهت.', 'سامر', 'الحداد');
    assert.equal(m.text, 'سامر الحداد');
    assert.equal(m.keys.length, 2);
    assert.equal(m.role?.text, 'وزير الخارجية');
    assert.equal(m.person, -1);
  });
  test('عبد + X in a tagged span is one key and one spelling', () => {
    assert.deepEqual(spanMention('وقال عبد الرحيم الحداد إن الجولة انتهت.', 'عبد', 'الحداد').spellings, ['عبد الرحيم', 'الحداد']);
  });
  test('the rules\' names go to the index and cover their tokens', () => {
    const text = 'وقال وزير الخارجية سامر الحداد إن الجولة انتهت.';
    const { doc, index, lex, at } = nameDocFor(text);
    new MentionFinder(doc, new TaggedNames(doc.tokens, lex), index).findByRules();
    assert.deepEqual(index.clusters.map((c) => c.name), ['سامر الحداد']);
    assert.equal(doc.covered[at('سامر')], 1);
    assert.equal(doc.covered[at('إن')], 0);
  });
});

describe('TaggedNames', () => {
  test("the tagger's person spans: overlap and furthest end", () => {
    const { doc, lex, at } = nameDocFor('وقال وزير الخارجية سامر الحداد إن الجولة انتهت.');
    const tagged = new TaggedNames(doc.tokens, lex);
    const span = tagged.persons.find((s) => s.first === at('سامر'));
    assert.ok(span, `persons: ${JSON.stringify(tagged.persons)}`);
    assert.ok(tagged.overlaps(at('الحداد'), at('إن')));
    assert.ok(!tagged.overlaps(at('إن'), at('إن')));
    assert.equal(tagged.furthestEnd(at('سامر'), at('سامر')), span!.last);
    assert.equal(tagged.furthestEnd(at('إن'), at('إن')), -1);
  });
});
