// Reporting cues and the speaker of each speech quote: verbs before the quote, participles, "according
// to" after it, colon lead-ins, the verb's subject rather than the nearest name, implicit subjects,
// organizations, unnamed sources and quotes nobody is credited with.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, analyzeArticle, quoteWith, speakerEntity, speakerOf } from './helpers';
import { runStages } from '../../server/src/analysis/pipeline';

const SPEECH = '«الوضع الاقتصادي سيتحسن كثيراً خلال الأشهر المقبلة»';

describe('a reporting verb before the quote', () => {
  const verbs: [string, string][] = [
    ['قال', 'قال'], ['يقول', 'قال'], ['أضاف', 'أضاف'], ['أكد', 'أكد'], ['أوضح', 'أوضح'], ['أشار', 'أشار'], ['لفت', 'لفت'],
    ['تابع', 'تابع'], ['ذكر', 'ذكر'], ['صرح', 'صرح'], ['أعلن', 'أعلن'], ['شدد', 'شدد'], ['أفاد', 'أفاد'], ['أردف', 'أردف'],
    ['اعتبر', 'اعتبر'], ['رأى', 'رأى'],
  ];
  for (const [verb, lemma] of verbs) {
    test(`و${verb} + title + name + colon`, () => {
      const t = `و${verb} الخبير الاقتصادي فراس الداوود: ${SPEECH}.`;
      assert.equal(speakerOf(t, 'الوضع'), 'فراس الداوود');
      const q = quoteWith(t, 'الوضع');
      assert.equal(q.attribution!.method, 'explicit');
      assert.equal(q.attribution!.cue!.lemma, lemma);
      assert.equal(q.attribution!.cue!.text, `و${verb}`);
    });
  }
  test('قالت + feminine subject, no colon, إن', () => {
    const t = 'وقالت الطبيبة هالة الرفاعي إن «المستشفى يحتاج إلى خمسين سريراً إضافياً على الأقل».';
    assert.equal(speakerOf(t, 'المستشفى'), 'هالة الرفاعي');
  });
  test('a verb with no conjunction at the start of the article', () => {
    const t = `أكد الخبير الاقتصادي فراس الداوود ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'فراس الداوود');
  });
  test('a subject before the verb (topic first)', () => {
    const t = `المهندس فراس الداوود قال في المؤتمر: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'فراس الداوود');
  });
  test('extra reporting verbs from the options', () => {
    const t = `وهمهم الخبير الاقتصادي فراس الداوود إن ${SPEECH}.`;
    // Without the option the verb is no cue (the learned choice may still credit the name near the quote).
    const a = analyzeArticle(t);
    assert.equal(a.cues.length, 0, 'not a cue without the option');
    assert.notEqual(quoteWith(t, 'الوضع').attribution?.method, 'explicit');
    const b = analyzeArticle(t, { extraReportingVerbs: ['همهم'] });
    assert.equal(b.quotes.length, 1);
    assert.equal(b.cues.length, 1);
    assert.equal(b.quotes[0].attribution?.method, 'explicit');
    assert.equal(b.entities[b.quotes[0].attribution!.entityId].name, 'فراس الداوود');
  });
});

describe('participles', () => {
  const first = 'وقال الوزير سامي الخطيب إن المفاوضات مع الجيران مستمرة';
  for (const p of ['مضيفاً', 'مشيراً', 'مؤكداً', 'قائلاً', 'مردفاً']) {
    test(`${p}: the subject of the clause`, () => {
      const t = `${first}، ${p}: ${SPEECH}.`;
      assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
      const q = quoteWith(t, 'الوضع');
      assert.equal(q.attribution!.cue!.text, p);
    });
  }
  test('a participle after another person was mentioned in an object position', () => {
    const t = `وقال الوزير سامي الخطيب إنه التقى نظيره فراس الداوود، مضيفاً: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
  });
});

describe('a cue after the quote', () => {
  test('بحسب + title + name', () => {
    const t = `${SPEECH}، بحسب الخبير الاقتصادي فراس الداوود.`;
    assert.equal(speakerOf(t, 'الوضع'), 'فراس الداوود');
    assert.equal(quoteWith(t, 'الوضع').attribution!.method, 'after');
  });
  test('وفق + name', () => {
    const t = `${SPEECH}، وفق المحلل فراس الداوود.`;
    assert.equal(speakerOf(t, 'الوضع'), 'فراس الداوود');
  });
  test('verb after the quote: «…»، قال …', () => {
    const t = `${SPEECH}، قال الخبير فراس الداوود للصحفيين.`;
    assert.equal(speakerOf(t, 'الوضع'), 'فراس الداوود');
  });
  test('a feminine role alone refers back to the woman who held it', () => {
    const t = `قالت الطبيبة هالة الرفاعي إن العمل مستمر.\nوالتقى الوزير سامي الخطيب بالسكان.\nوقالت الطبيبة ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'هالة الرفاعي');
  });
  test('a participle after the quote, at the start of a paragraph: the subject it refers back to', () => {
    const t = `قالت الوزيرة ليلى منصور إن الحوار مستمر.\n${SPEECH}، مضيفةً أن العمل جار.`;
    assert.equal(speakerOf(t, 'الوضع'), 'ليلى منصور');
    assert.equal(quoteWith(t, 'الوضع').attribution!.method, 'after');
  });
});

describe('colon lead-ins', () => {
  test('name and colon with no verb', () => {
    const t = `المحافظ عادل الرفاعي: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'عادل الرفاعي');
    assert.equal(quoteWith(t, 'الوضع').attribution!.method, 'colon');
  });
  test('a paragraph ending with a colon, the quote in the next paragraph', () => {
    const t = `وقال الوزير سامي الخطيب في كلمته أمام البرلمان:\n${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
  });
});

describe('a quote that is a paragraph of its own', () => {
  test('after a paragraph whose last cue names its speaker: the words go on with that speaker', () => {
    const t = `وقال الخبير بسام الكردي إن السوق ستتعافى قريباً.\n${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'بسام الكردي');
    assert.equal(quoteWith(t, 'الوضع').attribution!.method, 'sentence');
  });
  test('not when the paragraph holds more than the quote', () => {
    const t = `وقال الخبير بسام الكردي إن السوق ستتعافى قريباً.\n${SPEECH}، وارتفعت الأسعار بعد ذلك في كل المدن.`;
    assert.notEqual(quoteWith(t, 'الوضع').attribution?.method, 'sentence');
  });
});

describe('the subject of the verb, not the nearest name', () => {
  test('قال <title> A لدى استقباله B: «…» → A', () => {
    const t = `قال الوزير سامي الخطيب لدى استقباله السفير ماركو بيلاتي: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
  });
  test('قال <spokesman> إن B و C "…" → the spokesman', () => {
    const t = 'وقال المتحدث باسم الوزارة زاهر قنديلو إن الوزير سامي الخطيب والمهندس فراس الداوود "اتفقا على جدول زمني واضح للمشروع".';
    assert.equal(speakerOf(t, 'اتفقا'), 'زاهر قنديلو');
  });
  test('a second name after في حديث مع does not take the quote', () => {
    const t = `وقالت الطبيبة هالة الرفاعي في حديث مع الصحفي نبيل الصافي: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'هالة الرفاعي');
  });
});

describe('implicit subjects → the last speaker', () => {
  const lead = 'وقال الوزير سامي الخطيب: «المفاوضات مستمرة ولن نتوقف عنها مهما حدث».\n';
  test('وأضاف', () => {
    const t = `${lead}وأضاف: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
    assert.equal(quoteWith(t, 'الوضع').attribution!.method, 'implicit');
  });
  test('وتابع', () => {
    const t = `${lead}وتابع قائلاً: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
  });
  test('وقال سموه', () => {
    const t = `وقال الشيخ خالد بن ناصر آل حمدان: «المهرجان سيقام في موعده المحدد هذا العام».\nوقال سموه: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'خالد بن ناصر آل حمدان');
  });
  test('the last speaker, not the last name mentioned', () => {
    const t = `${lead}وكان الخطيب قد التقى المهندس فراس الداوود أمس.\nوأضاف الخطيب: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
  });
  test('a short form as subject joins the full name', () => {
    const t = `${lead}وأكد الخطيب: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
  });
});

describe('organizations', () => {
  test('وزارة … is an organization', () => {
    const t = `وقالت وزارة الصحة في بيان: ${SPEECH}.`;
    const e = speakerEntity(t, 'الوضع');
    assert.ok(e);
    assert.equal(e!.type, 'organization');
    assert.ok(e!.name.includes('وزارة الصحة'), e!.name);
  });
  test('الصحيفة refers back to the newspaper named before', () => {
    const t = `ونشرت صحيفة “الفجر الجديد” تقريراً عن الأزمة.\nوقالت الصحيفة: ${SPEECH}.`;
    const e = speakerEntity(t, 'الوضع');
    assert.ok(e);
    assert.equal(e!.type, 'organization');
  });
  test('a capital city speaking for its government', () => {
    const t = `وقالت القاهرة في رد رسمي: ${SPEECH}.`;
    const e = speakerEntity(t, 'الوضع');
    assert.ok(e);
    assert.equal(e!.type, 'organization');
  });
});

describe('unnamed sources', () => {
  test('مصدر مسؤول → anonymous', () => {
    const t = `وقال مصدر مسؤول في الوزارة: ${SPEECH}.`;
    const e = speakerEntity(t, 'الوضع');
    assert.ok(e);
    assert.equal(e!.type, 'anonymous');
  });
  test('دبلوماسي غربي → anonymous', () => {
    const t = `وقال دبلوماسي غربي للصحفيين إن ${SPEECH}.`;
    const e = speakerEntity(t, 'الوضع');
    assert.ok(e);
    assert.equal(e!.type, 'anonymous');
  });
  test('بحسب مصادر مطلعة → anonymous', () => {
    const t = `${SPEECH}، بحسب مصادر مطلعة.`;
    assert.equal(speakerEntity(t, 'الوضع')?.type, 'anonymous');
  });
});

describe('no speaker', () => {
  test('a quote standing alone in its paragraph after narration: no speaker, unattributed-quote naming the last person quoted', () => {
    const t = `وقال الوزير سامي الخطيب: «المفاوضات مستمرة ولن نتوقف عنها مهما حدث».\nوارتفعت الأسعار في الأسواق هذا الأسبوع.\n\n${SPEECH}.`;
    const q = quoteWith(t, 'الوضع');
    assert.equal(q.attribution, null);
    const p = analyze(t).problems.find((x) => x.code === 'unattributed-quote');
    assert.ok(p);
    assert.equal(p!.start, q.start);
    assert.equal(p!.end, q.end);
    assert.ok(p!.message.includes('سامي الخطيب'), p!.message);
    assert.equal(p!.data?.likelySpeaker, 'سامي الخطيب');
  });
  test('a quote with no speaker in an article with nobody quoted before', () => {
    const t = `ارتفعت الأسعار في الأسواق هذا الأسبوع.\n\n${SPEECH}.`;
    const p = analyze(t).problems.find((x) => x.code === 'unattributed-quote');
    assert.ok(p);
    assert.equal(p!.data?.likelySpeaker, undefined);
  });
  test('a quote alone after a change of subject (وفي سياق آخر) gets no speaker from the rules; the scorer may credit it only by context, with a low confidence', () => {
    const t = `وقال الوزير سامي الخطيب: «المفاوضات مستمرة ولن نتوقف عنها مهما حدث».\n\nوفي سياق آخر، ${SPEECH}.`;
    const a = quoteWith(t, 'الوضع').attribution;
    if (a) {
      assert.equal(a.method, 'context');
      assert.equal(a.cue, null);
      assert.ok(a.confidence <= 0.6);
    }
    const stages = runStages(t);
    const qi = stages.doc.quotes.findIndex((q) => t.slice(q.start, q.end).includes('الوضع'));
    assert.equal(stages.speakerContext.rules[qi], null);
  });
});

describe('cues', () => {
  test('cues are listed with lemma, span and subject', () => {
    const t = `وأكد الخبير الاقتصادي فراس الداوود: ${SPEECH}.`;
    const a = analyze(t);
    assert.equal(a.cues.length, 1);
    const c = a.cues[0];
    assert.equal(t.slice(c.start, c.end), 'وأكد');
    assert.equal(c.lemma, 'أكد');
    assert.ok(c.subject);
    assert.ok(t.slice(c.subject!.start, c.subject!.end).includes('فراس الداوود'));
    assert.equal(a.entities[c.entityId!].name, 'فراس الداوود');
  });
  test('the entity lists the quote ids credited to it', () => {
    const t = `وقال الوزير سامي الخطيب: «المفاوضات مستمرة ولن نتوقف عنها مهما حدث».\nوأضاف: ${SPEECH}.`;
    const a = analyze(t);
    const e = a.entities.find((x) => x.name === 'سامي الخطيب')!;
    assert.deepEqual(e.quoteIds, [0, 1]);
  });
});

describe('subjects found beyond the verb', () => {
  test('a name in quotation marks right after the verb is the speaker', () => {
    const t = `وحذّر "الطوخي"؛ في خطبته أمس من الشائعات.\nوخاطب المصلين بقوله: ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'الطوخي');
  });
  test('a statement speaks for the body that issued it (جاء في بيان لـ…)', () => {
    const t = `وجاء في بيان للأمم المتحدة أن ${SPEECH}.`;
    const e = speakerEntity(t, 'الوضع');
    assert.equal(e?.type, 'organization');
    assert.match(e!.name, /الأمم المتحدة/);
  });
  test('a person opening a sentence is the topic of a later bare وقال', () => {
    const t = `وكان المهندس سامي الخطيب قد زار الموقع صباحاً.\nأما الكاتب الصحفي نادر الفيومي فانتقد التأخير، وقال ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'نادر الفيومي');
  });
  test('an implicit subject agrees with the verb: وأضاف skips a ministry named since', () => {
    const t = `قال وزير المالية فراس الداوود إن العجز تراجع. وتقول وزارة التخطيط إن الأرقام أولية.\nوأضاف أن ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'فراس الداوود');
  });
  test('a feminine participle goes back to the body, not to the man quoted before it', () => {
    const t = `وقال الوزير سامي الخطيب إن الخطة جاهزة. فمن جانبها أصدرت وزارة الصحة بياناً ينتقد التأخير قائلة إن ${SPEECH}.`;
    assert.equal(speakerEntity(t, 'الوضع')?.type, 'organization');
  });
});

describe('the subject before the verb', () => {
  test('وكان X قد أكد: the subject stands between كان and قد', () => {
    const t = `وكان وزير الخارجية سامي الخطيب قد أكد أن ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
  });
  test('a body with a glued و or ف before its verb: the body, without the conjunction', () => {
    assert.equal(speakerOf('وقال الوزير إن الوضع هادئ. ومنظمة العدالة الدولية نددت باعتقال "ناشطين بارزين" أمس.', 'ناشطين'), 'منظمة العدالة الدولية');
    assert.equal(speakerOf('وقال الوزير إن الوضع هادئ. فمنظمة "العدالة الدولية" نددت باعتقال "ناشطين بارزين" أمس.', 'ناشطين'), 'منظمة العدالة الدولية');
  });
});

describe('a subject after an adverbial phrase', () => {
  test('وقال في تصريح صحفي وزير المالية X إن …', () => {
    const t = `وقال في تصريح صحفي وزير المالية فراس الداوود إن ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'فراس الداوود');
  });
  test('not the person met: وأضاف خلال لقائه مع X … is still the previous speaker', () => {
    const t = `قال الوزير سامي الخطيب إن الحوار مستمر.\nوأضاف خلال لقائه مع فراس الداوود ${SPEECH}.`;
    assert.equal(speakerOf(t, 'الوضع'), 'سامي الخطيب');
  });
});
