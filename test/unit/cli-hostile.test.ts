// Hostile inputs for the command line (bin/isnad.js as a child process, after the build): empty files,
// a BOM with CRLF, 5 MB of prose and a 2 MB single line, random bytes, invalid UTF-8, a missing file,
// a folder without articles, symbolic-link loops, an unreadable file, devices and a FIFO. Each run ends
// in time (a hang is a failed test, not a stuck suite) with valid output, or one line on stderr and exit
// status 2. The files are generated in a temporary folder.
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { article } from '../bench/articles';
import { rng } from '../rng';

const root = resolve(__dirname, '..', '..');
const bin = process.env.ISNAD_CLI ?? join(root, 'bin', 'isnad.js');
const work = mkdtempSync(join(tmpdir(), 'isnad-hostile-'));
after(() => {
  try { chmodSync(join(work, 'locked.txt'), 0o644); } catch { /* not made */ }
  rmSync(work, { recursive: true, force: true });
});
const posix = process.platform !== 'win32';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// Texts written for these tests.
const SAID = 'قال المهندس كريم النجار في مؤتمر صحفي: «سنفتتح المحطة الجديدة قبل نهاية الصيف».';
const UNCLOSED = 'وقالت المديرة هالة منصور للصحفيين: «سنواصل العمل حتى يكتمل المشروع';

interface Run extends SpawnSyncReturns<string> {}

function isnad(args: string[], options: { timeout?: number; uid?: number; gid?: number } = {}): Run {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: work, encoding: 'utf8', env, maxBuffer: 1 << 30, timeout: options.timeout ?? 60_000, uid: options.uid, gid: options.gid,
  });
}

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Ended by itself (not killed by the timeout), with the expected status. */
function ended(r: Run, status: number): void {
  assert.equal(r.error, undefined, `the run ended in time (${r.error?.message})`);
  assert.equal(r.signal, null);
  assert.equal(r.status, status, `exit status; stderr: ${r.stderr.slice(0, 300)}`);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
}

/** One line on stderr, naming the path and matching the reason. */
function oneLineError(r: Run, path: string, reason: RegExp): void {
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  assert.equal(lines.length, 1, `one line on stderr: ${JSON.stringify(r.stderr)}`);
  assert.ok(lines[0].startsWith(`isnad: ${path}: `), lines[0]);
  assert.match(lines[0], reason);
}

interface JsonFile { path: string; quotes: { start: number; end: number }[]; diagnostics: { code: string; start: number; line: number; column: number }[] }

function filesOf(r: Run): JsonFile[] {
  return (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
}

describe('hostile files that are text: valid output', () => {
  test('empty, only a newline, BOM with CRLF, 5 MB of prose and a 2 MB single line, in one run', { timeout: 600_000 }, () => {
    const empty = file('text/empty.txt', '');
    const newline = file('text/newline.txt', '\n');
    const crlfText = `${SAID}\r\n${UNCLOSED}\r\n`;
    const bom = file('text/bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlfText)]));
    const prose = article(5_000_000, 5);
    const big = file('text/prose-5mb.txt', prose);
    const line = article(2_000_000, 6).replace(/\n/g, ' ');
    const long = file('text/line-2mb.txt', line);
    const r = isnad(['analyze', '--json', empty, newline, bom, big, long], { timeout: 600_000 });
    ended(r, 0);
    assert.equal(r.stderr, '');
    const [e, n, b, p, l] = filesOf(r);
    assert.deepEqual([e.path, n.path, b.path, p.path, l.path], [empty, newline, bom, big, long]);
    for (const f of [e, n]) assert.deepEqual([f.quotes.length, f.diagnostics.length], [0, 0]);
    // The BOM is not text: offsets count from the first letter, \r included, lines end at \r\n.
    assert.equal(b.quotes[0].start, crlfText.indexOf('«'));
    const unclosed = b.diagnostics.find((d) => d.code === 'unclosed-quote');
    assert.ok(unclosed, 'the unclosed mark of line 2 is reported');
    assert.equal(unclosed.start, crlfText.lastIndexOf('«'));
    assert.deepEqual([unclosed.line, unclosed.column], [2, UNCLOSED.indexOf('«') + 1]);
    // The big ones are analysed all through: quotes to the end, every span inside the text.
    for (const [f, text] of [[p, prose], [l, line]] as const) {
      assert.ok(f.quotes.length > 1000, `${f.path}: ${f.quotes.length} quotes`);
      assert.ok(f.quotes.every((q) => 0 <= q.start && q.start < q.end && q.end <= text.length));
      assert.ok(f.quotes[f.quotes.length - 1].end > text.length - 1000, 'quotes are found up to the end');
    }
  });

  test('the same files get a text report from check', () => {
    const r = isnad(['check', file('check/empty.txt', ''), file('check/newline.txt', '\n')]);
    ended(r, 0);
    assert.match(r.stdout, /^2 files, 0 quotes, 0 people, 0 warnings$/m);
  });
});

describe('hostile files that are not text: one line, exit 2, the other files still reported', () => {
  test('200 KB of random bytes', () => {
    const r0 = rng(17);
    const bytes = Buffer.alloc(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(r0() * 256);
    const path = file('bad/random.txt', bytes);
    const good = file('bad/good.txt', SAID);
    const r = isnad(['analyze', '--json', path, good]);
    ended(r, 2);
    oneLineError(r, path, /not a text file/);
    assert.deepEqual(filesOf(r).map((f) => f.path), [good]);
  });

  test('invalid UTF-8 with no NUL byte (Latin-1 text, a stray byte in Arabic) is refused, not guessed at', () => {
    const latin1 = file('bad/latin1.txt', Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'));
    const stray = file('bad/stray.txt', Buffer.concat([Buffer.from('قال الوزير '), Buffer.from([0xff, 0xfe]), Buffer.from(' «نعم»\n')]));
    for (const path of [latin1, stray]) {
      const r = isnad(['check', path]);
      ended(r, 2);
      oneLineError(r, path, /not a text file \(it is not valid UTF-8\)/);
      assert.match(r.stdout, /^0 files, .*1 skipped$/m);
    }
  });

  test('a missing file', () => {
    const r = isnad(['analyze', '--json', 'no-such-article.txt']);
    ended(r, 2);
    oneLineError(r, 'no-such-article.txt', /no such file or directory/);
    assert.deepEqual(filesOf(r), []);
  });

  test('a folder without articles, and an empty folder', () => {
    file('empty-folder/notes.json', '{}');
    file('empty-folder/sub/image.png', 'x');
    const r = isnad(['check', 'empty-folder']);
    ended(r, 2);
    oneLineError(r, 'empty-folder', /no article files in this folder/);
    mkdirSync(join(work, 'bare'), { recursive: true });
    const bare = isnad(['analyze', '--json', 'bare']);
    ended(bare, 2);
    oneLineError(bare, 'bare', /no article files/);
    assert.deepEqual(filesOf(bare), []);
  });

  test('symbolic-link loops: a link to itself fails in one line; a folder linking back up is walked once', { skip: !posix && 'symbolic links need a POSIX system' }, () => {
    symlinkSync('loop-b.txt', join(work, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(work, 'loop-b.txt'));
    const r = isnad(['check', 'loop-a.txt']);
    ended(r, 2);
    oneLineError(r, 'loop-a.txt', /symbolic links/);
    const article = file('cycle/article.txt', SAID);
    symlinkSync('.', join(work, 'cycle', 'self'));
    file('cycle/inner/note.json', '{}');
    symlinkSync('..', join(work, 'cycle', 'inner', 'up'));
    symlinkSync(join(work, 'loop-a.txt'), join(work, 'cycle', 'dangling.txt'));
    const walked = isnad(['analyze', '--json', 'cycle']);
    ended(walked, 0);
    assert.deepEqual(filesOf(walked).map((f) => f.path), [join('cycle', 'article.txt')]);
    assert.ok(existsSync(article));
  });

  test('a file that cannot be read (permission)', { skip: !posix && 'file permissions need a POSIX system' }, (t) => {
    const path = file('locked.txt', SAID);
    chmodSync(path, 0o000);
    // As root permissions do not bite: run the command line as "nobody" when it can reach the project
    // and the temporary folder, else skip.
    let as: { uid?: number; gid?: number } = {};
    if (isRoot) {
      chmodSync(work, 0o755);
      as = { uid: 65534, gid: 65534 };
      const probe = isnad(['--version'], as);
      if (probe.status !== 0) {
        t.skip('running as root, and the command line cannot run as nobody here: permissions do not bite');
        return;
      }
    }
    const r = isnad(['check', 'locked.txt', file('readable.txt', SAID)], as);
    ended(r, 2);
    oneLineError(r, 'locked.txt', /permission denied/);
    assert.match(r.stdout, /^1 file, .*1 skipped$/m);
  });

  test('devices: /dev/null and /dev/zero are refused at once, never read', { skip: !(posix && existsSync('/dev/zero')) && 'no /dev/zero here' }, () => {
    for (const path of ['/dev/null', '/dev/zero']) {
      const r = isnad(['analyze', '--json', path], { timeout: 30_000 });
      ended(r, 2);
      oneLineError(r, path, /not a regular file \(a device\)/);
      assert.deepEqual(filesOf(r), []);
    }
  });

  test('a FIFO is refused without waiting for a writer; in a folder it is passed over', (t) => {
    const fifo = join(work, 'pipes', 'pipe.txt');
    mkdirSync(join(work, 'pipes'), { recursive: true });
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) {
      t.skip('mkfifo is not available here');
      return;
    }
    const r = isnad(['check', fifo], { timeout: 30_000 });
    ended(r, 2);
    oneLineError(r, fifo, /not a regular file \(a named pipe\)/);
    const good = file('pipes/good.txt', SAID);
    const walked = isnad(['analyze', '--json', 'pipes'], { timeout: 30_000 });
    ended(walked, 0);
    assert.deepEqual(filesOf(walked).map((f) => f.path), [join('pipes', 'good.txt')]);
    assert.ok(existsSync(good));
  });
});
