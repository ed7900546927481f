// isnad-disable-next-line directives: how they are read, what they silence, the notes on useless ones,
// that they leave the analysis of the text around them unchanged, and the edit the quick fix makes.
// Texts written for these tests (invented people).
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyzeArticle, findDirectives, formatDirective, silencingEdit, type Analysis } from '../../server/src/analysis';
import { rng } from '../rng';

const LONE = '«سنواصل العمل حتى تتحقق كل مطالب السكان دون استثناء».';
const ARTICLE = [
  'افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم السبت.',
  LONE,
  'وقال رئيس البلدية كريم العلي: «الحديقة مفتوحة للجميع طوال أيام الأسبوع».',
  '',
].join('\n');

function codes(a: Analysis): string[] {
  return a.problems.map((p) => p.code);
}

/** ARTICLE with a line inserted before its line `index` (0-based). */
function withLine(line: string, index: number, text = ARTICLE): string {
  const lines = text.split('\n');
  lines.splice(index, 0, line);
  return lines.join('\n');
}

describe('reading directives', () => {
  test('both forms, on a line of their own; codes split at commas, Arabic commas and spaces; a reason after --', () => {
    const text = [
      '  <!-- isnad-disable-next-line unattributed-quote, name-variant -->',
      'سطر أول',
      '// isnad-disable-next-line unclosed-quote،anonymous-source  name-variant -- بيان رسمي',
      'سطر ثان',
      '<!--isnad-disable-next-line-->',
      'سطر ثالث',
    ].join('\n');
    const ds = findDirectives(text);
    assert.deepEqual(ds.map((d) => [d.form, d.codes.map((c) => c.code), d.reason]), [
      ['comment', ['unattributed-quote', 'name-variant'], null],
      ['slashes', ['unclosed-quote', 'anonymous-source', 'name-variant'], 'بيان رسمي'],
      ['comment', [], null],
    ]);
    for (const d of ds) for (const c of d.codes) assert.equal(text.slice(c.start, c.end), c.code);
    assert.equal(text.slice(ds[0].start, ds[0].end), '<!-- isnad-disable-next-line unattributed-quote, name-variant -->');
    assert.deepEqual(ds.map((d) => d.target && text.slice(d.target.start, d.target.end)), ['سطر أول', 'سطر ثان', 'سطر ثالث']);
    assert.equal(text.slice(ds[1].insertAt - 'name-variant'.length, ds[1].insertAt), 'name-variant');
  });

  test('not directives: text before or after on the line, another keyword, a bare mention', () => {
    const text = [
      'قال: <!-- isnad-disable-next-line unattributed-quote -->',
      '<!-- isnad-disable-next-line unattributed-quote --> «نص»',
      '// isnad-disable-next-lines unattributed-quote',
      '/// isnad-disable-next-line',
      'isnad-disable-next-line unattributed-quote',
    ].join('\n');
    assert.deepEqual(findDirectives(text), []);
  });

  test('stacked directives apply to the first line below them; the last line has no target; CRLF', () => {
    const text = '// isnad-disable-next-line name-variant\r\n<!-- isnad-disable-next-line unattributed-quote -->\r\nنص\r\n// isnad-disable-next-line';
    const ds = findDirectives(text);
    assert.equal(ds.length, 3);
    assert.equal(text.slice(ds[0].target!.start, ds[0].target!.end), 'نص');
    assert.deepEqual(ds[1].target, ds[0].target);
    assert.equal(ds[2].target, null);
  });
});

describe('silencing', () => {
  test('without a directive the lone quote is reported', () => {
    assert.deepEqual(codes(analyzeArticle(ARTICLE)), ['unattributed-quote']);
  });

  for (const line of [
    '<!-- isnad-disable-next-line unattributed-quote -->',
    '// isnad-disable-next-line unattributed-quote',
    '// isnad-disable-next-line',
    '// isnad-disable-next-line name-variant unattributed-quote',
    '\u200F// ISNAD-DISABLE-NEXT-LINE Unattributed-Quote -- بيان بلا متحدث',
  ]) {
    test(`${line.trim()} silences the quote below it`, () => {
      const text = withLine(line, 1);
      const a = analyzeArticle(text);
      assert.deepEqual(a.silenced?.map((p) => [p.code, text.slice(p.start, p.end)]), [['unattributed-quote', LONE.slice(0, -1)]]);
      if (line.includes('name-variant')) {
        assert.deepEqual(codes(a), ['unused-disable-directive']);
        assert.equal(text.slice(a.problems[0].start, a.problems[0].end), 'name-variant');
      } else {
        assert.deepEqual(codes(a), []);
      }
    });
  }

  test('only the next line: a directive two lines above, or naming another code, silences nothing and is noted', () => {
    for (const [text, noted] of [
      [withLine('// isnad-disable-next-line unattributed-quote', 0), '// isnad-disable-next-line unattributed-quote'],
      [withLine('<!-- isnad-disable-next-line name-variant -->', 1), '<!-- isnad-disable-next-line name-variant -->'],
      [withLine('// isnad-disable-next-line', 3), '// isnad-disable-next-line'],
    ] as const) {
      const a = analyzeArticle(text);
      assert.deepEqual(codes(a).sort(), ['unattributed-quote', 'unused-disable-directive']);
      const note = a.problems.find((p) => p.code === 'unused-disable-directive')!;
      assert.equal(note.severity, 'information');
      assert.equal(text.slice(note.start, note.end), noted);
      assert.match(note.message, /silences nothing/);
      assert.deepEqual(a.silenced, []);
    }
  });

  test('an unknown code is noted on the code, and the known codes still silence', () => {
    const text = withLine('// isnad-disable-next-line unatributed-quote, unattributed-quote', 1);
    const a = analyzeArticle(text);
    assert.equal(a.silenced?.length, 1);
    assert.deepEqual(codes(a), ['unused-disable-directive']);
    assert.equal(text.slice(a.problems[0].start, a.problems[0].end), 'unatributed-quote');
    assert.match(a.problems[0].message, /Unknown code 'unatributed-quote'/);
  });
});

describe('a directive does not change the analysis around it', () => {
  // The second paragraph ends with a colon and the quote opens the next one: the speaker comes from the
  // colon's cue, which a directive line between them must not hide.
  const text = [
    'اختتم المؤتمر أعماله أمس في العاصمة بحضور وفود من عدة دول.',
    'وقالت الوزيرة هالة منصور في كلمتها الختامية:',
    '«سنعمل مع الجميع من أجل حماية مصادر المياه في المنطقة».',
    'وأضافت منصور أن «التحديات كبيرة لكنها ليست مستحيلة».',
    LONE,
    '',
  ].join('\n');

  function view(t: string, insertedAt: number, length: number): string {
    const a = analyzeArticle(t);
    const back = (o: number) => (o >= insertedAt + length ? o - length : o);
    return JSON.stringify({
      quotes: a.quotes.map((q) => [back(q.start), back(q.end), q.kind, q.attribution && a.entities[q.attribution.entityId].name, q.attribution?.method]),
      entities: a.entities.map((e) => [e.name, e.type, e.mentions.map((m) => back(m.start))]),
      problems: [...a.problems.filter((p) => p.code !== 'unused-disable-directive'), ...(a.silenced ?? [])].map((p) => `${p.code}@${back(p.start)}`).sort(),
    });
  }

  test('the colon paragraph still gives its quote a speaker', () => {
    const a = analyzeArticle(text);
    const q = a.quotes.find((x) => text.slice(x.start, x.end).includes('سنعمل'))!;
    assert.equal(q.attribution && a.entities[q.attribution.entityId].name, 'هالة منصور');
  });

  test('inserted above any line, in either form: same quotes, speakers, people and problems', () => {
    const base = view(text, Infinity, 0);
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
    for (const start of lineStarts) {
      for (const line of ['<!-- isnad-disable-next-line -->\n', '// isnad-disable-next-line name-variant -- مراجعة\n']) {
        const t = text.slice(0, start) + line + text.slice(start);
        assert.equal(view(t, start, line.length), base, `directive inserted at ${start}`);
      }
    }
  });
});

describe('the edit that silences a problem', () => {
  test('inserts a directive line above the line, with its indentation and line end', () => {
    const text = 'سطر\r\n  «نص» هنا\r\n';
    const offset = text.indexOf('«');
    const change = silencingEdit(text, [], offset, 'unattributed-quote', 'comment');
    assert.deepEqual(change, { start: text.indexOf('  «'), end: text.indexOf('  «'), newText: '  <!-- isnad-disable-next-line unattributed-quote -->\r\n' });
    assert.equal(silencingEdit('«نص»', [], 2, 'unclosed-quote', 'slashes').newText, '// isnad-disable-next-line unclosed-quote\n');
  });

  test('adds the code to a directive already above the line, and the result silences both', () => {
    const text = withLine('// isnad-disable-next-line name-variant', 1);
    const change = silencingEdit(text, findDirectives(text), text.indexOf(LONE), 'unattributed-quote', 'slashes');
    assert.equal(change.newText, ', unattributed-quote');
    const fixed = text.slice(0, change.start) + change.newText + text.slice(change.end);
    assert.ok(fixed.includes('// isnad-disable-next-line name-variant, unattributed-quote\n'));
    assert.deepEqual(analyzeArticle(fixed).silenced?.map((p) => p.code), ['unattributed-quote']);
  });

  test('formatDirective', () => {
    assert.equal(formatDirective([], 'comment'), '<!-- isnad-disable-next-line -->');
    assert.equal(formatDirective(['a', 'b'], 'slashes'), '// isnad-disable-next-line a, b');
  });
});

describe('generated articles with directives', () => {
  // Lines drawn from quotes with and without speakers, unclosed marks, names spelled two ways, blank
  // lines and directives (well and badly formed), in both line-end styles.
  const PIECES = [
    LONE,
    'وقال رئيس البلدية كريم العلي: «الحديقة مفتوحة للجميع».',
    'وأضاف كريم علي: «سنفتتح حديقة أخرى».',
    'وقالت المديرة هالة منصور: «سنواصل العمل حتى يكتمل المشروع',
    'انتهى الحفل.»',
    '',
    '// isnad-disable-next-line unattributed-quote',
    '<!-- isnad-disable-next-line unclosed-quote, name-variant -->',
    '// isnad-disable-next-line',
    '// isnad-disable-next-line no-such-code -- سبب',
    '<!-- isnad-disable-next-line',
    '  // isnad-disable-next-line unpaired-quote-mark «',
  ];
  const next = rng(20240610);

  test('silencing only sets problems aside: the reported and silenced ones are the problems of the text without directives', () => {
    let silencedTotal = 0;
    let notesTotal = 0;
    for (let run = 0; run < 60; run++) {
      const lines = Array.from({ length: 3 + Math.floor(next() * 10) }, () => PIECES[Math.floor(next() * PIECES.length)]);
      const text = lines.join(next() < 0.3 ? '\r\n' : '\n');
      const a = analyzeArticle(text);
      const directives = a.directives ?? [];
      // The same text with every directive line replaced by spaces: nothing to silence there.
      let blank = text;
      for (const d of directives) blank = blank.slice(0, d.start) + ' '.repeat(d.end - d.start) + blank.slice(d.end);
      const all = analyzeArticle(blank).problems.map((p) => `${p.code}@${p.start}`).sort();
      const notes = a.problems.filter((p) => p.code === 'unused-disable-directive');
      const got = [...a.problems.filter((p) => p.code !== 'unused-disable-directive'), ...(a.silenced ?? [])].map((p) => `${p.code}@${p.start}`).sort();
      assert.deepEqual(got, all, JSON.stringify(text));
      for (const p of a.silenced ?? []) {
        assert.ok(directives.some((d) => d.target && d.target.start <= p.start && p.start <= d.target.end && (d.codes.length === 0 || d.codes.some((c) => c.code === p.code))), `${p.code}@${p.start} silenced by no directive`);
      }
      for (const n of notes) assert.ok(directives.some((d) => d.start <= n.start && n.end <= d.end), 'a note lies on its directive');
      silencedTotal += a.silenced?.length ?? 0;
      notesTotal += notes.length;
    }
    assert.ok(silencedTotal > 10 && notesTotal > 10, `the texts exercise both: ${silencedTotal} silenced, ${notesTotal} notes`);
  });
});
