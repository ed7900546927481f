// Pairing of quotation marks (pairQuotes) and the quotes analyzeArticle reports: every style, glued
// marks, nesting, line breaks, multi-paragraph quotes, unclosed and stray marks, UTF-16 offsets.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { pairQuotes } from '../../server/src/analysis/quotes';
import { analyze, checkInvariants, innerTexts, problemCodes, quoteTexts, quoteWith } from './helpers';

describe('quote styles', () => {
  test('guillemets « »', () => {
    const t = 'قال المهندس كريم النجار: «سنفتتح الجسر الجديد قبل نهاية الخريف المقبل».';
    assert.deepEqual(quoteTexts(t), ['«سنفتتح الجسر الجديد قبل نهاية الخريف المقبل»']);
  });
  test('curly “ ”', () => {
    const t = 'وقالت الطبيبة ليلى العبيدي: “نحتاج إلى مزيد من الأسرة في قسم الطوارئ”.';
    assert.deepEqual(quoteTexts(t), ['“نحتاج إلى مزيد من الأسرة في قسم الطوارئ”']);
  });
  test('straight " "', () => {
    const t = 'وأضاف العمدة هشام القرشي: "لن نرفع رسوم المياه هذا العام".';
    assert.deepEqual(quoteTexts(t), ['"لن نرفع رسوم المياه هذا العام"']);
  });
  test('two straight quotes in one sentence pair in order', () => {
    const t = 'وقال "لن نتراجع" ثم أضاف "سنواصل العمل حتى النهاية".';
    assert.deepEqual(quoteTexts(t), ['"لن نتراجع"', '"سنواصل العمل حتى النهاية"']);
  });
  test('reversed same-char ” … ”', () => {
    const t = 'وقال المدرب ماهر الزين: ”اللاعبون قدموا مباراة كبيرة الليلة”.';
    assert.deepEqual(quoteTexts(t), ['”اللاعبون قدموا مباراة كبيرة الليلة”']);
  });
  test('low-high „ “', () => {
    const t = 'وقالت الوزيرة سلمى الحداد: „سنبني ثلاث مدارس جديدة في الريف“.';
    assert.deepEqual(quoteTexts(t), ['„سنبني ثلاث مدارس جديدة في الريف“']);
  });
  test('single guillemets ‹ ›', () => {
    const t = 'وقال الباحث نبيل الصافي: ‹الأرقام لا تكذب أبداً في هذه الدراسة›.';
    assert.deepEqual(quoteTexts(t), ['‹الأرقام لا تكذب أبداً في هذه الدراسة›']);
  });
  test('reversed guillemets » … «', () => {
    const t = 'وقال المحافظ عادل الرفاعي: »الطريق سيفتح أمام السيارات غداً«.';
    assert.deepEqual(quoteTexts(t), ['»الطريق سيفتح أمام السيارات غداً«']);
  });
  test('mixed styles in one paragraph each pair with their own family', () => {
    const t = 'قال «نعم» ثم قال “لا” ثم قال "ربما" ثم قال ‹أبداً›.';
    assert.deepEqual(innerTexts(t), ['نعم', 'لا', 'ربما', 'أبداً']);
  });
});

describe('glued marks', () => {
  test('mark glued to a clitic and tatweel: بـ«تمويل»', () => {
    const t = 'واتهم النائب الحكومة بـ«تمويل» مشاريع وهمية في الجنوب.';
    assert.deepEqual(quoteTexts(t), ['«تمويل»']);
    const q = quoteWith(t, 'تمويل');
    assert.equal(q.start, t.indexOf('«'));
  });
  test('straight mark glued to the previous word: السوري"مع', () => {
    const t = 'وقال المسؤول السوري"مع بداية الشهر سنعيد فتح المعبر"، بحسب الوكالة.';
    assert.deepEqual(quoteTexts(t), ['"مع بداية الشهر سنعيد فتح المعبر"']);
  });
  test('closing mark glued to the next word', () => {
    const t = 'وصف المشروع بأنه «ناجح»لكنه مكلف.';
    assert.deepEqual(quoteTexts(t), ['«ناجح»']);
  });
  test('marks glued to a word on both sides of a straight quote', () => {
    const t = 'ورفع المحتجون شعار"الخبز أولاً"في الساحة.';
    assert.deepEqual(quoteTexts(t), ['"الخبز أولاً"']);
  });
});

describe('nesting', () => {
  test('a quote nested in a quote: both reported, parentId set', () => {
    const t = 'وقال المتحدث باسم الشركة رامي العطار: «أطلقنا برنامج “بيتي أولاً” لمساعدة الأسر الشابة».';
    const a = analyze(t);
    assert.deepEqual(quoteTexts(t), ['«أطلقنا برنامج “بيتي أولاً” لمساعدة الأسر الشابة»', '“بيتي أولاً”']);
    assert.equal(a.quotes[0].parentId, null);
    assert.equal(a.quotes[1].parentId, 0);
  });
  test('same-family nesting « « » »', () => {
    const t = 'وقال الوزير: «وصفنا الاتفاق بأنه «تاريخي» ولن نتراجع عنه».';
    const a = analyze(t);
    assert.deepEqual(innerTexts(t), ['وصفنا الاتفاق بأنه «تاريخي» ولن نتراجع عنه', 'تاريخي']);
    assert.equal(a.quotes[1].parentId, 0);
  });
  test('straight quotes inside guillemets', () => {
    const t = 'وكتبت الصحفية منى الشامي: «قال لي الحارس "ممنوع الدخول" ثم أغلق الباب».';
    const a = analyze(t);
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[1].parentId, 0);
    assert.equal(t.slice(a.quotes[1].start, a.quotes[1].end), '"ممنوع الدخول"');
  });
});

describe('line breaks and paragraphs', () => {
  test('a quote over a line break is one quote', () => {
    const t = 'وقال المدير فادي السقا: «سنبدأ العمل في الموقع\nخلال الأسبوع المقبل دون تأخير».';
    assert.deepEqual(quoteTexts(t), ['«سنبدأ العمل في الموقع\nخلال الأسبوع المقبل دون تأخير»']);
  });
  test('a multi-paragraph quote continued by a reopening mark: one quote, continuations listed', () => {
    const p1 = 'وقال الرئيس التنفيذي للشركة أنور الدباغ: «لقد مررنا بعام صعب للغاية.';
    const p2 = '«لكننا تعلمنا الكثير وسنعود أقوى في العام المقبل».';
    const t = `${p1}\n\n${p2}`;
    const a = analyze(t);
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0];
    assert.equal(q.start, p1.indexOf('«'));
    assert.equal(q.end, t.length - 1);
    assert.deepEqual(q.continuations, [p1.length + 2]);
    assert.ok(!problemCodes(t).includes('unclosed-quote'));
  });
  test('a quote over three paragraphs lists two continuations', () => {
    const t = 'وقالت المحامية رنا الخوري: «الملف كامل.\n«والشهود جاهزون.\n«والحكم سيصدر قريباً».';
    const a = analyze(t);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].continuations.length, 2);
    assert.deepEqual(a.quotes[0].continuations, [t.indexOf('«والشهود'), t.indexOf('«والحكم')]);
  });
  test('CRLF text: spans and line-break quotes', () => {
    const t = 'قال المهندس كريم النجار:\r\n«سنفتتح الجسر الجديد قبل الخريف».\r\nوأضاف: «والطريق الدائري بعده».\r\n';
    const a = analyze(t);
    assert.deepEqual(quoteTexts(t), ['«سنفتتح الجسر الجديد قبل الخريف»', '«والطريق الدائري بعده»']);
    assert.equal(a.textLength, t.length);
    checkInvariants(t, a);
  });
  test('CRLF multi-paragraph quote', () => {
    const t = 'قالت رنا الخوري: «الملف كامل.\r\n\r\n«والحكم سيصدر قريباً».';
    const a = analyze(t);
    assert.equal(a.quotes.length, 1);
    assert.deepEqual(a.quotes[0].continuations, [t.indexOf('«والحكم')]);
  });
});

describe('unclosed and stray marks', () => {
  test('an unclosed mark gives unclosed-quote while the other marks still pair', () => {
    const t = 'وقال الوزير سامي الخطيب: «سنرفع الأجور في الربيع.\nوأضاف: «لن نقبل بالتأجيل».';
    const a = analyze(t);
    assert.deepEqual(quoteTexts(t), ['«لن نقبل بالتأجيل»']);
    const unclosed = a.problems.filter((p) => p.code === 'unclosed-quote');
    assert.equal(unclosed.length, 1);
    assert.equal(unclosed[0].start, t.indexOf('«'));
    assert.equal(unclosed[0].data?.closeWith, '»');
  });
  test('unclosed mark inside a line with a closed pair after it', () => {
    const t = 'قال الوزير «ستبدأ الأعمال غداً، وقال مساعده «لا موعد محدداً» للانتهاء.';
    const a = analyze(t);
    assert.deepEqual(innerTexts(t), ['لا موعد محدداً']);
    assert.deepEqual(a.problems.filter((p) => p.code === 'unclosed-quote').map((p) => p.start), [t.indexOf('«')]);
  });
  test('an unclosed straight quote among paired ones', () => {
    const t = 'وقال "الطقس سيتحسن" ثم قال "لكن الرياح.';
    const a = analyze(t);
    assert.deepEqual(quoteTexts(t), ['"الطقس سيتحسن"']);
    assert.deepEqual(problemCodes(t).filter((c) => c !== 'unattributed-quote'), ['unclosed-quote']);
    assert.equal(a.problems.find((p) => p.code === 'unclosed-quote')!.start, t.lastIndexOf('"'));
  });
  test('a stray closer gives unpaired-quote-mark', () => {
    const t = 'وانتهى الاجتماع» دون اتفاق، وقال الوسيط: «سنلتقي مجدداً الأسبوع المقبل».';
    const a = analyze(t);
    assert.deepEqual(quoteTexts(t), ['«سنلتقي مجدداً الأسبوع المقبل»']);
    const stray = a.problems.filter((p) => p.code === 'unpaired-quote-mark');
    assert.equal(stray.length, 1);
    assert.equal(stray[0].start, t.indexOf('»'));
    assert.equal(stray[0].end, t.indexOf('»') + 1);
  });
  test('pairQuotes reports the stray closer and the unclosed opener with their roles', () => {
    const t = 'انتهى» الاجتماع. ثم قال «سنعود';
    const p = pairQuotes(t);
    assert.equal(p.pairs.length, 0);
    assert.deepEqual(p.unpaired.map((u) => [u.offset, u.role]), [[t.indexOf('»'), 'close'], [t.indexOf('«'), 'open']]);
    const opener = p.unpaired[1];
    assert.equal(opener.closeWith, '»');
    assert.equal(opener.closeAt, t.length);
  });
});

describe('offsets are UTF-16 code units', () => {
  test('an emoji above U+FFFF before the quote', () => {
    const t = '😀 𝕏 قال الوزير سامي الخطيب: «سنفتح المعبر غداً».';
    const a = analyze(t);
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0];
    assert.equal(q.start, t.indexOf('«'));
    assert.equal(q.end, t.indexOf('»') + 1);
    assert.equal(t.slice(q.inner.start, q.inner.end), 'سنفتح المعبر غداً');
    const m = a.entities.flatMap((e) => e.mentions).find((x) => x.text === 'سامي الخطيب');
    assert.ok(m, 'mention found');
    assert.equal(t.slice(m!.start, m!.end), 'سامي الخطيب');
  });
  test('diacritics and tatweel inside the quote', () => {
    const t = 'قالَ الوزيرُ سامي الخطيب: «سَنَفْتَحُ المعـــبرَ غَداً إنْ شاءَ اللهُ».';
    const a = analyze(t);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].start, t.indexOf('«'));
    assert.equal(a.quotes[0].end, t.indexOf('»') + 1);
    assert.equal(a.quotes[0].kind, 'speech');
  });
  test('pairQuotes offsets after an astral character', () => {
    const t = '🇸🇦«نعم»';
    const p = pairQuotes(t);
    assert.deepEqual(p.pairs.map((x) => [x.open, x.close]), [[4, 8]]);
  });
});

describe('same-mark guillemet pairs', () => {
  test('» … » pairs when a second » follows on the line', () => {
    const t = 'وقال الوزير إن» الاستثمار سيتضاعف خلال عامين». ووقعت «الشركة» اتفاقاً مع »المجموعة الوطنية» أمس.';
    assert.deepEqual(quoteTexts(t), ['» الاستثمار سيتضاعف خلال عامين»', '«الشركة»', '»المجموعة الوطنية»']);
  });
  test('a » glued to لـ opens (لـ»المدينة»)', () => {
    const t = 'وقال المتحدث لـ»المدينة» إن الموعد قريب.';
    assert.deepEqual(quoteTexts(t), ['»المدينة»']);
  });
});

describe('a quote carried over a line never crosses a quote of the next line', () => {
  // Found by the property tests (properties.test.ts): the first unmatched closing mark of the next line
  // closed the carried quote even inside a pair of that line, or with a mark of that line still open.
  const spans = (t: string) => pairQuotes(t).pairs.map((p) => t.slice(p.open, p.close + 1));
  const stray = (t: string) => pairQuotes(t).unpaired.map((u) => `${u.role} ${u.char}`);
  test('a closing mark inside a pair of the next line does not close the carried quote', () => {
    const t = 'قال «أولاً\n“ثانياً » ثالثاً” رابعاً';
    assert.deepEqual(spans(t), ['“ثانياً » ثالثاً”']);
    assert.deepEqual(stray(t), ['open «', 'close »']);
    // The same after a blank line, and when the pair reopens a quote carried from the line before.
    assert.deepEqual(spans('«أولاً\n\n“ثانياً » ثالثاً” رابعاً'), ['“ثانياً » ثالثاً”']);
    assert.deepEqual(spans('«أولاً “\n“ثانياً » ثالثاً” رابعاً'), ['“\n“ثانياً » ثالثاً”']);
  });
  test('closing the carried quote abandons the marks its line opened before and left open', () => {
    const t = '«أولاً\n‹ثانياً » ثالثاً\nرابعاً ›';
    assert.deepEqual(spans(t), ['«أولاً\n‹ثانياً »']);
    assert.deepEqual(stray(t), ['open ‹', 'close ›']);
    assert.deepEqual(spans('«أولاً\n“ثانياً » ثالثاً\n“رابعاً” خامساً'), ['«أولاً\n“ثانياً »', '“رابعاً”']);
  });
  test('a carried quote still closes on the next line, and continues over paragraphs', () => {
    assert.deepEqual(spans('«أولاً\nثانياً » ثالثاً'), ['«أولاً\nثانياً »']);
    assert.deepEqual(spans('«أولاً «داخل» ثانياً\nثالثاً » رابعاً'), ['«أولاً «داخل» ثانياً\nثالثاً »', '«داخل»']);
    const t = '«أولاً\n«ثانياً\n«ثالثاً»';
    assert.deepEqual(spans(t), [t]);
    assert.deepEqual(pairQuotes(t).pairs[0].continuations, [t.indexOf('«ثانياً'), t.indexOf('«ثالثاً')]);
  });
});
