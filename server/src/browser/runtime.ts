// The web-worker runtime: no file system. A workspace file (`.isnad.json`) is asked of the client
// (isnad/readFile), which reads it with vscode.workspace.fs; a client without that request gives none.
import type { Connection } from 'vscode-languageserver';
import { ReadFileRequest } from '../protocol';
import { hostTimeout, type RuntimeEnvironment } from '../runtime';

export function browserRuntime(connection: Connection): RuntimeEnvironment {
  return {
    async readFile(uri) {
      return (await connection.sendRequest(ReadFileRequest, { uri })) ?? undefined;
    },
    setTimeout: hostTimeout,
  };
}
