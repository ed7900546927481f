// The node runtime: `.isnad.json` is read from disk (file: URIs only).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hostTimeout, type RuntimeEnvironment } from '../runtime';

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
  setTimeout: hostTimeout,
};
