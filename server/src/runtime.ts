// What the server needs from its host: reading a workspace file by URI, and timers.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Disposable } from 'vscode-languageserver';

export interface RuntimeEnvironment {
  /** The file's text, or undefined when there is no such file (or the URI is not a file: URI). */
  readFile(uri: string): Promise<string | undefined>;
  setTimeout(callback: () => void, ms: number): Disposable;
}

export const nodeRuntime: RuntimeEnvironment = {
  async readFile(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return await readFile(fileURLToPath(uri), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw e;
    }
  },
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(handle) };
  },
};
