// Speech or term: whole sentences and partial quotes in reported speech are speech; names of
// organizations, newspapers, programmes, short phrases with no reporting verb and short names nested
// in a speech quote are terms.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, kindOf, quoteWith, speakerEntity } from './helpers';

describe('speech', () => {
  test('a whole sentence after a reporting verb and a colon', () => {
    const t = 'قال وزير الزراعة سامر الحلبي: «سنوزع البذور على المزارعين مجاناً هذا الموسم».';
    assert.equal(kindOf(t, 'سنوزع'), 'speech');
  });
  test('a whole sentence with no colon after the verb', () => {
    const t = 'وقالت المديرة هالة الرفاعي إن "المستشفى سيستقبل المرضى ابتداء من الأحد المقبل".';
    assert.equal(kindOf(t, 'المستشفى'), 'speech');
  });
  test('a long quote standing alone is still speech', () => {
    const t = 'شهد السوق حركة نشطة.\n«الأسعار ارتفعت كثيراً منذ بداية الشهر ولا نعرف السبب».';
    assert.equal(kindOf(t, 'الأسعار'), 'speech');
  });
  test('a short quote in a sentence the copy repeats is still speech (the same words, after the same words)', () => {
    const line = 'ونفى المتحدث سامر الحداد "بشكل قاطع" أي تورط للوزارة.';
    assert.deepEqual(analyze(`${line}\n${line}`).quotes.map((q) => q.kind), ['speech', 'speech']);
  });
  test('the same short words quoted again after other words are a name', () => {
    const t = 'وقال الوزير سامر الحداد إن الفريق لعب بروح "النسور" في المباراة.\nوتحدث المشجعون طويلا عن لاعبي "النسور" بعد الفوز.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.kind), ['term', 'term']);
  });
  test('a partial quote in reported speech: بأنها «مثمرة»', () => {
    const t = 'ووصف الوزير سامي الخطيب المحادثات بأنها «مثمرة».';
    assert.equal(kindOf(t, 'مثمرة'), 'speech');
  });
  test('a two-word partial quote after أكد', () => {
    const t = 'وأكد المتحدث فراس المصري أن الحوار «ما زال ممكناً» رغم الخلافات.';
    assert.equal(kindOf(t, 'ما زال'), 'speech');
  });
  test('a short quote followed by a reporting cue', () => {
    const t = '«لن نستسلم»، قال القائد ماجد العلي للصحفيين.';
    assert.equal(kindOf(t, 'لن نستسلم'), 'speech');
  });
  test('a short quote after a colon', () => {
    const t = 'وكان رد اللاعب طارق الفاسي مقتضباً: «لا تعليق».';
    assert.equal(kindOf(t, 'لا تعليق'), 'speech');
  });
});

describe('term', () => {
  test('organization name: تنظيم «…»', () => {
    const t = 'وأعلن تنظيم «جند الصحراء» مسؤوليته عن الهجوم.';
    assert.equal(kindOf(t, 'جند الصحراء'), 'term');
  });
  test('newspaper name: صحيفة “…”', () => {
    const t = 'ونشرت صحيفة “الفجر الجديد” تقريراً مطولاً عن الأزمة.';
    assert.equal(kindOf(t, 'الفجر الجديد'), 'term');
  });
  test('programme name', () => {
    const t = 'وأطلقت الوزارة برنامج "مهارات المستقبل" لتدريب الخريجين.';
    assert.equal(kindOf(t, 'مهارات المستقبل'), 'term');
  });
  test('campaign name', () => {
    const t = 'وانطلقت حملة «شجرة لكل طالب» في المدارس الحكومية.';
    assert.equal(kindOf(t, 'شجرة لكل طالب'), 'term');
  });
  test('a short phrase with no reporting verb', () => {
    const t = 'ويعيش سكان الحي في ظروف «صعبة» منذ سنوات.';
    assert.equal(kindOf(t, 'صعبة'), 'term');
  });
  test('a short two-word phrase with no reporting verb', () => {
    const t = 'وتحول المشروع إلى «حلم مؤجل» بالنسبة للأهالي.';
    assert.equal(kindOf(t, 'حلم مؤجل'), 'term');
  });
  test('a short name nested inside a speech quote is a term, the outer quote speech', () => {
    const t = 'وقال المتحدث باسم الشركة رامي العطار: «أطلقنا برنامج “بيتي أولاً” لمساعدة الأسر الشابة».';
    assert.equal(kindOf(t, 'أطلقنا'), 'speech');
    assert.equal(kindOf(t, 'بيتي أولاً'), 'term');
  });
  test('a short nested phrase with no designator inside speech is a term', () => {
    const t = 'وقال الوزير سامي الخطيب: «البعض يسمي هذا الاتفاق “صفقة” لكننا نراه شراكة حقيقية».';
    assert.equal(kindOf(t, 'صفقة'), 'term');
  });
  test('a term quote gets no speaker and no unattributed-quote problem', () => {
    const t = 'وانطلقت حملة «شجرة لكل طالب» في المدارس الحكومية.';
    const a = analyze(t);
    assert.equal(quoteWith(t, 'شجرة').attribution, null);
    assert.ok(!a.problems.some((p) => p.code === 'unattributed-quote'));
  });
  test('every quote carries a non-empty kindReason', () => {
    const t = 'وانطلقت حملة «شجرة لكل طالب». وقال الوزير: «نحن فخورون بهذه الحملة الكبيرة جداً».';
    for (const q of analyze(t).quotes) assert.ok(q.kindReason.length > 0);
  });
});

describe('where short quotes are names', () => {
  test('لـ«…» after a verb names whom it was said to: a term', () => {
    const t = 'وقال المتحدث سامي الخطيب لـ«الأفق» إن الموعد قريب.';
    assert.equal(kindOf(t, 'الأفق'), 'term');
  });
  test('a quoted phrase right after the verb is its subject: a term', () => {
    const t = 'أصدرت "مكتبة المدينة" طبعة جديدة من الكتاب.';
    assert.equal(kindOf(t, 'مكتبة'), 'term');
  });
  test('a title after بعنوان: is a term even with a colon', () => {
    const t = 'وألقى الباحث محاضرة بعنوان: «الماء والحضارة في وادي النيل».';
    assert.equal(kindOf(t, 'الماء'), 'term');
  });
});

describe('names and titles the words around them reveal', () => {
  test('letters spelled out with dots are a name, even after أن', () => {
    const t = 'وأكد المدير أن "جي.إم.سي" ستفتتح مصنعاً جديداً في المدينة.';
    assert.equal(kindOf(t, 'جي.إم.سي'), 'term');
  });
  test('the kind of thing named two words back, through definite words: وكالة الأنباء المحلية «…»', () => {
    const t = 'وذكرت وكالة الأنباء المحلية "نبأ" أن الطريق أغلق.';
    assert.equal(kindOf(t, 'نبأ'), 'term');
  });
  test('further back the quote must read as a name: a clause after قرار اللجنة الأخيرة is speech', () => {
    const t = 'وقال الوزير إن قرار اللجنة الأخيرة «لن يغير شيئاً».';
    assert.equal(kindOf(t, 'لن يغير'), 'speech');
  });
  test('لـ«…» glued to the mark near a reporting verb names whom it was said to', () => {
    const t = 'وأكد مصدر في النادي لـ"الملاعب" أن العقد جاهز.';
    assert.equal(kindOf(t, 'الملاعب'), 'term');
  });
  test('a name given as an example after مثل', () => {
    const t = 'وقال الخبير إن منصات مثل "سوق نت" تنمو بسرعة.';
    assert.equal(kindOf(t, 'سوق نت'), 'term');
  });
  test('titles listed after a colon that follows a noun of works', () => {
    const t = 'ويضم الألبوم الجديد أغنيات عدة هي: «ليل المدينة» و«بحر الحنين».';
    assert.equal(kindOf(t, 'ليل المدينة'), 'term');
  });
  test('a body\'s name after أن when the clause goes on past the marks (أن «مؤسسة …» باشرت)', () => {
    const t = 'وأكد المسؤول أن "مؤسسة النور للتنمية" باشرت توزيع المساعدات.';
    assert.equal(kindOf(t, 'مؤسسة النور'), 'term');
  });
  test('after أن, a quote that is the whole clause stays speech even when it starts with such a noun', () => {
    const t = 'وأكد المسؤول فادي الراشد أن "مؤسسات الدولة ستبقى قوية".';
    assert.equal(kindOf(t, 'مؤسسات الدولة'), 'speech');
  });
  test('an adjective after the closing mark qualifies a title («…» الجديد)', () => {
    const t = 'وأعلنت الفرقة أنها ستطلق «أضواء الليل» الجديد الشهر المقبل.';
    assert.equal(kindOf(t, 'أضواء الليل'), 'term');
  });
  test('letters spelled out with spaced dots (إي. سي. دي) are a name', () => {
    const t = 'ويمكن شحن الجهاز عبر منفذ “إي. سي. دي” أو عبر الشبكة.';
    assert.equal(kindOf(t, 'سي'), 'term');
  });
  test('a title after بعنوان keeps its own punctuation and stays a term', () => {
    const t = 'وتلقي الباحثة محاضرة بعنوان "المياه الجوفية.. ثروة مهددة وحلول ممكنة" مساء الغد.';
    assert.equal(kindOf(t, 'المياه'), 'term');
  });
  test('a name with the article written outside the marks (الـ«…»)', () => {
    const t = 'وقال المعلق إن لاعبي الـ"نسور" قدموا أداء جيداً.';
    assert.equal(kindOf(t, 'نسور'), 'term');
  });
  test('after إن the quoted subject of a clause that goes on outside the marks is a name', () => {
    const t = 'وقال المعلق إن "الصقور" سيواجهون منافساً قوياً.';
    assert.equal(kindOf(t, 'الصقور'), 'term');
  });
  test('but after إنه (the pronoun is the subject) the quoted word is what is said: speech', () => {
    const t = 'وقال المعلق وائل النجار إنه "محبط" بعد المباراة.';
    assert.equal(kindOf(t, 'محبط'), 'speech');
  });
  test('a saying after كما قيل is a term', () => {
    const t = 'وكتب المعلق في ختام مقاله، وكما قيل قديماً: "من جد وجد ومن زرع حصد".';
    assert.equal(kindOf(t, 'من جد'), 'term');
  });
  test('a short quote headed by a day word names an occasion', () => {
    const t = 'ودعت النقابة العمال إلى "يوم تضامن" مع المفصولين.';
    assert.equal(kindOf(t, 'يوم تضامن'), 'term');
  });
  test('a hashtag is a term', () => {
    const t = 'وقال الناشط إن المغردين أطلقوا "#أنقذوا_النهر" احتجاجاً على التلوث.';
    assert.equal(kindOf(t, 'أنقذوا'), 'term');
  });
  test('a short name in Latin letters is a term', () => {
    const t = 'وأكد المدير أن "Smart Farm" سيصل إلى المزارعين قريباً.';
    assert.equal(kindOf(t, 'Smart'), 'term');
  });
  test('a nickname after الملقب بـ', () => {
    const t = 'وقال المدرب إن اللاعب الملقب بـ"الصاروخ" سيعود إلى الملعب قريباً.';
    assert.equal(kindOf(t, 'الصاروخ'), 'term');
  });
  test('a work noun with a pronoun and an adjective before the title (فيلمها الجديد «…»)', () => {
    const t = 'وقالت المخرجة إن فيلمها الجديد "ظلال المدينة" سيعرض في الخريف.';
    assert.equal(kindOf(t, 'ظلال'), 'term');
  });
  test('a long quote after a noun of speech (العبارة) is speech', () => {
    const t = 'وختم الوزير كلمته بهذه العبارة «سنبقى هنا مهما طال الزمن وسنبني ما تهدم».';
    assert.equal(kindOf(t, 'سنبقى'), 'speech');
  });
});

describe('words that complete a reported clause', () => {
  test('the description a verb puts on its object (واعتبره «…») is speech, with the verb\'s subject as speaker', () => {
    const t = 'وانتقد النائب كريم الساعدي القرار واعتبره «متسرعاً».';
    assert.equal(kindOf(t, 'متسرعاً'), 'speech');
    assert.equal(speakerEntity(t, 'متسرعاً')?.name, 'كريم الساعدي');
  });
  test('ووصف الوضع بـ«…»: the description is speech, the describer its speaker', () => {
    const t = 'ووصف الوزير سامي الخطيب الوضع بـ"الحرج".';
    assert.equal(kindOf(t, 'الحرج'), 'speech');
    assert.equal(speakerEntity(t, 'الحرج')?.name, 'سامي الخطيب');
  });
  test('أن + a definite noun + an indefinite quote ending the clause: the quote is said of the noun (speech)', () => {
    const t = 'واعتبر النائب كريم الساعدي أن القرار "خطوة متأخرة".';
    assert.equal(kindOf(t, 'خطوة متأخرة'), 'speech');
    assert.equal(speakerEntity(t, 'خطوة متأخرة')?.name, 'كريم الساعدي');
  });
  test('but a name after that noun when the clause goes on past the marks (أن الحزب «…» سيفوز)', () => {
    const t = 'وأكد المحلل رامي حداد أن الحزب "المستقبل" سيفوز في الانتخابات.';
    assert.equal(kindOf(t, 'المستقبل'), 'term');
  });
  test('verbs of threatening and claiming report words too (توعد، زعم)', () => {
    const t = 'وتوعد القائد ماجد العلي بأن الرد "سيكون حاسماً". وزعم المتحدث طارق الفاسي أن المعارضين "يريدون الفوضى".';
    assert.equal(kindOf(t, 'سيكون'), 'speech');
    assert.equal(speakerEntity(t, 'سيكون')?.name, 'ماجد العلي');
    assert.equal(kindOf(t, 'يريدون'), 'speech');
    assert.equal(speakerEntity(t, 'يريدون')?.name, 'طارق الفاسي');
  });
  test('اعتبر X بمثابة «…»: the description is speech', () => {
    const t = 'واعتبر الخبير ماجد العلي التأجيل بمثابة "فرصة ضائعة".';
    assert.equal(kindOf(t, 'فرصة'), 'speech');
  });
  test('a phrase in the relative clause that describes the verb\'s object (انتقد … التي أدت إلى «…»)', () => {
    const t = 'وانتقد النائب رامي الحداد الإجراءات الحكومية التي أدت إلى "انهيار الثقة" بين الناس.';
    assert.equal(kindOf(t, 'انهيار الثقة'), 'speech');
    assert.equal(speakerEntity(t, 'انهيار الثقة')?.name, 'رامي الحداد');
  });
});
