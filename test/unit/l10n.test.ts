// The server's catalogues, the interface language, the problem messages in both languages, and the
// command line's --lang. Text written for the tests.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NARRATION } from '../protocol/fixtures';
import { describe, test } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { chooseLanguage, environmentLanguage } from '../../server/src/cli/language';
import { LineIndex } from '../../server/src/cli/lines';
import { textReport } from '../../server/src/cli/report-text';
import { run } from '../../server/src/cli/run';
import arabic from '../../server/src/l10n/bundle.l10n.ar.json';
import english from '../../server/src/l10n/bundle.l10n.json';
import { problemMessage, rebuiltMessage } from '../../server/src/l10n/problems';
import { kindReason } from '../../server/src/l10n/reasons';
import { isArabicLocale, resolveLanguage, translatorFor } from '../../server/src/l10n/translator';
import { shouldSuggest } from '../../client/src/suggestion-rule';
import type { DocumentStats } from '../../server/src/protocol';

const root = resolve(__dirname, '..', '..');
const AR = translatorFor('ar');
const EN = translatorFor('en');
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();
const hasLatinWord = (s: string) => /[A-Za-z]{2,}/.test(s);

/** An article with one problem of each code. */
const ALL_PROBLEMS = [
  'قال مصدر مسؤول إن «الوفد سيصل غدا إلى العاصمة لإجراء محادثات».',
  'وقال أحمد الحداد: «لن نقبل» وأضاف احمد الحداد أن «الوضع صعب جدا».',
  'وقال أحمد الحداد إن «الوفد سيصل غدا».',
  '',
  NARRATION,
  '',
  '«سنواصل العمل حتى تتحقق كل مطالب السكان دون استثناء».',
  '',
  'كلمة» أخرى.',
  'وختم الحداد بالقول: «لن نتراجع عن موقفنا',
  '',
].join('\n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('catalogues', () => {
  test('the Arabic catalogue translates every English message, with the same placeholders', () => {
    assert.deepEqual(Object.keys(arabic).sort(), Object.keys(english).sort());
    for (const [key, value] of Object.entries(english)) assert.equal(value, key, 'the English catalogue maps each message to itself');
    for (const [key, value] of Object.entries(arabic)) {
      assert.deepEqual(placeholders(value), placeholders(key), key);
      if (/[A-Za-z]/.test(key.replace(/\{\d+\}/g, ''))) assert.match(value, /[\u0600-\u06FF]/u, `${key}: not translated`);
    }
  });

  test('every message the server writes with a literal is in the catalogue', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(root, 'server', 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\btr\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) {
        const key = m[2]!.replace(/\\(['"\\])/g, '$1');
        if (key !== '{0}' && !(key in arabic)) missing.push(`${file}: ${key}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('a message not in the catalogue stays as written; arguments fill the placeholders', () => {
    assert.equal(AR.t('Not in any catalogue {0}', 3), 'Not in any catalogue 3');
    assert.equal(AR.t('Change to {0}', 'أحمد'), 'التغيير إلى أحمد');
    assert.equal(EN.t('Change to {0}', 'أحمد'), 'Change to أحمد');
    // Each translator uses its own catalogue, whichever was used last.
    assert.equal(EN.t('Terms'), 'Terms');
    assert.equal(AR.t('Terms'), 'مصطلحات وأسماء');
    assert.equal(EN.t('Terms'), 'Terms');
  });
});

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
}

describe('the client\'s catalogue (vscode.l10n) and the manifest\'s (package.nls)', () => {
  test('every message the client writes with a literal is in l10n/, translated with the same placeholders', () => {
    const ar = readJson('l10n/bundle.l10n.ar.json') as Record<string, string>;
    const en = readJson('l10n/bundle.l10n.json') as Record<string, string>;
    assert.deepEqual(Object.keys(ar).sort(), Object.keys(en).sort());
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'client', 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/vscode\.l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) used.add(m[2]!.replace(/\\(['"\\])/g, '$1'));
      for (const m of source.matchAll(/plural\([^,]+,\s*'([^']+)',\s*'([^']+)'\)/g)) used.add(m[1]!).add(m[2]!);
    }
    assert.ok(used.size > 20, `found ${used.size} messages`);
    assert.deepEqual([...used].filter((k) => !(k in ar)), [], 'messages missing from l10n/bundle.l10n.ar.json');
    assert.deepEqual(Object.keys(ar).filter((k) => !used.has(k)), [], 'messages no longer used');
    for (const [key, value] of Object.entries(ar)) {
      assert.equal(en[key], key);
      assert.deepEqual(placeholders(value), placeholders(key), key);
      assert.match(value, /[\u0600-\u06FF]/u, key);
    }
  });

  test('package.json shows no English of its own: every user-visible string is a %key% of both package.nls files', () => {
    const pkg = readJson('package.json');
    const en = readJson('package.nls.json') as Record<string, string>;
    const ar = readJson('package.nls.ar.json') as Record<string, string>;
    assert.equal(pkg.l10n, './l10n');
    assert.deepEqual(Object.keys(ar).sort(), Object.keys(en).sort());
    const visible: [string, string][] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`);
      else if (typeof value === 'string' && /\/(displayName|description|markdownDescription|enumDescriptions\/\d+|title|category|aliases\/0)$/.test(path)) visible.push([path, value]);
    };
    walk({ displayName: pkg.displayName, description: pkg.description, contributes: pkg.contributes }, '');
    assert.ok(visible.length > 30, `${visible.length} strings`);
    const keys = new Set<string>();
    for (const [path, value] of visible) {
      const m = /^%(.+)%$/.exec(value);
      assert.ok(m, `${path}: "${value}" is not a %key%`);
      assert.ok(m[1]! in en, `${path}: ${m[1]} missing from package.nls.json`);
      keys.add(m[1]!);
    }
    assert.deepEqual(Object.keys(en).filter((k) => !keys.has(k)), [], 'keys no longer used');
    for (const [key, value] of Object.entries(ar)) {
      assert.match(value, /[\u0600-\u06FF]/u, key);
      // Code spans (setting values, ids) stay as they are in the translation.
      assert.deepEqual(value.match(/`[^`]+`/g) ?? [], en[key]!.match(/`[^`]+`/g) ?? [], key);
    }
    const setting = (pkg.contributes as { configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> } }).configuration.properties['isnad.interfaceLanguage'];
    assert.deepEqual(setting?.enum, ['auto', 'ar', 'en']);
    assert.equal(setting?.default, 'auto');
  });

  test('when to suggest opening a document as Arabic News', () => {
    const article: DocumentStats = { analysed: true, people: 2, quotes: 3, warnings: 0, arabicArticle: true };
    const fresh = { dontAsk: false, asked: new Set<string>(), showing: false };
    assert.equal(shouldSuggest('file:///a.txt', 'plaintext', article, fresh), true);
    assert.equal(shouldSuggest('file:///a.md', 'markdown', article, fresh), true);
    assert.equal(shouldSuggest('file:///a.arnews', 'arabic-news', article, fresh), false, 'already Arabic News');
    assert.equal(shouldSuggest('file:///a.txt', 'plaintext', { ...article, arabicArticle: false }, fresh), false);
    assert.equal(shouldSuggest('file:///a.txt', 'plaintext', null, fresh), false);
    assert.equal(shouldSuggest('file:///a.txt', 'plaintext', article, { ...fresh, dontAsk: true }), false, "Don't ask again");
    assert.equal(shouldSuggest('file:///a.txt', 'plaintext', article, { ...fresh, asked: new Set(['file:///a.txt']) }), false, 'once per document');
    assert.equal(shouldSuggest('file:///a.txt', 'plaintext', article, { ...fresh, showing: true }), false, 'one at a time');
  });
});

describe('interface language', () => {
  test('Arabic locales', () => {
    for (const locale of ['ar', 'AR', 'ar-SA', 'ar_EG.UTF-8', 'ar@latin']) assert.equal(isArabicLocale(locale), true, locale);
    for (const locale of [undefined, '', 'en', 'en-US', 'arn', 'fr_FR.UTF-8', 'C']) assert.equal(isArabicLocale(locale), false, String(locale));
  });

  test('the setting wins, then the initialization option, then the locale, else English', () => {
    assert.equal(resolveLanguage('ar', 'en', 'en'), 'ar');
    assert.equal(resolveLanguage('en', 'ar', 'ar'), 'en');
    assert.equal(resolveLanguage('auto', 'ar', 'en'), 'ar');
    assert.equal(resolveLanguage(undefined, 'auto', 'ar-SA'), 'ar');
    assert.equal(resolveLanguage('auto', undefined, 'de'), 'en');
    assert.equal(resolveLanguage(undefined, undefined, undefined), 'en');
  });
});

describe('problem messages', () => {
  const analysis = analyzeArticle(ALL_PROBLEMS);

  test('the article has one problem of each code', () => {
    assert.deepEqual(
      [...new Set(analysis.problems.map((p) => p.code))].sort(),
      ['anonymous-source', 'name-variant', 'unattributed-quote', 'unclosed-quote', 'unpaired-quote-mark'],
    );
  });

  test('in English, the engine\'s own messages; the catalogue\'s English templates give the same', () => {
    for (const p of analysis.problems) {
      assert.equal(problemMessage(p, analysis, ALL_PROBLEMS, EN), p.message);
      assert.equal(rebuiltMessage(p, analysis, ALL_PROBLEMS, EN), p.message, 'the engine changed a message: update the catalogues');
    }
  });

  test('in Arabic, every message is Arabic and keeps the names and marks', () => {
    const messages = new Map(analysis.problems.map((p) => [p.code, problemMessage(p, analysis, ALL_PROBLEMS, AR)]));
    for (const [code, message] of messages) assert.ok(!hasLatinWord(message), `${code}: ${message}`);
    assert.equal(messages.get('anonymous-source'), 'اقتباس منسوب إلى مصدر غير مسمّى: مصدر مسؤول.');
    assert.equal(messages.get('name-variant'), 'كُتب اسم أحمد الحداد هنا «احمد» وفي مواضع أخرى «أحمد».');
    assert.equal(messages.get('unclosed-quote'), 'علامة التنصيص « لم تُغلق.');
    assert.equal(messages.get('unpaired-quote-mark'), 'علامة التنصيص الختامية » لا تسبقها علامة افتتاح.');
    assert.match(messages.get('unattributed-quote')!, /^لم يُنسب هذا الاقتباس إلى أحد/u);
  });

  test('the notes on unused directives: English templates give the engine\'s messages; Arabic ones are Arabic', () => {
    const text = [
      '// isnad-disable-next-line nonsense-code',
      'افتتحت البلدية حديقة جديدة أمس.',
      '',
      '// isnad-disable-next-line',
      'افتتحت البلدية حديقة أخرى.',
      '',
      '// isnad-disable-next-line unclosed-quote',
      'وقال سامر الحداد إن «الحديقة جميلة».',
    ].join('\n');
    const a = analyzeArticle(text);
    const notes = a.problems.filter((p) => p.code === 'unused-disable-directive');
    assert.deepEqual(notes.map((p) => p.data?.directive), ['unknown-code', 'silences-nothing', 'silences-nothing']);
    for (const p of notes) {
      assert.equal(rebuiltMessage(p, a, text, EN), p.message, 'the engine changed a message: update the catalogues');
      assert.match(problemMessage(p, a, text, AR), /isnad-disable-next-line|لا /u);
      assert.ok(/[\u0600-\u06FF]/u.test(problemMessage(p, a, text, AR)), problemMessage(p, a, text, AR));
    }
  });

  test('a problem whose facts cannot be found keeps the engine\'s message', () => {
    const lone = { code: 'anonymous-source' as const, severity: 'information' as const, start: 0, end: 1, message: 'Quote attributed to an unnamed source: x.' };
    const empty = { ...analysis, quotes: [], entities: [], problems: [lone] };
    assert.equal(problemMessage(lone, empty, ALL_PROBLEMS, AR), lone.message);
  });

  test('the reasons for speech or term, with the article\'s word as the argument', () => {
    assert.equal(kindReason('a passage of reported words', AR), 'مقطع من كلام منقول');
    assert.equal(kindReason('the marks name a صحيفة', AR), 'ما بين العلامتين تسمية تسبقها كلمة «صحيفة»');
    assert.equal(kindReason('a name after لدى', AR), 'اسم بعد «لدى»');
    assert.equal(kindReason('learned: 0.91 term, most of all for the prior (rules: introduced by a colon)', AR), 'تقدير النموذج المتعلَّم: مصطلح باحتمال 0.91، وأقوى ما رجّحه الاحتمال المسبق (القواعد: تسبقه نقطتان)');
    assert.equal(kindReason('a reason nobody wrote yet', AR), 'a reason nobody wrote yet');
    assert.equal(kindReason('the marks name a صحيفة', EN), 'the marks name a صحيفة');
  });
});

describe('command line --lang', () => {
  test('the option, before any --, and the environment', () => {
    assert.deepEqual(chooseLanguage(['check', '--lang', 'ar', 'a.txt'], {}), { ok: true, language: 'ar', args: ['check', 'a.txt'] });
    assert.deepEqual(chooseLanguage(['check', '--lang=en', 'a.txt'], { LANG: 'ar_SA.UTF-8' }), { ok: true, language: 'en', args: ['check', 'a.txt'] });
    assert.deepEqual(chooseLanguage(['check', '--', '--lang', 'ar'], {}), { ok: true, language: 'en', args: ['check', '--', '--lang', 'ar'] });
    assert.equal(chooseLanguage(['check', '--lang', 'fr', 'x'], {}).ok, false);
    assert.equal(chooseLanguage(['check', '--lang'], {}).ok, false);
    assert.equal(environmentLanguage({ LANG: 'ar_SA.UTF-8' }), 'ar');
    assert.equal(environmentLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'ar_SA.UTF-8' }), 'en', 'LC_ALL first');
    assert.equal(environmentLanguage({ LC_MESSAGES: 'ar_EG', LANG: 'en_GB' }), 'ar');
    assert.equal(environmentLanguage({}), 'en');
  });

  test('the human report in Arabic; severity and code stay as tools match them', () => {
    const analysis = analyzeArticle(ALL_PROBLEMS);
    const report = textReport([{ path: 'a.txt', text: ALL_PROBLEMS, analysis, lines: new LineIndex(ALL_PROBLEMS) }], 0, undefined, AR);
    assert.match(report, /^ {2}الأشخاص \(1\)$/mu);
    assert.match(report, /^ {2}الاقتباسات \(5\)$/mu);
    assert.match(report, /^ {4}أحمد الحداد {2}مرات الذكر: 4، الاقتباسات: 3$/mu);
    assert.match(report, /مصدر مسؤول \(مصدر غير مسمّى\)/u);
    assert.match(report, /^a\.txt:9:5 warning unpaired-quote-mark علامة التنصيص الختامية » لا تسبقها علامة افتتاح\.$/mu);
    assert.match(report, /^الملفات: 1، الاقتباسات: 5، الأشخاص: 1، التحذيرات: 3، الملاحظات: 2$/mu);
    assert.doesNotMatch(report, /People|Quotes|mention|speech|no speaker/);
  });

  test('messages in the chosen language; the JSON stays as it is', () => {
    const io = (env: NodeJS.ProcessEnv) => {
      const out: string[] = [];
      const err: string[] = [];
      return { out, err, io: { out: (s: string) => out.push(s), err: (l: string) => err.push(l), isTTY: false, env, cwd: root } };
    };
    const a = io({ LANG: 'ar_SA.UTF-8' });
    assert.equal(run(['chek'], a.io), 2);
    assert.deepEqual(a.err, ["isnad: أمر غير معروف 'chek' (انظر isnad --help)"]);
    const b = io({});
    assert.equal(run(['check', '--lang', 'fr', 'x'], b.io), 2);
    assert.deepEqual(b.err, ["isnad: unknown language 'fr' (expected ar or en) (see isnad --help)"]);
    const c = io({});
    assert.equal(run(['check', '--lang', 'ar', '--format', 'json', 'samples/sample-article.txt'], c.io), 0);
    const d = io({});
    assert.equal(run(['check', '--format', 'json', 'samples/sample-article.txt'], d.io), 0);
    assert.equal(c.out.join(''), d.out.join(''));
  });
});
