// Finding and reading input files: folders are walked for article files, files are decoded as UTF-8
// (a leading BOM dropped, line ends kept), and anything that is not text is refused: NUL bytes, invalid
// UTF-8, and paths that are not regular files (devices such as /dev/zero, FIFOs, sockets), which are
// opened without blocking and never read, so that nothing waits for a writer or reads forever.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** Extensions taken when walking a folder (files named explicitly are always taken). */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.arnews', '.news'];

/** Folders skipped while walking. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** How much of a file is searched for NUL bytes. */
const NUL_WINDOW = 8192;

export const STDIN_PATH = '-';

export interface Expanded {
  /** Files to read, in order: each path as given, then each folder's files sorted by name. */
  readonly files: string[];
  /** One-line messages for paths that do not exist or cannot be listed. */
  readonly errors: string[];
}

export function expandPaths(paths: readonly string[]): Expanded {
  const files: string[] = [];
  const errors: string[] = [];
  const seenFolders = new Set<string>();
  for (const p of paths) {
    if (p === STDIN_PATH) {
      files.push(p);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      errors.push(`${p}: ${fsReason(err)}`);
      continue;
    }
    if (isDir) {
      const before = files.length;
      const errorsBefore = errors.length;
      walk(p, files, errors, seenFolders);
      if (files.length === before && errors.length === errorsBefore) errors.push(`${p}: no article files in this folder (${ARTICLE_EXTENSIONS.map((e) => `*${e}`).join(', ')})`);
    } else files.push(p);
  }
  return { files, errors };
}

function walk(dir: string, files: string[], errors: string[], seen: Set<string>): void {
  let real: string;
  let names: string[];
  try {
    real = realpathSync(dir);
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    names = readdirSync(dir);
  } catch (err) {
    errors.push(`${dir}: ${fsReason(err)}`);
    return;
  }
  names.sort(compareNames);
  for (const name of names) {
    const path = join(dir, name);
    let isDir: boolean;
    let isFile: boolean;
    try {
      const st = statSync(path);
      isDir = st.isDirectory();
      isFile = st.isFile();
    } catch {
      continue; // a dangling link or a file removed meanwhile: not an input the user named
    }
    if (isDir) {
      if (!name.startsWith('.') && !SKIPPED_FOLDERS.has(name)) walk(path, files, errors, seen);
    } else if (isFile && isArticleName(name)) {
      files.push(path);
    }
  }
}

export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** Code-unit order, so the order does not depend on the locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/** Reads a file (or standard input for "-") as UTF-8 text. */
export function readTextFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = path === STDIN_PATH ? readFileSync(0) : readRegularFile(path);
  } catch (err) {
    return { ok: false, error: `${path}: ${err instanceof NotRegularFile ? err.message : fsReason(err)}` };
  }
  return decodeText(path, bytes);
}

class NotRegularFile extends Error {}

/** O_NONBLOCK: opening a FIFO for reading does not wait for a writer (0 where the platform has none). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file; anything else is refused after opening it, before reading. */
function readRegularFile(path: string): Buffer {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new NotRegularFile(`not a regular file (${whatItIs(st)})`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function whatItIs(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

export function decodeText(path: string, bytes: Buffer): ReadResult {
  const window = bytes.subarray(0, NUL_WINDOW);
  if (window.includes(0)) return { ok: false, error: `${path}: not a text file (it contains NUL bytes)` };
  if (!isUtf8(bytes)) return { ok: false, error: `${path}: not a text file (it is not valid UTF-8)` };
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** A short reason for a file-system error: "no such file or directory", "permission denied" … */
export function fsReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large';
    default:
      return oneLine(e?.message ?? String(err));
  }
}

export function oneLine(s: string): string {
  return s.split(/\r?\n/)[0];
}
