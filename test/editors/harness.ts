// Shared by the editor tests: the README's configuration blocks, a throw-away workspace holding the
// article (written for the tests, test/protocol/fixtures.ts) and a PATH with `isnad-language-server`, the
// editor run as a child process with a deadline, and the checks every editor's report must pass.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { ARTICLE, LONE_QUOTE } from '../protocol/fixtures';

export const ROOT = resolve(__dirname, '..', '..');
/** Each editor step (attach, hover, diagnostics after the edit) gets this long before the driver gives up. */
export const STEP_TIMEOUT_MS = 15_000;
/** A whole editor run; the process is killed after it. */
export const RUN_TIMEOUT_MS = 45_000;

/** The quote hovered: «المفاوضات …», said by سامي الحداد. */
export const HOVER_AT = '«المفاوضات';
/** The line (0-based) of the lone quote once the edit has added it as a new last paragraph. */
export const LONE_QUOTE_LINE = ARTICLE.split('\n').length;

/** The fenced block of `lang` that follows the first README line containing `label`. */
export function readmeBlock(label: string, lang: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(label);
  assert.ok(at >= 0, `README.md has no "${label}"`);
  const open = readme.indexOf(`\`\`\`${lang}\n`, at);
  assert.ok(open >= 0, `README.md has no \`\`\`${lang} block after "${label}"`);
  const start = open + lang.length + 4;
  const end = readme.indexOf('\n```', start);
  assert.ok(end >= 0, 'unclosed block in README.md');
  return readme.slice(start, end + 1);
}

export interface Workspace {
  readonly dir: string;
  readonly article: string;
  readonly report: string;
  /** The environment of the editor: a PATH where `isnad-language-server` is the built server, a HOME of its own. */
  readonly env: NodeJS.ProcessEnv;
  dispose(): void;
}

export function makeWorkspace(prefix: string): Workspace {
  const server = join(ROOT, 'dist', 'server', 'main.js');
  assert.ok(existsSync(server), 'dist/server/main.js is missing: run `node esbuild.mjs`');
  const dir = mkdtempSync(join(tmpdir(), `isnad-${prefix}-`));
  const bin = join(dir, 'bin');
  const home = join(dir, 'home');
  mkdirSync(bin);
  mkdirSync(home);
  // As after `npm install -g .`: the package's bin script on the PATH (it loads dist/server/main.js).
  symlinkSync(join(ROOT, 'bin', 'isnad-language-server.js'), join(bin, 'isnad-language-server'));
  const article = join(dir, 'article.txt');
  writeFileSync(article, ARTICLE);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: [bin, dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_CACHE_HOME: join(home, '.cache'),
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TERM: 'dumb',
    ISNAD_ARTICLE: article,
    ISNAD_REPORT: join(dir, 'report.json'),
    ISNAD_HOVER_AT: HOVER_AT,
    ISNAD_LONE_QUOTE: LONE_QUOTE,
    ISNAD_STEP_TIMEOUT_MS: String(STEP_TIMEOUT_MS),
  };
  return { dir, article, report: join(dir, 'report.json'), env, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunResult {
  readonly code: number | null;
  readonly output: string;
  readonly timedOut: boolean;
}

/** Runs an editor to its exit (killed after RUN_TIMEOUT_MS), stdin closed, output collected. */
export function runEditor(command: string, args: string[], workspace: Workspace): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: workspace.dir, env: workspace.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output, timedOut });
    });
  });
}

export interface ReportedDiagnostic {
  readonly line: number;
  readonly code: string | null;
  readonly message: string;
}

/** What a driver found, as it wrote it to $ISNAD_REPORT. */
export interface EditorReport {
  readonly filetype?: string;
  readonly languageId?: string;
  readonly hover: string | null;
  readonly symbols: string[] | null;
  readonly before: ReportedDiagnostic[] | null;
  readonly after: ReportedDiagnostic[] | null;
  readonly error?: string;
}

export function readReport(workspace: Workspace, run: RunResult): EditorReport {
  const context = `exit ${run.code}${run.timedOut ? ' (killed at the deadline)' : ''}; editor output:\n${run.output}`;
  assert.ok(existsSync(workspace.report), `the driver wrote no report; ${context}`);
  const report = JSON.parse(readFileSync(workspace.report, 'utf8')) as EditorReport;
  assert.equal(report.error, undefined, `the driver failed: ${report.error}; ${context}`);
  assert.equal(run.code, 0, context);
  return report;
}

/** The three checks: a hover on a quote, the document symbols, a diagnostic after the edit. */
export function checkReport(report: EditorReport, languageId: string): void {
  assert.equal(report.languageId, languageId, 'the language id the client sends');
  assert.ok(report.hover, 'a hover on the quote');
  assert.match(report.hover, /سامي الحداد/u, 'the hover names the speaker');
  assert.match(report.hover, /قال/u, 'the hover names the reporting verb');
  const symbols = report.symbols ?? [];
  assert.ok(symbols.some((s) => s.includes('سامي الحداد')), `symbols: ${JSON.stringify(symbols)}`);
  assert.ok(symbols.some((s) => s.includes('ليلى منصور')), `symbols: ${JSON.stringify(symbols)}`);
  const before = report.before ?? [];
  assert.ok(!before.some((d) => d.code === 'unattributed-quote'), `no unattributed quote before the edit: ${JSON.stringify(before)}`);
  const flagged = (report.after ?? []).filter((d) => d.code === 'unattributed-quote');
  assert.equal(flagged.length, 1, `after the edit: ${JSON.stringify(report.after)}`);
  assert.equal(flagged[0]!.line, LONE_QUOTE_LINE, 'on the added quote');
}
