// Entry point of dist/cli/main.js (bin/isnad.js): runs the command line on process.argv, turns any
// unexpected exception into one line on stderr and exit status 2, and stops quietly when stdout is
// closed early (isnad check … | head).
import { oneLine } from './read';
import { EXIT_USAGE, runAsync } from './run';

function fail(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  try {
    process.stderr.write(`isnad: ${oneLine(message)}\n`);
  } catch {
    // stderr is gone too; nothing left to tell
  }
  process.exit(EXIT_USAGE);
}

function isEpipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

process.stdout.on('error', (err) => {
  if (isEpipe(err)) process.exit(process.exitCode ?? 0);
  fail(err);
});
process.stderr.on('error', () => {
  // nowhere to report it
});
process.on('uncaughtException', (err) => {
  if (isEpipe(err)) process.exit(process.exitCode ?? 0);
  fail(err);
});

runAsync(process.argv.slice(2), {
  out: (s) => {
    process.stdout.write(s);
  },
  err: (line) => {
    process.stderr.write(`${line}\n`);
  },
  isTTY: process.stdout.isTTY,
  env: process.env,
  cwd: process.cwd(),
  ...(process.stderr.isTTY ? { progress: (s: string) => void process.stderr.write(s) } : {}),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    if (isEpipe(err)) process.exit(process.exitCode ?? 0);
    fail(err);
  },
);
