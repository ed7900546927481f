// Coded problems: codes, severities, spans, messages and quick-fix data.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, quoteWith } from './helpers';

const SPEECH = '«الوضع الاقتصادي سيتحسن كثيراً خلال الأشهر المقبلة»';

describe('problem codes and severities', () => {
  test('unattributed-quote: warning, on the quote', () => {
    const t = `ارتفعت الأسعار في الأسواق.\n\n${SPEECH}.`;
    const ps = analyze(t).problems;
    assert.deepEqual(ps.map((p) => [p.code, p.severity]), [['unattributed-quote', 'warning']]);
    const q = quoteWith(t, 'الوضع');
    assert.deepEqual([ps[0].start, ps[0].end], [q.start, q.end]);
    assert.ok(ps[0].message.length > 0);
  });
  test('unclosed-quote: warning, on the mark, with closeWith and closeAt', () => {
    const t = 'وقال الوزير سامي الخطيب: «سنرفع الأجور في الربيع المقبل';
    const p = analyze(t).problems.find((x) => x.code === 'unclosed-quote')!;
    assert.ok(p);
    assert.equal(p.severity, 'warning');
    assert.deepEqual([p.start, p.end], [t.indexOf('«'), t.indexOf('«') + 1]);
    assert.equal(p.data?.closeWith, '»');
    assert.equal(p.data?.closeAt, t.length);
  });
  test('unclosed “ closes with ”', () => {
    const t = 'وقال الوزير سامي الخطيب: “سنرفع الأجور في الربيع المقبل.\nوانتهى المؤتمر.';
    const p = analyze(t).problems.find((x) => x.code === 'unclosed-quote')!;
    assert.equal(p.data?.closeWith, '”');
    assert.equal(p.data?.closeAt, t.indexOf('\n'));
  });
  test('unpaired-quote-mark: warning, on the stray closer', () => {
    const t = 'انتهى الاجتماع» دون اتفاق.';
    const ps = analyze(t).problems;
    assert.deepEqual(ps.map((p) => [p.code, p.severity, p.start, p.end]), [['unpaired-quote-mark', 'warning', t.indexOf('»'), t.indexOf('»') + 1]]);
  });
  test('anonymous-source: information, on the quote', () => {
    const t = `وقال مصدر مسؤول في الوزارة: ${SPEECH}.`;
    const ps = analyze(t).problems;
    assert.deepEqual(ps.map((p) => [p.code, p.severity]), [['anonymous-source', 'information']]);
    const q = quoteWith(t, 'الوضع');
    assert.deepEqual([ps[0].start, ps[0].end], [q.start, q.end]);
  });
  test('name-variant: hint, on the odd spelling, with data.preferredSpelling', () => {
    const t = 'وقال وزير الطاقة سيرغي ماليكوف إن الإمدادات مستقرة.\nوكان سيرغي ماليكوف قد زار المنشأة.\nوأكد سيرجي ماليكوف أن الأسعار لن ترتفع.';
    const ps = analyze(t).problems.filter((p) => p.code === 'name-variant');
    assert.equal(ps.length, 1);
    assert.equal(ps[0].severity, 'hint');
    assert.equal(t.slice(ps[0].start, ps[0].end), 'سيرجي ماليكوف');
    assert.equal(ps[0].data?.preferredSpelling, 'سيرغي ماليكوف');
  });
  test('name-variant on a family name beginning with فال', () => {
    const t = 'وقال وزير الطاقة سيرغي فالنتوف إن الإمدادات مستقرة.\nوكان سيرغي فالنتوف قد زار المنشأة.\nوأكد سيرجي فالنتوف أن الأسعار لن ترتفع.';
    const ps = analyze(t).problems.filter((p) => p.code === 'name-variant');
    assert.equal(ps.length, 1);
    assert.equal(ps[0].severity, 'hint');
    assert.equal(t.slice(ps[0].start, ps[0].end), 'سيرجي فالنتوف');
    assert.equal(ps[0].data?.preferredSpelling, 'سيرغي فالنتوف');
  });
  test('name-variant for a hamza variant', () => {
    const t = 'وقال أسامة الزعبي إن الموسم ناجح.\nوأضاف أسامة الزعبي أن الإنتاج زاد.\nوختم اسامة الزعبي حديثه بالشكر.';
    const ps = analyze(t).problems.filter((p) => p.code === 'name-variant');
    assert.equal(ps.length, 1);
    assert.equal(t.slice(ps[0].start, ps[0].end), 'اسامة الزعبي');
    assert.equal(ps[0].data?.preferredSpelling, 'أسامة الزعبي');
  });
  test('no name-variant for a short form', () => {
    const t = 'وقال الوزير سامي الخطيب إن الخطة جاهزة.\nوأضاف الخطيب أن التنفيذ يبدأ غداً.';
    assert.ok(!analyze(t).problems.some((p) => p.code === 'name-variant'));
  });
  test('no name-variant for diacritics or tatweel alone', () => {
    const t = 'وقال الوزير سامي الخطيب إن الخطة جاهزة.\nوأضاف الوزير سامي الخطـيب أن التنفيذ يبدأ غداً.\nوختم الوزير سَامي الخطيب.';
    assert.ok(!analyze(t).problems.some((p) => p.code === 'name-variant'));
  });
  test('an attributed named quote and a term make no problem', () => {
    const t = `وقال الخبير فراس الداوود: ${SPEECH}.\nوانطلقت حملة «شجرة لكل طالب» في المدارس.`;
    assert.deepEqual(analyze(t).problems, []);
  });
  test('problems are sorted by start', () => {
    const t = `انتهى الاجتماع» دون اتفاق.\n\n${SPEECH}.\nوقال مصدر مسؤول: «لن يعقد اجتماع آخر قبل نهاية الشهر الجاري».\nوقال الوزير «سنرى`;
    const ps = analyze(t).problems;
    assert.deepEqual(ps.map((p) => p.code), ['unpaired-quote-mark', 'unattributed-quote', 'anonymous-source', 'unclosed-quote']);
    for (let i = 1; i < ps.length; i++) assert.ok(ps[i - 1].start <= ps[i].start);
  });
});
