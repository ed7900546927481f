// The command line in a newsroom's CI: --max-warnings, and isnad-disable-next-line directives honoured
// by check and analyze in every format. bin/isnad.js run as a child process (after `npm run build`), on
// texts written for these tests.
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { DEFAULT_SEVERITY, PROBLEM_CODES } from '../../server/src/analysis';
import { TOO_LARGE } from '../../server/src/features/diagnostics';
import { checkVerdict } from '../../server/src/cli/verdict';

const root = resolve(__dirname, '..', '..');
const bin = process.env.ISNAD_CLI ?? join(root, 'bin', 'isnad.js');
const work = mkdtempSync(join(tmpdir(), 'isnad-ci-'));
after(() => rmSync(work, { recursive: true, force: true }));

const FIRST = '«سنواصل العمل حتى تتحقق كل مطالب السكان دون استثناء».';
const SECOND = '«الحديقة مفتوحة للجميع طوال أيام الأسبوع من الصباح حتى المساء».';
/** Two quotes nobody is credited with (two warnings) and one with a speaker. */
function article(aboveFirst = '', aboveSecond = ''): string {
  return [
    'افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم السبت.',
    ...(aboveFirst ? [aboveFirst] : []),
    FIRST,
    'وشهد الحفل حضور عدد كبير من سكان الأحياء المجاورة.',
    ...(aboveSecond ? [aboveSecond] : []),
    SECOND,
    'وقال رئيس البلدية كريم العلي: «نشكر كل من ساهم في هذا المشروع».',
    '',
  ].join('\n');
}

function isnad(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

function write(name: string, text: string): string {
  writeFileSync(join(work, name), text);
  return name;
}

interface JsonOut {
  files: { diagnostics: { code: string; line: number }[]; silenced: { code: string; line: number }[] }[];
}

describe('--max-warnings', () => {
  const file = write('two-warnings.txt', article());

  test('without it any warning fails; with N it fails only above N, saying so on stderr', () => {
    const plain = isnad(['check', file]);
    assert.equal(plain.status, 1);
    assert.match(plain.stdout, /2 warnings/);
    assert.equal(plain.stderr, '');
    const two = isnad(['check', '--max-warnings', '2', file]);
    assert.equal(two.status, 0, two.stderr);
    assert.equal(two.stderr, '');
    const one = isnad(['check', '--max-warnings=1', '--format', 'sarif', file]);
    assert.equal(one.status, 1);
    assert.equal(one.stderr, 'isnad: 2 warnings found, more than --max-warnings 1 allows\n');
    JSON.parse(one.stdout); // stdout stays a SARIF log
    assert.equal(isnad(['check', '--max-warnings', '0', file]).status, 1);
  });

  test('a bad value is a usage error: one line, exit 2', () => {
    for (const bad of ['--max-warnings=-1', '--max-warnings=some']) {
      const r = isnad(['check', bad, file]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^isnad: check: --max-warnings needs a whole number of 0 or more, not '.*' \(see isnad --help\)\n$/);
    }
    const missing = isnad(['check', file, '--max-warnings']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.split('\n').length, 2, missing.stderr);
  });

  test('the help says what counts and what the exit status is', () => {
    const help = isnad(['--help']).stdout;
    assert.match(help, /--max-warnings N/);
    assert.match(help, /Warnings are the problems of severity warning: unattributed-quote,\s+unclosed-quote, unpaired-quote-mark\./);
    assert.match(help, /1 {2}check found an error, or more warnings than --max-warnings/);
  });

  test('errors always fail; notes never count (in process)', () => {
    assert.deepEqual(checkVerdict({ errors: 1, warnings: 0 }, 10), { status: 1 });
    assert.deepEqual(checkVerdict({ errors: 0, warnings: 3 }, 3), { status: 0 });
    assert.equal(checkVerdict({ errors: 0, warnings: 4 }, 3).status, 1);
    assert.deepEqual(checkVerdict({ errors: 0, warnings: 0 }, undefined), { status: 0 });
  });
});

describe('isnad-disable-next-line in the command line', () => {
  test('plain text: the // form silences the quote below it; text, JSON and SARIF leave it out', () => {
    const file = write('silenced.txt', article('// isnad-disable-next-line unattributed-quote -- بيان بلا متحدث'));
    const text = isnad(['check', '--max-warnings', '1', file]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^1 file, 3 quotes, 1 person, 1 warning, 1 silenced$/m);
    assert.doesNotMatch(text.stdout, /:3:1 warning/, 'the silenced quote (line 3) is not listed');
    assert.match(text.stdout, /silenced\.txt:5:1 warning unattributed-quote/);

    const json: JsonOut = JSON.parse(isnad(['analyze', file]).stdout);
    assert.deepEqual(json.files[0]!.diagnostics.map((d) => [d.code, d.line]), [['unattributed-quote', 5]]);
    assert.deepEqual(json.files[0]!.silenced.map((d) => [d.code, d.line]), [['unattributed-quote', 3]]);

    const sarif = JSON.parse(isnad(['check', '--format', 'sarif', file]).stdout);
    assert.deepEqual(sarif.runs[0].results.map((r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.locations[0]!.physicalLocation.region.startLine), [5]);
  });

  test('Markdown: the HTML comment; several codes, and no code for all', () => {
    const both = write('both.md', article('<!-- isnad-disable-next-line name-variant, unattributed-quote -->', '<!-- isnad-disable-next-line -->'));
    const r = isnad(['check', both]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /0 warnings, 1 note, 2 silenced$/m);
    assert.match(r.stdout, /both\.md:2:\d+ information unused-disable-directive No name-variant on the next line to silence\./);
  });

  test('an unknown code is a note (exit 0 when nothing else is wrong), and the quote stays reported', () => {
    const file = write('typo.txt', article('// isnad-disable-next-line unatributed-quote', '// isnad-disable-next-line unattributed-quote'));
    const r = isnad(['check', file]);
    assert.equal(r.status, 1, 'the first quote is still a warning');
    assert.match(r.stdout, /typo\.txt:2:28 information unused-disable-directive Unknown code 'unatributed-quote'/);
    assert.match(r.stdout, /typo\.txt:3:1 warning unattributed-quote/);
    assert.equal(isnad(['check', '--max-warnings', '1', file]).status, 0);
  });
});

describe('documentation of the codes and of the CI workflow', () => {
  test('every code has a page in docs/diagnostics and a severity setting defaulting to the engine\'s', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const settings = pkg.contributes.configuration.properties['isnad.severity'].properties;
    // The engine's codes, and the server's own: a document over the size limit.
    assert.deepEqual(Object.keys(settings).sort(), [...PROBLEM_CODES, TOO_LARGE].sort());
    for (const code of [...PROBLEM_CODES, TOO_LARGE]) assert.ok(existsSync(join(root, 'docs', 'diagnostics', `${code}.md`)), code);
    for (const code of PROBLEM_CODES) assert.equal(settings[code].default, DEFAULT_SEVERITY[code], code);
    assert.equal(settings[TOO_LARGE].default, 'information');
  });

  test("the README's GitHub Actions workflow installs Isnad, runs a check this CLI accepts and uploads the SARIF", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const workflow = /### GitHub Actions[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(workflow, 'a yaml block under GitHub Actions');
    assert.match(workflow, /security-events: write/);
    assert.match(workflow, /run: npm install --global github:isnad-dev\/isnad\b/);
    assert.match(workflow, /uses: github\/codeql-action\/upload-sarif@v\d+/);
    assert.match(workflow, /if: success\(\) \|\| failure\(\)/);
    const run = /run: isnad (check .*) > (\S+)/.exec(workflow);
    assert.ok(run, 'a step running isnad check into a file');
    assert.match(workflow, new RegExp(`sarif_file: ${run[2]!.replace('.', '\\.')}`));
    // The same arguments, on a folder of articles: a SARIF log on stdout, the status the README says.
    mkdirSync(join(work, 'articles'), { recursive: true });
    writeFileSync(join(work, 'articles', 'clean.txt'), 'افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم السبت.\n');
    const clean = isnad(run[1]!.split(' '));
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(JSON.parse(clean.stdout).version, '2.1.0');
    writeFileSync(join(work, 'articles', 'lone.md'), article());
    const failing = isnad(run[1]!.split(' '));
    assert.equal(failing.status, 1);
    assert.equal(JSON.parse(failing.stdout).runs[0].results.length, 2);
  });
});
