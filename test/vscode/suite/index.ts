// Entry point VS Code calls in the extension host (extensionTestsPath): runs every *.test.js beside it.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Mocha from 'mocha';

// The extension host is shared with VS Code's built-in extensions; an uncaught error of theirs (an offline
// machine's telemetry failing DNS, say) would fail whichever test runs at that moment. Errors whose stack
// does not pass through this project (the suite or the extension's dist/) are logged and ignored.
const projectRoot = resolve(__dirname, '../../../..');
type UncaughtHandler = (this: Mocha.Runner, err: unknown) => void;
const runnerProto = Mocha.Runner.prototype as unknown as { _uncaught: UncaughtHandler };
const originalUncaught = runnerProto._uncaught;
runnerProto._uncaught = function (this: Mocha.Runner, err: unknown) {
  const stack = err instanceof Error ? (err.stack ?? '') : '';
  if (err instanceof Error && !stack.includes(projectRoot)) {
    console.warn(`[isnad tests] ignored an uncaught error from outside the project: ${err.message}`);
    return;
  }
  originalUncaught.call(this, err);
};

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: true });
  for (const f of readdirSync(__dirname)) if (f.endsWith('.test.js')) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
