// The cue scan of the speaker stage (server/src/analysis/speakers/cues.ts): which words are cues, of
// what kind, and whom each is credited to. Texts are invented (fictional people and bodies).
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { runStages } from '../../server/src/analysis/pipeline';
import { CueScanner, opensSentence, roleMask } from '../../server/src/analysis/speakers/cues';
import { EntityRegistry } from '../../server/src/analysis/speakers/entities';
import { SubjectParser } from '../../server/src/analysis/speakers/subjects';
import { Topic } from '../../server/src/analysis/speakers/topic';

/** The cues a fresh scanner finds in a text, each as [cue text, kind, lemma, credited name, explicit]. */
function cuesOf(text: string): [string, string, string, string | null, boolean][] {
  const { doc, people } = runStages(text);
  const lex = lexiconFor();
  const registry = new EntityRegistry(people, doc.tokens, lexiconFor());
  const topic = new Topic(registry.entities, lex.places);
  const cues = new CueScanner(doc, people, lex, new SubjectParser(doc, people, lex, registry, topic), topic).scan();
  return cues.map((c) => [text.slice(c.start, c.end), c.kind, c.lemma, c.entity === null ? null : registry.entities[c.entity].name, c.explicit]);
}

describe('CueScanner: kinds of cue', () => {
  test('وبين after بينه is the preposition of بين X وبين Y; alone it is the verb', () => {
    const cues = cuesOf('قال سامر قنديلو إن الخلاف بينه وبين مجلس الإدارة انتهى. وبين المدير أن الحل قريب.');
    assert.deepEqual(cues.map((c) => c[0]), ['قال', 'وبين']);
    assert.equal(cues[1][3], 'المدير');
  });
  test('a verb with its subject, and an implicit verb after it', () => {
    assert.deepEqual(cuesOf('وقال الطبيب فراس الداوود إن الحملة تبدأ غداً. وأضاف أن الفرق مدربة.'), [
      ['وقال', 'verb', 'قال', 'فراس الداوود', true],
      ['وأضاف', 'verb', 'أضاف', 'فراس الداوود', false],
    ]);
  });
  test('a verb\'s form shows its subject\'s gender when it can', () => {
    const { speakers } = runStages('قالت الطبيبة هالة الرفاعي إن العمل مستمر. وقال الوزير سامي الخطيب إن الخطة جاهزة. وقالوا إن الأمر انتهى.');
    assert.deepEqual(speakers.cues.map((c) => c.gender), ['f', 'm', null]);
  });
  test('a participle is always implicit', () => {
    assert.deepEqual(cuesOf('وأكد الخبير فراس الداوود، مضيفاً أن الأسعار سترتفع.')[1], ['مضيفاً', 'participle', 'أضاف', 'فراس الداوود', false]);
  });
  test('according to: the body after it', () => {
    assert.deepEqual(cuesOf('وتراجع العجز هذا العام، بحسب وزارة المالية.'), [['بحسب', 'according', 'بحسب', 'وزارة المالية', true]]);
  });
  test('according to followed by a verb is no cue of its own (the verb is)', () => {
    assert.deepEqual(cuesOf('وتراجع العجز، بحسب ما قال سامر الحداد.').map((c) => c[0]), ['قال']);
  });
  test('a noun of saying after عن X is X’s', () => {
    assert.deepEqual(cuesOf('ونقل التلفزيون عن نادر السلمي قوله: «الخطة جاهزة».'), [['قوله', 'participle', 'قال', 'نادر السلمي', true]]);
  });
  test('a noun of saying with no عن is the last speaker’s', () => {
    assert.deepEqual(cuesOf('وقال سامر الحداد إن الخطة جاهزة، على حد قوله.')[1], ['قوله', 'participle', 'قال', 'سامر الحداد', false]);
  });
  test('جاء في + a document names its body; جاء فيه is the last speaker’s', () => {
    assert.deepEqual(cuesOf('وجاء في بيان لوزارة الصحة أن اللقاحات وصلت. وجاء فيه أن الحملة تبدأ غداً.'), [
      ['وجاء في بيان', 'verb', 'جاء في', 'وزارة الصحة', true],
      ['وجاء فيه', 'verb', 'جاء في', 'وزارة الصحة', false],
    ]);
  });
  test('جاء في before a word that is no document is no cue', () => {
    assert.deepEqual(cuesOf('وجاء في الترتيب الثاني فريق المدينة.'), []);
  });
  test('words inside a quote are not scanned', () => {
    assert.deepEqual(cuesOf('وقال سامر الحداد: «قال لي العامل إن المصنع مغلق».').map((c) => c[0]), ['وقال']);
  });
  test('an implicit cue before anyone is named is credited to nobody', () => {
    assert.deepEqual(cuesOf('وقال: «العمل مستمر».'), [['وقال', 'verb', 'قال', null, false]]);
  });
});

describe('CueScanner: the topic of implicit cues', () => {
  test('a masculine verb skips the ministry that spoke last', () => {
    const cues = cuesOf('وقال سامر الحداد إن الخطة جاهزة. وقالت وزارة الصحة إن اللقاحات وصلت. وأضاف أن التنفيذ يبدأ غداً.');
    assert.deepEqual(cues[2], ['وأضاف', 'verb', 'أضاف', 'سامر الحداد', false]);
  });
  test('a feminine verb takes the ministry', () => {
    const cues = cuesOf('وقال سامر الحداد إن الخطة جاهزة. وقالت وزارة الصحة إن اللقاحات وصلت. وأضافت أن المراكز جاهزة.');
    assert.deepEqual(cues[2], ['وأضافت', 'verb', 'أضاف', 'وزارة الصحة', false]);
  });
  test('a person who opens a sentence is the topic of the next implicit verb', () => {
    const cues = cuesOf('وقال سامر الحداد إن الخطة جاهزة. أما الكاتب نادر السلمي فرأى غير ذلك. وقال: «الحرية أولاً».');
    assert.equal(cues[cues.length - 1][3], 'نادر السلمي');
  });
  test('a person named in the middle of a sentence is not', () => {
    const cues = cuesOf('وقال سامر الحداد إن الخطة جاهزة. وزار الوفد المهندس نادر السلمي في مكتبه. وقال: «الحرية أولاً».');
    assert.equal(cues[cues.length - 1][3], 'سامر الحداد');
  });
});

describe('opensSentence and roleMask', () => {
  const text = 'وصل الوفد أمس. أما الكاتب نادر السلمي فرأى غير ذلك، والتقى الوفد سامر الحداد.';
  const { doc, people } = runStages(text);
  const inRole = roleMask(doc.tokens, people);
  const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);

  test('roleMask marks the role phrase before a name', () => {
    assert.equal(inRole[at('الكاتب')], 1);
    assert.equal(inRole[at('نادر')], 0);
    assert.equal(inRole[at('الوفد')], 0);
  });
  test('a name after أما and its role opens the sentence', () => {
    assert.equal(opensSentence(doc, inRole, at('نادر')), true);
  });
  test('a name after a verb does not', () => {
    assert.equal(opensSentence(doc, inRole, at('سامر')), false);
  });
  test('the first word of the text looks back at nothing and does not', () => {
    assert.equal(opensSentence(doc, inRole, 0), false);
  });
});
