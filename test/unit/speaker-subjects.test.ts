// The noun-phrase parser of the speaker stage (server/src/analysis/speakers/subjects.ts): which phrase
// is a cue's subject and which entity it names. Texts are invented (fictional people and bodies).
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { runStages } from '../../server/src/analysis/pipeline';
import { EntityRegistry } from '../../server/src/analysis/speakers/entities';
import { SubjectParser, type Subject } from '../../server/src/analysis/speakers/subjects';

/** A fresh parser over a text, with the lookups the tests need. */
function parserFor(text: string, lastPerson: number | null = null) {
  const { doc, people } = runStages(text);
  const registry = new EntityRegistry(people, doc.tokens, lexiconFor());
  const parser = new SubjectParser(doc, people, lexiconFor(), registry, { lastPerson });
  /** Index of the (n-th) token written as word. */
  const at = (word: string, n = 0): number => {
    const hits = doc.tokens.flatMap((t, i) => (t.text === word ? [i] : []));
    if (hits[n] === undefined) throw new Error(`test bug: no token ${word}`);
    return hits[n];
  };
  /** What a subject reads as: its phrase, the entity's type and name. */
  const read = (s: Subject | null) => s && {
    phrase: text.slice(s.span.start, s.span.end),
    type: registry.entities[s.entity].type,
    name: registry.entities[s.entity].name,
  };
  return { parser, registry, at, read };
}

/** What parse() reads at the (n-th) token written as word. */
function subjectAt(text: string, word: string, n = 0) {
  const { parser, at, read } = parserFor(text);
  return read(parser.parse(at(word, n)));
}

describe('SubjectParser.parse: persons', () => {
  test('a role and a name after the verb', () => {
    assert.deepEqual(subjectAt('وقال وزير المالية سامر الحداد إن العجز تراجع.', 'وزير'), { phrase: 'وزير المالية سامر الحداد', type: 'person', name: 'سامر الحداد' });
  });
  test('a description of article-words before the name', () => {
    assert.equal(subjectAt('وقالت الخبيرة الاقتصادية منى الشاذلي إن الأسعار ارتفعت.', 'الخبيرة')?.phrase, 'الخبيرة الاقتصادية منى الشاذلي');
  });
  test('a name set off by commas after the role', () => {
    assert.deepEqual(subjectAt('قال المتحدث باسم الحكومة، نادر السلمي، إن الاجتماع انتهى.', 'المتحدث'), { phrase: 'المتحدث باسم الحكومة، نادر السلمي', type: 'person', name: 'نادر السلمي' });
  });
  test('the last token of the subject is the name’s last word', () => {
    const { parser, at } = parserFor('وقال وزير المالية سامر الحداد إن العجز تراجع.');
    assert.equal(parser.parse(at('وزير'))?.lastToken, at('الحداد'));
  });
  test('a complementizer or function word is no subject', () => {
    const { parser, at } = parserFor('وقال إن العجز تراجع في الربع الأول.');
    assert.equal(parser.parse(at('إن')), null);
    assert.equal(parser.parse(at('في')), null);
  });
  test('a role whose head is followed by a construct chain of indefinite nouns before the name', () => {
    assert.deepEqual(subjectAt('وقال مدير وحدة كهرباء القرية سامر الحداد لـ"النشرة": "العمل مستمر".', 'مدير'), { phrase: 'مدير وحدة كهرباء القرية سامر الحداد', type: 'person', name: 'سامر الحداد' });
  });
  test('a role given after the name is that person later', () => {
    const text = 'وأكد الشيخ نادر بن حمد السلمي رئيس مركز الفنون أن الحفل ناجح. واعتبر رئيس مركز الفنون أن الموسيقى لغة.';
    assert.equal(subjectAt(text, 'رئيس', 1)?.name, 'نادر بن حمد السلمي');
  });
  test('a definite source word is the person named with it before', () => {
    const text = 'وأكد سامر الحداد، مسؤول العلاقات في النادي، أن الصفقة تمت. وتابع المسؤول في النادي: "اللاعب باق".';
    assert.deepEqual(subjectAt(text, 'المسؤول'), { phrase: 'المسؤول', type: 'person', name: 'سامر الحداد' });
  });
  test('a definite source word with no holder stays an unnamed source', () => {
    assert.equal(subjectAt('وتابع المسؤول في النادي: "اللاعب باق".', 'المسؤول')?.type, 'anonymous');
  });
  test('a role with no name is its last holder', () => {
    assert.deepEqual(subjectAt('قال الوزير سامر الحداد إن الخطة جاهزة. وأضاف الوزير أن التنفيذ يبدأ غداً.', 'الوزير', 1), { phrase: 'الوزير', type: 'person', name: 'سامر الحداد' });
  });
});

describe('SubjectParser.parse: bodies, sources and documents', () => {
  test('a known body’s name ends before the verb’s object; an adjective of origin goes on with it', () => {
    assert.equal(subjectAt('فيما دعت الأمم المتحدة الطرفين إلى الهدوء.', 'الأمم')?.phrase, 'الأمم المتحدة');
    assert.equal(subjectAt('وقالت وزارة الخارجية الروسية إن المحادثات انتهت.', 'وزارة')?.phrase, 'وزارة الخارجية الروسية');
  });
  test('an unnamed source and the word describing it', () => {
    assert.deepEqual(subjectAt('وقال مصدر مطلع إن الاجتماع تأجل.', 'مصدر'), { phrase: 'مصدر مطلع', type: 'anonymous', name: 'مصدر مطلع' });
  });
  test('a body by its head, and the bare definite head refers back to it', () => {
    const { parser, at, read } = parserFor('وقالت وزارة الصحة إن اللقاحات وصلت، وأكدت الوزارة أن الوضع مستقر.');
    const first = parser.parse(at('وزارة'));
    assert.deepEqual(read(first), { phrase: 'وزارة الصحة', type: 'organization', name: 'وزارة الصحة' });
    assert.equal(parser.parse(at('الوزارة'))?.entity, first?.entity);
  });
  test('a construct head takes a quoted name right after it', () => {
    const { parser, at, read } = parserFor('وقالت صحيفة «الأفق» إن الخبر صحيح.');
    const s = parser.parse(at('صحيفة'));
    assert.deepEqual(read(s), { phrase: 'صحيفة «الأفق»', type: 'organization', name: 'صحيفة الأفق' });
    assert.equal(s?.lastToken, at('»'));
  });
  test('a document speaks for the body that issued it', () => {
    assert.deepEqual(subjectAt('وقال بيان وزارة الدفاع إن التدريبات انتهت.', 'بيان'), { phrase: 'وزارة الدفاع', type: 'organization', name: 'وزارة الدفاع' });
  });
  test('a definite document with no body named is the speaker itself', () => {
    assert.deepEqual(subjectAt('وأفاد التقرير بأن الأرقام صحيحة.', 'التقرير'), { phrase: 'التقرير', type: 'organization', name: 'التقرير' });
  });
  test('a demonstrative before a source refers to it; before any other noun it is no subject', () => {
    const text = 'وقال هذا المصدر إن الخطة جاهزة. وأكدت هذه المعلومات أن الخطة جاهزة.';
    assert.deepEqual(subjectAt(text, 'هذا'), { phrase: 'هذا المصدر', type: 'anonymous', name: 'هذا المصدر' });
    assert.equal(subjectAt(text, 'هذه'), null);
  });
  test('a demonstrative before a title with no holder named falls back on the last person', () => {
    const text = 'وصل سامر الحداد إلى المطار. وقال هذا الوزير إن الزيارة ناجحة.';
    const known = parserFor(text, 0);
    const nobody = parserFor(text, null);
    assert.equal(known.parser.parse(known.at('هذا'))?.entity, 0);
    assert.equal(nobody.parser.parse(nobody.at('هذا')), null);
  });
});

describe('SubjectParser: subjects away from the verb', () => {
  test('afterPhrase: a person after an adverbial phrase', () => {
    const { parser, at, read } = parserFor('وقال في تصريح صحفي وزير المالية سامر الحداد إن العجز تراجع.');
    assert.equal(read(parser.afterPhrase(at('في')))?.phrase, 'وزير المالية سامر الحداد');
  });
  test('afterPhrase: not a person spoken to (مع)', () => {
    const { parser, at } = parserFor('وقال في اتصال مع سامر الحداد إن العجز تراجع.');
    assert.equal(parser.afterPhrase(at('في')), null);
  });
  test('afterPhrase: only after في، خلال، عقب، أثناء', () => {
    const { parser, at } = parserFor('وقال أمس وزير المالية سامر الحداد إن العجز تراجع.');
    assert.equal(parser.afterPhrase(at('أمس')), null);
  });
  test('before: the phrase that opens the clause and ends at the verb', () => {
    const { parser, at, read } = parserFor('ولكن المهندس فراس الداوود قال إن الجسر آمن.');
    assert.equal(read(parser.before(at('قال')))?.phrase, 'المهندس فراس الداوود');
  });
  test('before: a subject before قد and the verb', () => {
    const { parser, at, read } = parserFor('وكان المهندس فراس الداوود قد أكد أن الجسر آمن.');
    assert.equal(read(parser.before(at('أكد')))?.name, 'فراس الداوود');
  });
  test('ofVerb: a verb with a conjunction takes no subject from before it', () => {
    const { parser, at } = parserFor('ولكن المهندس فراس الداوود وقال إن الجسر آمن.');
    assert.equal(parser.ofVerb(at('وقال'), true), null);
    assert.equal(parser.ofVerb(at('وقال'), false)?.entity, 0);
  });
  test('stripped: a body written with a glued ل', () => {
    const { parser, at, read } = parserFor('بحسب بيان للوزارة فإن الخطة جاهزة.');
    assert.deepEqual(read(parser.stripped(at('للوزارة'))), { phrase: 'لوزارة', type: 'organization', name: 'الوزارة' });
    assert.equal(parser.parse(at('للوزارة')), null, 'parse alone does not read through the ل');
    assert.equal(read(parser.parseOrStripped(at('للوزارة')))?.name, 'الوزارة');
  });
  test('multiWordAt: the length of a known name of several words', () => {
    const { parser, at } = parserFor('وقالت هيئة السوق المالية إن التداول توقف، وقالت هيئة السوق الحرة إنها تتابع.');
    assert.equal(parser.multiWordAt(at('هيئة')), 3);
    assert.equal(parser.multiWordAt(at('هيئة', 1)), 0, 'only the whole name counts');
    assert.equal(parser.multiWordAt(at('إن')), 0);
  });
});
