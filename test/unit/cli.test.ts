// The command line: bin/isnad.js run as a child process (after `npm run build`), plus its
// formatters run in-process on a hand-made Analysis so their shape is checked without the engine.
// Tests marked "needs the engine" rely on real detections and fail while analyzeArticle is a stub.
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Analysis } from '../../server/src/analysis';
import { parseCommand, UsageError } from '../../server/src/cli/args';
import { fileToJson, type FileResult } from '../../server/src/cli/json';
import { LineIndex } from '../../server/src/cli/lines';
import { helpUri, REPOSITORY_URL, VERSION } from '../../server/src/meta';
import { decodeText, isArticleName } from '../../server/src/cli/read';
import { textReport } from '../../server/src/cli/report-text';
import { artifactUri, sarifLevel, toSarif } from '../../server/src/cli/sarif';
import { COLOURED } from '../../server/src/cli/style';

const root = resolve(__dirname, '..', '..');
// ISNAD_CLI: run another build of the command line (e.g. one linked against a test engine).
const bin = process.env.ISNAD_CLI ?? join(root, 'bin', 'isnad.js');
const work = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

const OPENING = new Set(['«', '"', '“', '”', '‘', "'"]);
const CLOSING = new Set(['»', '"', '”', '“', '’', "'"]);

// Texts written for these tests.
const ATTRIBUTED = 'قال المهندس كريم النجار في مؤتمر صحفي: «سنفتتح المحطة الجديدة قبل نهاية الصيف».\n';
const CLEAN = 'افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم السبت بحضور عدد من السكان.\n';
const UNCLOSED = 'وقالت المديرة هالة منصور في تصريح للصحفيين: «سنواصل العمل حتى يكتمل المشروع في موعده\n';
const CRLF =
  'افتتاح محطة جديدة\r\n' +
  'قال المهندس كريم النجار في مؤتمر صحفي: «سنفتتح المحطة قبل نهاية الصيف».\r\n' +
  'وأضاف النجار: «العمل يسير وفق الخطة الموضوعة».\r\n';

function isnad(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number } = {}): SpawnSyncReturns<string> {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    input: options.input,
    env,
    maxBuffer: 1 << 28,
    timeout: options.timeout ?? 300_000,
  });
}

function writeTemp(name: string, content: string | Buffer): string {
  const path = join(work, name);
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

interface ContractFile {
  path: string;
  people: { name: string; mentions: { start: number; end: number }[] }[];
  quotes: { start: number; end: number; kind: string; speaker: { name: string; type: string } | null; text?: string }[];
  diagnostics: { code: string; severity: string; start: number; end: number; message: string; line: number; column: number }[];
}

function analyzeJson(args: string[]): { files: ContractFile[] } {
  const r = isnad(['analyze', '--json', ...args]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function assertNoStack(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace on stderr');
}

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l.length > 0);
}

/** Where offset falls, counted as the CLI documents it (1-based, UTF-16, \n \r\n \r). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    const end = m.index! + m[0].length;
    if (end > offset) break;
    line++;
    lineStart = end;
  }
  return { line, column: offset - lineStart + 1 };
}

describe('isnad --help and --version', () => {
  test('--version prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const r = isnad(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), pkg.version);
    assert.equal(VERSION, pkg.version);
    assert.equal(REPOSITORY_URL, pkg.repository.url);
  });

  test('--help describes both commands and exits 0', () => {
    const r = isnad(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage:/);
    assert.match(r.stdout, /isnad check/);
    assert.match(r.stdout, /isnad analyze/);
    assert.equal(isnad(['check', '--help']).status, 0);
  });

  test('bad usage exits 2 with one line and no stack', () => {
    for (const args of [[], ['frobnicate'], ['check'], ['check', '--format', 'xml', 'a.txt'], ['check', '--nope', 'a.txt'], ['analyze']]) {
      const r = isnad(args);
      assert.equal(r.status, 2, `isnad ${args.join(' ')}`);
      assert.equal(lines(r.stderr).length, 1, r.stderr);
      assert.match(r.stderr, /^isnad: /);
      assertNoStack(r.stderr);
    }
  });
});

describe('isnad analyze --json: the contract', () => {
  test('one object with files[] keyed by the path as given, and the contract fields', () => {
    writeTemp('contract/a.txt', ATTRIBUTED);
    writeTemp('contract/b.txt', CLEAN);
    const out = analyzeJson(['contract/a.txt', 'contract/b.txt']);
    assert.deepEqual(Object.keys(out), ['files']);
    assert.deepEqual(out.files.map((f) => f.path), ['contract/a.txt', 'contract/b.txt']);
    for (const f of out.files) {
      assert.ok(Array.isArray(f.people) && Array.isArray(f.quotes) && Array.isArray(f.diagnostics));
      for (const p of f.people) {
        assert.equal(typeof p.name, 'string');
        for (const m of p.mentions) assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end);
      }
      for (const q of f.quotes) {
        assert.ok(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start < q.end);
        assert.equal(typeof q.kind, 'string');
        assert.ok(q.speaker === null || (typeof q.speaker.name === 'string' && ['person', 'organization', 'anonymous'].includes(q.speaker.type)));
      }
      for (const d of f.diagnostics) {
        for (const k of ['code', 'severity', 'message'] as const) assert.equal(typeof d[k], 'string');
        for (const k of ['start', 'end', 'line', 'column'] as const) assert.ok(Number.isInteger(d[k]));
      }
    }
  });

  test('analyze without --json prints the same object', () => {
    const path = writeTemp('contract/same.txt', ATTRIBUTED);
    const a = isnad(['analyze', path]);
    const b = isnad(['analyze', '--json', path]);
    assert.equal(a.status, 0);
    assert.deepEqual(JSON.parse(a.stdout), JSON.parse(b.stdout));
  });

  test('check --format json prints the analyze object', () => {
    const path = writeTemp('contract/check.txt', CLEAN);
    const a = JSON.parse(isnad(['analyze', '--json', path]).stdout);
    const r = isnad(['check', '--format', 'json', path]);
    assert.deepEqual(JSON.parse(r.stdout), a);
  });

  test('"-" reads standard input', () => {
    const r = isnad(['analyze', '--json', '-'], { input: CLEAN });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).files[0].path, '-');
  });

  test('needs the engine: a quote slice runs from mark to mark, its speaker and the person mentions are right', () => {
    const path = writeTemp('contract/quote.txt', ATTRIBUTED);
    const [f] = analyzeJson([path]).files;
    assert.equal(f.quotes.length, 1);
    const q = f.quotes[0];
    const slice = ATTRIBUTED.slice(q.start, q.end);
    assert.ok(OPENING.has(slice[0]) && CLOSING.has(slice[slice.length - 1]), slice);
    assert.equal(slice, '«سنفتتح المحطة الجديدة قبل نهاية الصيف»');
    assert.equal(q.kind, 'speech');
    assert.deepEqual(q.speaker, { name: 'كريم النجار', type: 'person' });
    assert.equal(f.people.length, 1);
    assert.deepEqual(f.people[0].mentions.map((m) => ATTRIBUTED.slice(m.start, m.end)), ['كريم النجار']);
  });
});

describe('input decoding', () => {
  test('a BOM is not part of the text (in-process)', () => {
    const plain = decodeText('x', Buffer.from(ATTRIBUTED, 'utf8'));
    const bom = decodeText('x', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ATTRIBUTED, 'utf8')]));
    assert.ok(plain.ok && bom.ok);
    assert.equal(bom.text, plain.text);
    assert.equal(bom.text, ATTRIBUTED);
  });

  test('a BOM file gives the same offsets as the file without it', () => {
    writeTemp('bom/with.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ATTRIBUTED, 'utf8')]));
    writeTemp('bom/without.txt', ATTRIBUTED);
    const [withBom, without] = analyzeJson(['bom/with.txt', 'bom/without.txt']).files;
    const strip = (f: ContractFile) => ({ people: f.people, quotes: f.quotes, diagnostics: f.diagnostics });
    assert.deepEqual(strip(withBom), strip(without));
  });

  test('CRLF is kept: offsets count \\r (needs the engine)', () => {
    const path = writeTemp('crlf/article.txt', CRLF);
    const [f] = analyzeJson([path]).files;
    assert.equal(f.quotes.length, 2);
    assert.deepEqual(
      f.quotes.map((q) => CRLF.slice(q.start, q.end)),
      ['«سنفتتح المحطة قبل نهاية الصيف»', '«العمل يسير وفق الخطة الموضوعة»'],
    );
    const text = isnad(['check', path]).stdout;
    for (const q of f.quotes) {
      const { line, column } = lineColumn(CRLF, q.start);
      assert.match(text, new RegExp(`\\b${line}:${column}\\b`));
    }
  });

  test('CRLF diagnostics carry line and column of their start (needs the engine)', () => {
    const text = 'خبر قصير\r\nسطر ثان\r\n' + UNCLOSED.replace('\n', '\r\n');
    const path = writeTemp('crlf/unclosed.txt', text);
    const [f] = analyzeJson([path]).files;
    assert.ok(f.diagnostics.length > 0);
    for (const d of f.diagnostics) assert.deepEqual({ line: d.line, column: d.column }, lineColumn(text, d.start));
    assert.ok(f.diagnostics.some((d) => d.line === 3));
  });

  test('line index: \\n, \\r\\n and a lone \\r end lines; columns are 1-based UTF-16', () => {
    const text = 'ab\ncd\r\nef\rgh😀x';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(0), { line: 1, column: 1 });
    assert.deepEqual(idx.positionAt(3), { line: 2, column: 1 });
    assert.deepEqual(idx.positionAt(5), { line: 2, column: 3 }); // the \r of \r\n
    assert.deepEqual(idx.positionAt(7), { line: 3, column: 1 });
    assert.deepEqual(idx.positionAt(10), { line: 4, column: 1 });
    assert.deepEqual(idx.positionAt(text.length - 1), { line: 4, column: 5 }); // after a surrogate pair
    assert.deepEqual(idx.positionAt(text.length + 10), { line: 4, column: 6 });
    for (let i = 0; i <= text.length; i++) assert.deepEqual(idx.positionAt(i), lineColumn(text, i));
  });
});

describe('exit status', () => {
  test('a clean file exits 0', () => {
    const r = isnad(['check', writeTemp('exit/clean.txt', CLEAN)]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, '');
  });

  test('needs the engine: an unclosed quote exits 1 and is listed as path:line:col', () => {
    const path = writeTemp('exit/unclosed.txt', UNCLOSED);
    const r = isnad(['check', 'exit/unclosed.txt']);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^exit\/unclosed\.txt:1:\d+ (warning|error) unclosed-quote /m);
    assert.equal(isnad(['analyze', '--json', path]).status, 0, 'analyze reports, it does not judge');
  });

  test('a missing file exits 2 with one stderr line and no stack', () => {
    const r = isnad(['check', 'exit/does-not-exist.txt']);
    assert.equal(r.status, 2);
    assert.deepEqual(lines(r.stderr), ['isnad: exit/does-not-exist.txt: no such file or directory']);
    assertNoStack(r.stderr);
  });

  test('a binary file is skipped with one line, exit 2; the other files are still reported', () => {
    const bin = writeTemp('exit/image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const good = writeTemp('exit/good.txt', CLEAN);
    const r = isnad(['analyze', '--json', bin, good]);
    assert.equal(r.status, 2);
    assert.equal(lines(r.stderr).length, 1);
    assert.match(r.stderr, /not a text file/);
    assertNoStack(r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: ContractFile) => f.path), [good]);
  });

  test('invalid UTF-8 is not text: exit 2', () => {
    const bad = writeTemp('exit/latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const r = isnad(['check', bad]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not a text file/);
    assert.equal(lines(r.stderr).length, 1);
  });

  test('a missing folder exits 2', () => {
    const r = isnad(['check', 'exit/no-such-folder']);
    assert.equal(r.status, 2);
    assert.equal(lines(r.stderr).length, 1);
  });
});

describe('folders', () => {
  test('are walked recursively for article files, in name order', () => {
    for (const name of ['b.txt', 'a/z.md', 'a/c/d.arnews', 'a/e.news', 'a/notes.json', '.hidden/h.txt', 'node_modules/m.txt', 'A.TXT']) {
      writeTemp(`tree/${name}`, CLEAN);
    }
    const r = isnad(['check', '--format', 'json', 'tree']);
    assert.equal(r.status, 0, r.stderr);
    const paths = JSON.parse(r.stdout).files.map((f: ContractFile) => f.path.split('\\').join('/'));
    assert.deepEqual(paths, ['tree/A.TXT', 'tree/a/c/d.arnews', 'tree/a/e.news', 'tree/a/z.md', 'tree/b.txt']);
  });

  test('article names', () => {
    assert.ok(isArticleName('x.txt') && isArticleName('x.MD') && isArticleName('x.arnews') && isArticleName('x.news'));
    assert.ok(!isArticleName('x.json') && !isArticleName('.txt') && !isArticleName('x.txt.bak'));
  });
});

describe('check --format sarif', () => {
  test('SARIF 2.1.0 with the isnad driver and a rule per code', () => {
    const r = isnad(['check', '--format', 'sarif', writeTemp('sarif/clean.txt', CLEAN)]);
    assert.equal(r.status, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'isnad');
    assert.equal(typeof driver.informationUri, 'string');
    for (const rule of driver.rules) {
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.ok(rule.helpUri.endsWith(`docs/diagnostics/${rule.id}.md`), rule.helpUri);
    }
    assert.ok(driver.rules.some((rule: { id: string }) => rule.id === 'unattributed-quote'));
    assert.deepEqual(log.runs[0].results, []);
  });

  test('needs the engine: an unclosed quote becomes a result with a region', () => {
    writeTemp('sarif/sub dir/unclosed.txt', UNCLOSED);
    const r = isnad(['check', '--format', 'sarif', 'sarif']);
    assert.equal(r.status, 1, r.stderr);
    const result = JSON.parse(r.stdout).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'unclosed-quote');
    assert.ok(result);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'sarif/sub%20dir/unclosed.txt');
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength']) {
      assert.ok(Number.isInteger(loc.region[k]), k);
    }
    assert.equal(loc.region.startLine, 1);
  });

  test('in-process: levels, uris and regions', () => {
    assert.equal(sarifLevel('error'), 'error');
    assert.equal(sarifLevel('warning'), 'warning');
    assert.equal(sarifLevel('information'), 'note');
    assert.equal(sarifLevel('hint'), 'note');
    assert.equal(artifactUri(join('/repo', 'news', 'خبر 1.txt'), '/repo'), 'news/%D8%AE%D8%A8%D8%B1%201.txt');
    assert.ok(helpUri('name-variant').endsWith('/docs/diagnostics/name-variant.md'));

    const log = toSarif([fakeResult()], '/repo') as { runs: { results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const results = log.runs[0].results;
    assert.deepEqual(results.map((x) => [x.ruleId, x.level]), [['unattributed-quote', 'warning'], ['name-variant', 'note']]);
    const region = results[0].locations[0].physicalLocation.region;
    const { start, end } = FAKE.problems[0];
    assert.deepEqual(
      { startLine: region.startLine, startColumn: region.startColumn, endLine: region.endLine, endColumn: region.endColumn, charOffset: region.charOffset, charLength: region.charLength },
      { ...prefix('start', lineColumn(FAKE_TEXT, start)), ...prefix('end', lineColumn(FAKE_TEXT, end)), charOffset: start, charLength: end - start },
    );
    assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'news/fake.txt');
    assert.ok(log.runs[0].tool.driver.rules.some((rule) => rule.id === 'name-variant'));
  });
});

describe('check text report', () => {
  test('plain text when stdout is not a terminal; a summary line', () => {
    const r = isnad(['check', writeTemp('text/clean.txt', CLEAN)]);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    assert.match(r.stdout, /text\/clean\.txt/);
    assert.match(r.stdout, /1 file, 0 quotes, 0 people, 0 warnings\n$/);
    assert.match(isnad(['check', '--color', 'text/clean.txt']).stdout, /\x1b\[/);
  });

  test('needs the engine: quotes are listed with line:col and their speaker', () => {
    const r = isnad(['check', writeTemp('text/attributed.txt', ATTRIBUTED)]);
    const { line, column } = lineColumn(ATTRIBUTED, ATTRIBUTED.indexOf('«'));
    assert.match(r.stdout, new RegExp(`${line}:${column}\\s+speech\\s+كريم النجار`));
  });

  test('in-process: people, quotes with line:col, problems as path:line:col severity code message', () => {
    const report = textReport([fakeResult()], 0);
    const q = FAKE.quotes[0];
    const at = lineColumn(FAKE_TEXT, q.start);
    assert.match(report, /^news\/fake\.txt$/m);
    assert.match(report, /ليلى حداد {2}رئيسة اللجنة {2}2 mentions, 1 quote/);
    assert.match(report, new RegExp(`^\\s+${at.line}:${at.column}\\s+speech\\s+ليلى حداد\\s+«`, 'm'));
    assert.match(report, /^\s+\d+:\d+\s+speech\s+no speaker\s+"/m);
    const p = FAKE.problems[0];
    const pAt = lineColumn(FAKE_TEXT, p.start);
    assert.match(report, new RegExp(`^news/fake\\.txt:${pAt.line}:${pAt.column} warning unattributed-quote ${p.message}$`, 'm'));
    assert.match(report, /1 file, 2 quotes, 1 person, 1 warning, 1 note\n$/);
    assert.match(textReport([fakeResult()], 0, COLOURED), /\x1b\[33mwarning\x1b\[39m/);
  });

  test('in-process: the JSON of a hand-made analysis', () => {
    const f = fileToJson(fakeResult());
    assert.deepEqual(f.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])]), [['ليلى حداد', FAKE.entities[0].mentions.map((m) => [m.start, m.end])]]);
    assert.deepEqual(f.quotes.map((q) => q.speaker), [{ name: 'ليلى حداد', type: 'person' }, null]);
    assert.deepEqual(f.quotes.map((q) => FAKE_TEXT.slice(q.start, q.end)), f.quotes.map((q) => q.text));
    assert.equal(f.quotes[0].method, 'explicit');
    assert.deepEqual(f.diagnostics[0].line, lineColumn(FAKE_TEXT, FAKE.problems[0].start).line);
    assert.deepEqual(f.organizations.map((o) => o.name), ['اللجنة']);
  });
});

describe('robustness', () => {
  test('stdout closed early (| head) ends quietly', () => {
    for (let i = 0; i < 1500; i++) writeTemp(`many/article-${String(i).padStart(4, '0')}.txt`, CLEAN);
    const r = spawnSync(`"${process.execPath}" "${bin}" analyze --json many | head -c 100`, {
      cwd: work,
      shell: '/bin/sh',
      encoding: 'utf8',
    });
    assert.equal(r.stdout.length, 100);
    assert.equal(r.stderr, '');
  });

  const paragraph = `${ATTRIBUTED}${CLEAN}وأضاف النجار أن "المشروع يسير وفق الجدول".\n`;
  const bigText = (mb: number) => paragraph.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(paragraph)));

  test('a 10 MB file (far above any article) is analysed', { timeout: 900_000 }, () => {
    const path = writeTemp('huge/big.txt', bigText(10));
    const r = isnad(['analyze', '--json', path], { timeout: 900_000 });
    assert.equal(r.error, undefined, 'finished in time');
    assert.equal(r.status, 0, r.stderr.slice(0, 500));
    assert.equal(JSON.parse(r.stdout).files[0].path, path);
  });

  test('a 5 MB file gets a text report (long lists are not spread into calls)', { timeout: 300_000 }, () => {
    const path = writeTemp('huge/medium.txt', bigText(5));
    const r = isnad(['check', path]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr.slice(0, 500));
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^1 file, /m);
  });

  test('usage errors are UsageErrors (in-process)', () => {
    assert.throws(() => parseCommand(['check', '--format']), UsageError);
    assert.deepEqual(parseCommand(['check', '-f', 'sarif', 'x']), { name: 'check', format: 'sarif', paths: ['x'], color: undefined, maxWarnings: undefined, jobs: undefined, quiet: false });
    assert.deepEqual(parseCommand(['check', '--jobs', '3', '-q', 'x']), { name: 'check', format: 'text', paths: ['x'], color: undefined, maxWarnings: undefined, jobs: 3, quiet: true });
    assert.equal((parseCommand(['check', '--max-warnings', '3', 'x']) as { maxWarnings?: number }).maxWarnings, 3);
    for (const bad of ['-1', 'x', '1.5', '']) assert.throws(() => parseCommand(['check', `--max-warnings=${bad}`, 'x']), UsageError, bad);
    assert.deepEqual(parseCommand(['analyze', '--json', '--', '--odd-name.txt']), { name: 'analyze', paths: ['--odd-name.txt'], jobs: undefined, quiet: false });
    assert.deepEqual(parseCommand(['analyze', '-j', '2', 'x']), { name: 'analyze', paths: ['x'], jobs: 2, quiet: false });
    for (const bad of ['0', 'x', '1.5', '']) assert.throws(() => parseCommand(['analyze', `--jobs=${bad}`, 'x']), UsageError, bad);
  });
});

// A hand-made analysis, so the formatters can be checked while the engine is a stub.
const FAKE_TEXT = 'عنوان\r\nقالت رئيسة اللجنة ليلى حداد: «نعمل بلا توقف».\r\nوقالت حداد إن الخطة جاهزة. "لا تعليق"\n';
function span(s: string, from = 0): { start: number; end: number } {
  const start = FAKE_TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
}
const Q1 = span('«نعمل بلا توقف»');
const Q2 = span('"لا تعليق"');
const FAKE: Analysis = {
  textLength: FAKE_TEXT.length,
  arabicRatio: 1,
  quotes: [
    {
      id: 0, ...Q1, inner: { start: Q1.start + 1, end: Q1.end - 1 }, open: '«', close: '»', kind: 'speech', kindReason: 'test',
      parentId: null, continuations: [],
      attribution: { entityId: 0, method: 'explicit', confidence: 0.95, cue: { ...span('قالت'), text: 'قالت', lemma: 'قال', entityId: 0, subject: span('ليلى حداد') } },
    },
    {
      id: 1, ...Q2, inner: { start: Q2.start + 1, end: Q2.end - 1 }, open: '"', close: '"', kind: 'speech', kindReason: 'test',
      parentId: null, continuations: [], attribution: null,
    },
  ],
  entities: [
    {
      id: 0, type: 'person', name: 'ليلى حداد', roles: ['رئيسة اللجنة'], spellings: ['ليلى حداد', 'حداد'],
      mentions: [
        { ...span('ليلى حداد'), entityId: 0, text: 'ليلى حداد', role: span('رئيسة اللجنة') },
        { ...span('حداد', span('ليلى حداد').end), entityId: 0, text: 'حداد', role: null },
      ],
      quoteIds: [0],
    },
    { id: 1, type: 'organization', name: 'اللجنة', roles: [], spellings: ['اللجنة'], mentions: [], quoteIds: [] },
  ],
  cues: [],
  problems: [
    { ...Q2, code: 'unattributed-quote', severity: 'warning', message: 'This quote has no speaker.' },
    { ...span('حداد', span('ليلى حداد').end), code: 'name-variant', severity: 'hint', message: 'Short form.' },
  ],
};
function fakeResult(): FileResult {
  return { path: 'news/fake.txt', text: FAKE_TEXT, analysis: FAKE, lines: new LineIndex(FAKE_TEXT) };
}
function prefix(p: 'start' | 'end', lc: { line: number; column: number }): Record<string, number> {
  return { [`${p}Line`]: lc.line, [`${p}Column`]: lc.column };
}
