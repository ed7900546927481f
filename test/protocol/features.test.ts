// The LSP features on hand-built analyses (independent of the engine's detections): hovers, symbols,
// navigation, semantic tokens, code actions, diagnostics mapping, settings merging.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention, Problem, Quote, ReportingCue } from '../../server/src/analysis';
import { DEFAULT_SETTINGS, isAnalysable, mergeSettings, normalise, parseConfigFile, type IsnadSettings } from '../../server/src/config';
import { codeActions, SPEAKER_PLACEHOLDER } from '../../server/src/features/codeActions';
import { foldArabic, offsetOf, type AnalysedDocument } from '../../server/src/features/common';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { definition, documentHighlights, references } from '../../server/src/features/navigation';
import { documentQuotes, documentStats } from '../../server/src/features/overview';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { documentSymbols, workspaceSymbols } from '../../server/src/features/symbols';
import { decodeTokens } from './client';
import { ARTICLE_WITH_LONE_QUOTE as TEXT, LONE_QUOTE } from './fixtures';

const URI = 'file:///articles/fake.txt';

function at(needle: string, nth = 0, text = TEXT): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `not found: ${needle}`);
  }
  return index;
}

function quoteSpan(id: number, opening: string, text = TEXT, parentId: number | null = null): Omit<Quote, 'kind' | 'kindReason' | 'attribution'> {
  const start = at(opening, 0, text);
  const end = text.indexOf('»', start) + 1;
  return { id, start, end, inner: { start: start + 1, end: end - 1 }, open: '«', close: '»', parentId, continuations: [] };
}

function mention(entityId: number, name: string, nth = 0): Mention {
  const start = at(name, nth);
  return { entityId, start, end: start + name.length, text: name, role: null };
}

function cue(text: string, entityId: number | null): ReportingCue {
  const start = at(text);
  return { start, end: start + text.length, text, lemma: text, entityId, subject: null };
}

/** What the engine should find in ARTICLE_WITH_LONE_QUOTE. */
function fakeAnalysis(): Analysis {
  const cues = [cue('قال وزير', 0), cue('وأضاف', 0), cue('قالت', 1)].map((c, i) => (i === 0 ? { ...c, end: c.start + 3, text: 'قال' } : c));
  const quotes: Quote[] = [
    { ...quoteSpan(0, '«المفاوضات'), kind: 'speech', kindReason: 'after a reporting verb', attribution: { entityId: 0, method: 'explicit', confidence: 0.95, cue: cues[0]! } },
    { ...quoteSpan(1, '«لن نقبل'), kind: 'speech', kindReason: 'after a reporting verb', attribution: { entityId: 0, method: 'explicit', confidence: 0.95, cue: cues[1]! } },
    { ...quoteSpan(2, '«الاجتماع'), kind: 'speech', kindReason: 'after a reporting verb', attribution: { entityId: 1, method: 'explicit', confidence: 0.9, cue: cues[2]! } },
    { ...quoteSpan(3, '«الممر'), kind: 'term', kindReason: 'short noun phrase after ما يعرف بـ', attribution: null },
    { ...quoteSpan(4, '«سنواصل'), kind: 'speech', kindReason: 'a full sentence', attribution: null },
  ];
  const entities: Entity[] = [
    {
      id: 0,
      type: 'person',
      name: 'سامي الحداد',
      roles: ['وزير الخارجية'],
      spellings: ['سامي الحداد', 'الحداد'],
      mentions: [mention(0, 'سامي الحداد'), mention(0, 'الحداد', 1), mention(0, 'الحداد', 2)],
      quoteIds: [0, 1],
    },
    { id: 1, type: 'person', name: 'ليلى منصور', roles: ['المتحدثة باسم الحكومة'], spellings: ['ليلى منصور'], mentions: [mention(1, 'ليلى منصور')], quoteIds: [2] },
    { id: 2, type: 'person', name: 'كريم العلي', roles: ['رئيس البلدية'], spellings: ['كريم العلي'], mentions: [mention(2, 'كريم العلي')], quoteIds: [] },
  ];
  const problems: Problem[] = [
    { start: quotes[4]!.start, end: quotes[4]!.end, code: 'unattributed-quote', severity: 'warning', message: 'Quote without a speaker', data: { likelySpeaker: 'سامي الحداد' } },
    { ...mention(0, 'الحداد', 1), code: 'name-variant', severity: 'hint', message: 'Spelled differently', data: { preferredSpelling: 'الحدّاد' } },
    { ...mention(0, 'الحداد', 2), code: 'name-variant', severity: 'hint', message: 'Spelled differently', data: { preferredSpelling: 'الحدّاد' } },
  ];
  return { textLength: TEXT.length, arabicRatio: 1, quotes, entities, cues, problems };
}

function analysed(settings: IsnadSettings = DEFAULT_SETTINGS, text = TEXT, analysis = fakeAnalysis()): AnalysedDocument {
  return { document: TextDocument.create(URI, 'plaintext', 1, text), analysis, settings };
}

function hoverValue(ad: AnalysedDocument, offset: number): string {
  const h = hover(ad, offset);
  assert.ok(h, 'expected a hover');
  return (h.contents as { value: string }).value;
}

describe('features on a hand-built analysis', () => {
  test('hover on a speech quote: speaker, role, verb, confidence and links to the other quotes', () => {
    const ad = analysed();
    const value = hoverValue(ad, at('المفاوضات'));
    assert.match(value, /سامي الحداد/u);
    assert.match(value, /وزير الخارجية/u);
    assert.match(value, /Reporting verb: قال/u);
    assert.match(value, /Confidence: high \(explicit reporting cue\)/u);
    const other = ad.document.positionAt(at('«لن نقبل'));
    assert.ok(value.includes(`](${URI}#L${other.line + 1},${other.character + 1})`), value);
    assert.ok(value.includes('لن نقبل بأي شروط مسبقة من'), value);
    assert.ok(!value.includes('<'), 'no HTML');
    const range = hover(ad, at('المفاوضات'))!.range!;
    assert.deepEqual(range.start, ad.document.positionAt(at('«المفاوضات')));
  });

  test('hover on a term, a name, an unattributed quote and a plain word', () => {
    const ad = analysed();
    assert.match(hoverValue(ad, at('الأخضر')), /Term, not speech/u);
    const name = hoverValue(ad, at('الحداد', 1) + 1);
    assert.match(name, /سامي الحداد/u);
    assert.match(name, /3 mentions · 2 quotes/u);
    assert.match(name, /Spellings seen/u);
    assert.match(hoverValue(ad, at('سنواصل')), /no speaker/u);
    assert.equal(hover(ad, at('جهتها')), null);
  });

  test('document symbols: speakers, their quotes, the unattributed group, terms and people never quoted', () => {
    const ad = analysed();
    const symbols = documentSymbols(ad);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, s.children?.length ?? 0]),
      [
        ['سامي الحداد', 5, 2],
        ['ليلى منصور', 5, 1],
        ['Unattributed quotes', 3, 1],
        ['Terms', 3, 1],
        ['كريم العلي', 13, 0],
      ],
    );
    assert.equal(symbols[0]!.detail, '\u2068— وزير الخارجية\u2069', 'the role, set off from the name');
    assert.equal(symbols[0]!.children![0]!.name, 'المفاوضات ستستأنف الأسبوع المقبل في العاصمة');
    assert.equal(symbols[0]!.children![0]!.kind, 15);
    assert.equal(symbols[2]!.children![0]!.name, 'سنواصل العمل حتى تتحقق كل مطالب…');
    const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    for (const s of symbols) {
      assert.ok(le(s.range.start, s.selectionRange.start) && le(s.selectionRange.end, s.range.end), s.name);
      for (const c of s.children ?? []) assert.ok(le(s.range.start, c.range.start) && le(c.range.end, s.range.end), c.name);
    }
    // The speaker's range runs from its first mention to its last quote.
    assert.equal(symbols[0]!.range.end.line, 2);
  });

  test('workspace symbols are filtered with Arabic folding', () => {
    const ad = analysed();
    assert.ok(workspaceSymbols([ad], 'ليلي').some((s) => s.name === 'ليلى منصور'));
    assert.ok(workspaceSymbols([ad], 'الحداد').length >= 3, 'the person and the quotes');
    assert.equal(workspaceSymbols([ad], 'غير موجود').length, 0);
    assert.equal(foldArabic('أحمد إبراهيم آمنة'), 'احمد ابراهيم امنه');
  });

  test('definition, references and highlights', () => {
    const ad = analysed();
    const short = at('الحداد', 1) + 2;
    const def = definition(ad, short);
    assert.deepEqual(def?.range.start, ad.document.positionAt(at('سامي الحداد')));
    assert.equal(references(ad, short, true)?.length, 3);
    assert.equal(references(ad, short, false)?.length, 2);
    assert.equal(documentHighlights(ad, short)?.length, 3);
    assert.equal(documentHighlights(ad, at('الاجتماع'))?.length, 1);
    assert.equal(definition(ad, at('جهتها')), null);
  });

  test('custom request results', () => {
    const ad = analysed();
    const quotes = documentQuotes(ad).quotes;
    assert.deepEqual(
      quotes.map((q) => [q.kind, q.speaker]),
      [['speech', 'سامي الحداد'], ['speech', 'سامي الحداد'], ['speech', 'ليلى منصور'], ['term', null], ['speech', null]],
    );
    assert.deepEqual(documentStats(ad), { analysed: true, people: 3, quotes: 4, warnings: 3, arabicArticle: true });
    const someArabic = analysed(DEFAULT_SETTINGS, TEXT, { ...fakeAnalysis(), arabicRatio: 0.5 });
    assert.equal(documentStats(someArabic).arabicArticle, false, 'half Arabic: analysed, but not offered as an Arabic article');
    const noNews = analysed(DEFAULT_SETTINGS, TEXT, { ...fakeAnalysis(), quotes: [], entities: [] });
    assert.equal(documentStats(noNews).arabicArticle, false, 'no person and no quote');
    assert.deepEqual(documentStats(analysed({ ...DEFAULT_SETTINGS, severity: { 'name-variant': 'off' } })).warnings, 1);
  });

  test('diagnostics: source, code, documentation link and configurable severity', () => {
    const items = toDiagnostics(analysed());
    assert.equal(items.length, 3);
    assert.equal(items[0]!.code, 'unattributed-quote');
    assert.equal(items[0]!.severity, 2);
    assert.equal(items[0]!.source, 'isnad');
    assert.equal(items[0]!.codeDescription?.href, 'https://github.com/isnad-dev/isnad/blob/main/docs/diagnostics/unattributed-quote.md');
    const configured = toDiagnostics(analysed({ ...DEFAULT_SETTINGS, severity: { 'unattributed-quote': 'off', 'name-variant': 'error' } }));
    assert.deepEqual(configured.map((d) => [d.code, d.severity]), [['name-variant', 1], ['name-variant', 1]]);
  });

  test('quick fixes: attribute a quote, unify a name, close a quote', () => {
    const ad = analysed();
    const diagnostics = toDiagnostics(ad);
    const options = { snippetEdits: false, documentChanges: true };
    const actions = codeActions(ad, { textDocument: { uri: URI }, range: diagnostics[0]!.range, context: { diagnostics } }, options);
    assert.equal(actions.length, 1 + 2 * 2 + 3, 'attribute; for each variant: fix all and fix this one; then silence each');
    const [attribute, unify, single] = actions;
    // Silencing comes last, one per diagnostic's line and code, never preferred: a // line above the quote.
    const silencers = actions.slice(5);
    assert.deepEqual(silencers.map((a) => a.title), ['unattributed-quote', 'name-variant', 'name-variant'].map((c) => `Silence ${c} on this line (isnad-disable-next-line)`));
    assert.ok(silencers.every((a) => a.isPreferred !== true));
    const quoteLine = diagnostics[0]!.range.start.line;
    assert.deepEqual((silencers[0]!.edit!.documentChanges![0] as { edits: unknown[] }).edits, [
      { range: { start: { line: quoteLine, character: 0 }, end: { line: quoteLine, character: 0 } }, newText: '// isnad-disable-next-line unattributed-quote\n' },
    ]);
    assert.equal(attribute!.isPreferred, true);
    const attributeEdits = (attribute!.edit!.documentChanges![0] as { edits: { newText: string; range: unknown }[] }).edits;
    assert.deepEqual(attributeEdits, [{ range: { start: diagnostics[0]!.range.start, end: diagnostics[0]!.range.start }, newText: 'وقال سامي الحداد: ' }]);
    const unifyEdits = (unify!.edit!.documentChanges![0] as { edits: { newText: string }[] }).edits;
    assert.equal(unify!.isPreferred, true);
    assert.equal(unifyEdits.length, 2, 'the two short mentions');
    assert.ok(unifyEdits.every((e) => e.newText === 'الحدّاد'));
    assert.equal((single!.edit!.documentChanges![0] as { edits: unknown[] }).edits.length, 1);
    assert.notEqual(single!.isPreferred, true);
    // Without a likely speaker: a placeholder; with snippet support: a snippet edit.
    const noSpeaker = { ...diagnostics[0]!, data: {} };
    const fakeNoSpeaker: AnalysedDocument = { ...ad, analysis: { ...ad.analysis, problems: [{ ...ad.analysis.problems[0]!, data: {} }] } };
    const [snippet] = codeActions(fakeNoSpeaker, { textDocument: { uri: URI }, range: noSpeaker.range, context: { diagnostics: [noSpeaker] } }, { snippetEdits: true, documentChanges: true });
    const snippetEdit = (snippet!.edit!.documentChanges![0] as { edits: { snippet?: { value: string } }[] }).edits[0]!;
    assert.equal(snippetEdit.snippet?.value, `وقال \${1:${SPEAKER_PLACEHOLDER}}: `);
    assert.equal(snippet!.isPreferred, false);
    // Other kinds requested: nothing.
    assert.deepEqual(codeActions(ad, { textDocument: { uri: URI }, range: diagnostics[0]!.range, context: { diagnostics, only: ['refactor'] } }, options), []);
  });

  test('quick fix for an unclosed quote inserts the closing mark', () => {
    const text = 'قال سامي الحداد: «لن نتراجع عن موقفنا.\n';
    const start = text.indexOf('«');
    const closeAt = text.indexOf('.');
    const analysis: Analysis = {
      textLength: text.length,
      arabicRatio: 1,
      quotes: [],
      entities: [],
      cues: [],
      problems: [{ start, end: start + 1, code: 'unclosed-quote', severity: 'error', message: 'Unclosed quote', data: { closeWith: '»', closeAt } }],
    };
    const ad = analysed(DEFAULT_SETTINGS, text, analysis);
    const diagnostics = toDiagnostics(ad);
    const [fix] = codeActions(ad, { textDocument: { uri: URI }, range: diagnostics[0]!.range, context: { diagnostics } }, { snippetEdits: false, documentChanges: false });
    assert.deepEqual(fix!.edit!.changes![URI], [{ range: { start: ad.document.positionAt(closeAt), end: ad.document.positionAt(closeAt) }, newText: '»' }]);
  });

  test('a diagnostic of an earlier version of the text (no such problem now) gets no fix', () => {
    const text = 'قال سامي الحداد: «لن نتراجع 😀 عن موقفنا.\n';
    const start = text.indexOf('«');
    const analysis: Analysis = {
      textLength: text.length, arabicRatio: 1, quotes: [], entities: [], cues: [],
      problems: [{ start, end: start + 1, code: 'unclosed-quote', severity: 'error', message: 'Unclosed quote', data: { closeWith: '»', closeAt: text.indexOf('.') } }],
    };
    const ad = analysed(DEFAULT_SETTINGS, text, analysis);
    const [current] = toDiagnostics(ad);
    // Its data points inside the surrogate pair of 😀: built from it, the fix would break the text.
    const stale = { ...current!, range: { start: ad.document.positionAt(2), end: ad.document.positionAt(3) }, data: { closeWith: '»', closeAt: text.indexOf('😀') + 1 } };
    const options = { snippetEdits: false, documentChanges: false };
    assert.deepEqual(codeActions(ad, { textDocument: { uri: URI }, range: stale.range, context: { diagnostics: [stale] } }, options), []);
    const fixes = codeActions(ad, { textDocument: { uri: URI }, range: current!.range, context: { diagnostics: [stale, current!] } }, options);
    assert.equal(fixes.filter((a) => !a.title.startsWith('Silence ')).length, 1, JSON.stringify(fixes.map((a) => a.title)));
  });

  test('semantic tokens: sorted, disjoint, nested quotes in pieces, split per line', () => {
    const ad = analysed();
    const tokens = decodeTokens(semanticTokens(ad).data);
    let last = { line: -1, end: 0 };
    for (const t of tokens) {
      assert.ok(t.line > last.line || t.char >= last.end);
      last = { line: t.line, end: t.char + t.length };
    }
    const types = new Set(tokens.map((t) => t.type));
    assert.deepEqual([...types].sort(), [0, 1, 2, 3]);
    // The declaration modifier on the full mention only.
    assert.equal(tokens.filter((t) => t.modifiers === 1).length, 3);

    // A quote over two lines with a nested quote on the first line.
    const text = 'قال: «أول السطر «داخل» بقية\nالسطر الثاني» انتهى';
    const outerStart = text.indexOf('«');
    const innerStart = text.indexOf('«', outerStart + 1);
    const innerEnd = text.indexOf('»') + 1;
    const outerEnd = text.lastIndexOf('»') + 1;
    const nested: Analysis = {
      textLength: text.length,
      arabicRatio: 1,
      quotes: [
        { id: 0, start: outerStart, end: outerEnd, inner: { start: outerStart + 1, end: outerEnd - 1 }, open: '«', close: '»', kind: 'speech', kindReason: '', parentId: null, continuations: [], attribution: null },
        { id: 1, start: innerStart, end: innerEnd, inner: { start: innerStart + 1, end: innerEnd - 1 }, open: '«', close: '»', kind: 'term', kindReason: '', parentId: 0, continuations: [], attribution: null },
      ],
      entities: [],
      cues: [{ start: 0, end: 3, text: 'قال', lemma: 'قال', entityId: null, subject: null }],
      problems: [],
    };
    const doc = analysed(DEFAULT_SETTINGS, text, nested);
    const lineBreak = text.indexOf('\n');
    assert.deepEqual(decodeTokens(semanticTokens(doc).data), [
      { line: 0, char: 0, length: 3, type: 3, modifiers: 0 },
      { line: 0, char: outerStart, length: innerStart - outerStart, type: 0, modifiers: 0 },
      { line: 0, char: innerStart, length: innerEnd - innerStart, type: 0, modifiers: 0 },
      { line: 0, char: innerEnd, length: lineBreak - innerEnd, type: 0, modifiers: 0 },
      { line: 1, char: 0, length: outerEnd - lineBreak - 1, type: 0, modifiers: 0 },
    ]);
  });

  test('positions outside the document give no offset', () => {
    const doc = TextDocument.create(URI, 'plaintext', 1, 'سطر\nثان');
    assert.equal(offsetOf(doc, { line: 999, character: 0 }), undefined);
    assert.equal(offsetOf(doc, { line: 0, character: 99 }), undefined);
    assert.equal(offsetOf(doc, { line: -1, character: 0 }), undefined);
    assert.equal(offsetOf(doc, { line: 1, character: 3 }), 7);
  });
});

describe('settings', () => {
  test('normalise keeps only well-formed values', () => {
    assert.deepEqual(
      normalise({
        severity: { 'unattributed-quote': 'off', 'name-variant': 'loud', x: 3 },
        reportingVerbs: ['صرّح', 5, ' '],
        people: [{ name: 'سامي الحداد', role: 'وزير', aliases: ['الحداد', 1] }, { role: 'no name' }, 'x'],
        minArabicRatio: 7,
      }),
      {
        severity: { 'unattributed-quote': 'off' },
        reportingVerbs: ['صرّح'],
        people: [{ name: 'سامي الحداد', role: 'وزير', aliases: ['الحداد'] }],
        minArabicRatio: 1,
      },
    );
    assert.deepEqual(normalise(null), {});
    assert.deepEqual(normalise([1, 2]), {});
  });

  test('settings override the workspace file', () => {
    const file = normalise({
      severity: { 'unattributed-quote': 'off', 'name-variant': 'hint' },
      reportingVerbs: ['نوّه'],
      people: [{ name: 'أ', role: 'file' }, { name: 'ب' }],
      minArabicRatio: 0.5,
    });
    const merged = mergeSettings(file, normalise({ severity: { 'unattributed-quote': 'error' }, reportingVerbs: ['صرّح'], people: [{ name: 'أ', role: 'settings' }], minArabicRatio: 0.3 }));
    assert.deepEqual(merged.severity, { 'unattributed-quote': 'error', 'name-variant': 'hint' });
    assert.deepEqual(merged.reportingVerbs, ['نوّه', 'صرّح']);
    assert.deepEqual(merged.people, [{ name: 'أ', role: 'settings' }, { name: 'ب' }]);
    assert.equal(merged.minArabicRatio, 0.5, 'the default in settings does not hide the file');
    assert.equal(mergeSettings(file, { minArabicRatio: 0.1 }).minArabicRatio, 0.1);
    assert.equal(mergeSettings({}, {}).minArabicRatio, 0.3);
  });

  test('excluded languages: strings only, the union of the file and the settings', () => {
    assert.deepEqual(normalise({ excludedLanguages: [' json ', 3, '', 'latex'] }).excludedLanguages, ['json', 'latex']);
    assert.equal(normalise({ excludedLanguages: 'json' }).excludedLanguages, undefined);
    assert.deepEqual(mergeSettings({ excludedLanguages: ['json'] }, { excludedLanguages: ['latex', 'json'] }).excludedLanguages, ['json', 'latex']);
    assert.deepEqual(mergeSettings({}, {}).excludedLanguages, []);
  });

  test('isAnalysable: the Arabic share decides, unless the language id is excluded', () => {
    const settings = mergeSettings({}, { excludedLanguages: ['json'] });
    assert.equal(isAnalysable('text', 0.9, settings), true);
    assert.equal(isAnalysable('fundamental', 0.3, settings), true, 'the threshold itself passes');
    assert.equal(isAnalysable('text', 0.29, settings), false);
    assert.equal(isAnalysable('json', 0.9, settings), false);
    assert.equal(isAnalysable('text', Number.NaN, settings), false);
  });

  test('the workspace file must be JSON', () => {
    assert.ok(parseConfigFile('{ nope', '.isnad.json').warning);
    assert.ok(parseConfigFile('[1]', '.isnad.json').warning);
    assert.deepEqual(parseConfigFile(undefined, '.isnad.json'), { settings: {} });
    assert.deepEqual(parseConfigFile('\uFEFF{"reportingVerbs":["صرّح"]}', '.isnad.json').settings, { reportingVerbs: ['صرّح'] });
  });
});

void LONE_QUOTE;
