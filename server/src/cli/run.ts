// Runs one command: expands and reads the paths, analyses each file (batch.ts: in parallel when there
// are enough), writes the report, and returns the exit status. Messages for skipped inputs go to
// stderr, one line each, in the input order.
import { parseCommand, UsageError, type Command } from './args';
import { HELP } from './help';
import { chooseLanguage } from './language';
import { translatorFor, type Translator } from '../l10n/translator';
import { analyzeFiles, analyzeFilesHere, type Analysed } from './batch';
import { toJson } from './json';
import { VERSION } from '../meta';
import { NO_PROGRESS, progressLine } from './progress';
import { checkVerdict, EXIT_OK } from './verdict';
import { textReport, totalsOf } from './report-text';
import { toSarif } from './sarif';
import { COLOURED, PLAIN, useColour } from './style';

export { EXIT_OK, EXIT_PROBLEMS } from './verdict';
export const EXIT_USAGE = 2;

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (line: string) => void;
  readonly isTTY: boolean | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Writes raw text to stderr when it is a terminal (the progress line); absent otherwise. */
  readonly progress?: (s: string) => void;
}

/** Runs a command in this process (no worker threads, no progress line). */
export function run(argv: readonly string[], io: Io): number {
  const prepared = prepare(argv, io);
  if (typeof prepared === 'number') return prepared;
  const { command, tr } = prepared;
  if (command.name === 'help' || command.name === 'version') return answer(command, io);
  return report(command, analyzeFilesHere(command.paths, io.err), io, tr);
}

/** Runs a command; the files of check and analyze are analysed in parallel when there are enough of them. */
export async function runAsync(argv: readonly string[], io: Io, workerScript?: string): Promise<number> {
  const prepared = prepare(argv, io);
  if (typeof prepared === 'number') return prepared;
  const { command, tr } = prepared;
  if (command.name === 'help' || command.name === 'version') return answer(command, io);
  const write = io.progress;
  const analysed = await analyzeFiles(command.paths, io.err, {
    jobs: command.jobs,
    progress: (total) => (write && !command.quiet ? progressLine(total, write) : NO_PROGRESS),
    ...(workerScript !== undefined ? { workerScript } : {}),
  });
  return report(command, analysed, io, tr);
}

type Prepared = { readonly command: Command; readonly tr: Translator };

/** The command and the translator, or the exit status of a usage error (already reported). */
function prepare(argv: readonly string[], io: Io): Prepared | number {
  const choice = chooseLanguage(argv, io.env);
  const tr = translatorFor(choice.language);
  if (!choice.ok) {
    const value = choice.value === undefined ? tr.t("option '{0}' needs a value", '--lang') : tr.t("unknown language '{0}' (expected ar or en)", choice.value);
    io.err(`isnad: ${tr.t('{0} (see isnad --help)', value)}`);
    return EXIT_USAGE;
  }
  try {
    return { command: parseCommand(choice.args), tr };
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`isnad: ${tr.t('{0} (see isnad --help)', tr.t(err.template, ...err.args))}`);
    return EXIT_USAGE;
  }
}

function answer(command: Command & { name: 'help' | 'version' }, io: Io): number {
  io.out(command.name === 'help' ? HELP : `${VERSION}\n`);
  return EXIT_OK;
}

function report(command: Command & { name: 'analyze' | 'check' }, analysed: Analysed, io: Io, tr: Translator): number {
  const { results, failed, skipped } = analysed;
  if (command.name === 'analyze') {
    io.out(`${JSON.stringify(toJson(results), null, 2)}\n`);
    return failed ? EXIT_USAGE : EXIT_OK;
  }
  if (command.format === 'json') io.out(`${JSON.stringify(toJson(results), null, 2)}\n`);
  else if (command.format === 'sarif') io.out(`${JSON.stringify(toSarif(results, io.cwd), null, 2)}\n`);
  else io.out(textReport(results, skipped, useColour(command.color, io.isTTY, io.env) ? COLOURED : PLAIN, tr));
  if (failed) return EXIT_USAGE;
  const verdict = checkVerdict(totalsOf(results, skipped), command.maxWarnings);
  if (verdict.message) io.err(`isnad: ${verdict.message}`);
  return verdict.status;
}
