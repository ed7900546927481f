// What the server needs from its host: reading a workspace file by URI, and timers. No Node API here:
// the browser bundle imports this file. The hosts' runtimes are node/runtime.ts and browser/runtime.ts.
import type { Disposable } from 'vscode-languageserver';

export interface RuntimeEnvironment {
  /** The file's text, or undefined when there is no such file (or the host cannot read that URI). */
  readFile(uri: string): Promise<string | undefined>;
  setTimeout(callback: () => void, ms: number): Disposable;
}

/** Timers of the JavaScript host (Node and web workers alike). */
export function hostTimeout(callback: () => void, ms: number): Disposable {
  const handle = setTimeout(callback, ms);
  return { dispose: () => clearTimeout(handle) };
}
