// The interface language over the protocol: initialize's locale, the isnad.interfaceLanguage setting and
// the initialization option choose the language of the diagnostics, hover cards, code-action titles and
// Outline groups; English by default. And the Outline's order: speakers first, by their first quote.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic, DocumentSymbol, FullDocumentDiagnosticReport, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { positionOf, startInProcess, vscodeLikeCapabilities, type TestClient, type TestClientOptions } from './client';
import { ARTICLE, ARTICLE_WITH_LONE_QUOTE, LONE_QUOTE, NARRATION } from './fixtures';

const TIMEOUT = { timeout: 20_000 };
const uri = 'file:///articles/l10n.txt';

/** Latin words outside the links (a hover's links are file: URIs). */
function latinWords(markdown: string): string[] {
  return markdown.replace(/\]\([^)]*\)/g, ']').match(/[A-Za-z]{2,}/g) ?? [];
}

const message = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

async function pull(client: TestClient): Promise<Diagnostic[]> {
  return (await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })).items;
}

async function hoverAt(client: TestClient, needle: string, delta = 1): Promise<string> {
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE_WITH_LONE_QUOTE, needle, delta) });
  assert.ok(hover, `a hover on ${needle}`);
  return (hover.contents as MarkupContent).value;
}

interface Seen {
  readonly unattributed: Diagnostic;
  readonly quoteCard: string;
  readonly nameCard: string;
  readonly termCard: string;
  readonly lonelyCard: string;
  readonly fixTitles: string[];
  readonly groups: string[];
}

/** Opens the article with a lone quote and collects what the reader sees in each feature. */
async function seen(options: TestClientOptions, push = false): Promise<Seen> {
  const client = startInProcess(options);
  try {
    await client.initialize();
    await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
    const diagnostics = push ? (await client.waitForDiagnostics(uri)).diagnostics : await pull(client);
    const unattributed = diagnostics.find((d) => d.code === 'unattributed-quote');
    assert.ok(unattributed, JSON.stringify(diagnostics));
    const actions = await client.fixesFor(uri, unattributed);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    return {
      unattributed,
      quoteCard: await hoverAt(client, 'المفاوضات', 2),
      nameCard: await hoverAt(client, 'ليلى'),
      termCard: await hoverAt(client, 'الممر'),
      lonelyCard: await hoverAt(client, LONE_QUOTE, 3),
      fixTitles: actions.map((a) => a.title),
      groups: symbols.filter((s) => s.kind === 3).map((s) => s.name),
    };
  } finally {
    client.dispose();
  }
}

function assertArabic(s: Seen): void {
  assert.match(message(s.unattributed), /^لم يُنسب هذا الاقتباس إلى أحد.*\.\u200F$/u, 'ends with an RLM after the full stop');
  assert.match(s.quoteCard, /قاله/u);
  assert.match(s.quoteCard, /سامي الحداد/u);
  assert.match(s.quoteCard, /فعل القول: قال/u);
  assert.match(s.quoteCard, /درجة الثقة: (عالية|متوسطة|منخفضة)/u);
  assert.match(s.quoteCard, /اقتباسات أخرى للقائل نفسه \(1\):/u);
  assert.match(s.nameCard, /مرات الذكر: 1 · الاقتباسات: 1/u);
  assert.match(s.termCard, /مصطلح أو اسم، لا قول/u);
  assert.match(s.lonelyCard, /لم يُعثر على قائله/u);
  for (const card of [s.quoteCard, s.nameCard, s.termCard, s.lonelyCard]) assert.deepEqual(latinWords(card), [], card);
  assert.ok(s.fixTitles.some((t) => t.startsWith('نسبة الاقتباس')) && s.fixTitles.some((t) => t.startsWith('إسكات ')), JSON.stringify(s.fixTitles));
  assert.ok(s.fixTitles.every((t) => t.startsWith('نسبة الاقتباس') || t.startsWith('إسكات ')), JSON.stringify(s.fixTitles));
  assert.deepEqual(s.groups, ['اقتباسات بلا قائل', 'مصطلحات وأسماء']);
}

function assertEnglish(s: Seen): void {
  assert.match(message(s.unattributed), /^No one is credited with this quote/u);
  assert.match(s.quoteCard, /\*Speech quote\* · said by/u);
  assert.match(s.quoteCard, /Confidence: (high|medium|low)/u);
  assert.match(s.nameCard, /1 mention · 1 quote/u);
  assert.match(s.termCard, /Term, not speech/u);
  assert.ok(s.fixTitles.some((t) => t.startsWith('Attribute the quote')) && s.fixTitles.some((t) => t.startsWith('Silence ')), JSON.stringify(s.fixTitles));
  assert.ok(s.fixTitles.every((t) => t.startsWith('Attribute the quote') || t.startsWith('Silence ')), JSON.stringify(s.fixTitles));
  assert.deepEqual(s.groups, ['Unattributed quotes', 'Terms']);
}

describe('interface language', TIMEOUT, () => {
  test('English by default', async () => assertEnglish(await seen({})));

  test('initialize with locale "ar": Arabic', async () => assertArabic(await seen({ locale: 'ar' })));

  test('isnad.interfaceLanguage "ar" with an English locale: Arabic', async () => {
    assertArabic(await seen({ locale: 'en-US', configuration: () => ({ interfaceLanguage: 'ar' }) }));
  });

  test('isnad.interfaceLanguage "en" with an Arabic locale: English; "auto" follows the locale', async () => {
    assertEnglish(await seen({ locale: 'ar-SA', configuration: () => ({ interfaceLanguage: 'en' }) }));
    assertArabic(await seen({ locale: 'ar-SA', configuration: () => ({ interfaceLanguage: 'auto' }) }));
  });

  test('the initialization option, for a client without workspace/configuration (diagnostics pushed)', async () => {
    const capabilities = vscodeLikeCapabilities(false);
    const options = { capabilities: { ...capabilities, workspace: { ...capabilities.workspace, configuration: false } }, initializationOptions: { interfaceLanguage: 'ar' } };
    assertArabic(await seen(options, true));
  });

  test('a change of the setting changes the language of the next answers', async () => {
    let language = 'en';
    const client = startInProcess({ configuration: () => ({ interfaceLanguage: language }) });
    try {
      await client.initialize();
      await client.open(uri, ARTICLE_WITH_LONE_QUOTE);
      assert.match(await hoverAt(client, 'المفاوضات', 2), /Confidence/u);
      assert.ok((await pull(client)).some((d) => message(d).startsWith('No one is credited')));
      const mark = client.received.length;
      language = 'ar';
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor((r) => r.method === 'workspace/diagnostic/refresh', mark);
      assert.match(await hoverAt(client, 'المفاوضات', 2), /درجة الثقة/u);
      assert.ok((await pull(client)).some((d) => message(d).startsWith('لم يُنسب هذا الاقتباس')));
    } finally {
      client.dispose();
    }
  });
});

describe('Outline order', TIMEOUT, () => {
  test('speakers first, in the order of their first quote; then unattributed quotes, terms, people never quoted (engine)', async () => {
    // Written for the test: the minister is named first but quoted last; the mayor is never quoted.
    const text = [
      'استقبل وزير الخارجية سامي الحداد رئيس البلدية كريم العلي في مكتبه أمس.',
      '',
      'وقالت المتحدثة باسم الحكومة ليلى منصور إن «الاجتماع كان مثمراً وصريحاً».',
      '',
      'وتقع البلدة على ما يعرف بـ«الممر الأخضر» قرب الحدود.',
      '',
      'وقال الحداد في مؤتمر صحفي: «المفاوضات ستستأنف الأسبوع المقبل في العاصمة».',
      '',
      NARRATION,
      '',
      LONE_QUOTE,
      '',
    ].join('\n');
    const client = startInProcess();
    try {
      await client.initialize();
      await client.open(uri, text);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const names = symbols.map((s) => s.name);
      const index = (pattern: RegExp) => {
        const i = names.findIndex((n) => pattern.test(n));
        assert.ok(i >= 0, `${pattern} in ${JSON.stringify(names)}`);
        return i;
      };
      const order = [index(/ليلى منصور/u), index(/الحداد/u), index(/^Unattributed quotes$/), index(/^Terms$/), index(/كريم العلي/u)];
      assert.deepEqual(order, [0, 1, 2, 3, 4], JSON.stringify(names));
      assert.ok(symbols[0]!.children!.length > 0 && symbols[1]!.children!.length > 0, 'the speakers have their quotes');
      assert.equal(symbols[4]!.children?.length ?? 0, 0, 'the mayor is never quoted');
      // Each speaker is selected where it first speaks, so that sorting by position (VS Code's Outline
      // does) keeps the speakers in this order too: the minister at "وقال الحداد", not at the first line.
      assert.deepEqual(symbols[1]!.selectionRange.start, positionOf(text, 'الحداد في مؤتمر'));
      assert.ok(symbols[0]!.range.start.line < symbols[1]!.range.start.line);
    } finally {
      client.dispose();
    }
  });
});

void ARTICLE;
