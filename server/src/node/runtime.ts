// The node runtime: `.isnad.json` is read from disk (file: URIs only), never more than READ_LIMIT bytes of
// it: a huge file is known to be too long (parseConfigFile) from its first bytes, without filling memory.
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MAX_CONFIG_FILE_SIZE } from '../config';
import { hostTimeout, type RuntimeEnvironment } from '../runtime';

/** Bytes read at most: more than any UTF-8 text of MAX_CONFIG_FILE_SIZE code units takes (3 bytes each). */
export const READ_LIMIT = 3 * MAX_CONFIG_FILE_SIZE + 4;

async function readStart(path: string, limit: number): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, (await file.stat()).size));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

export const nodeRuntime: RuntimeEnvironment = {
  async readFile(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return await readStart(fileURLToPath(uri), READ_LIMIT);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw e;
    }
  },
  setTimeout: hostTimeout,
};
