// Runs one command: expands and reads the paths, analyses each file, writes the report, and returns
// the exit status. Messages for skipped inputs go to stderr, one line each.
import { analyzeArticle } from '../analysis';
import { parseCommand, UsageError, type Command } from './args';
import { HELP } from './help';
import { chooseLanguage } from './language';
import { translatorFor } from '../l10n/translator';
import { toJson, type FileResult } from './json';
import { LineIndex } from './lines';
import { VERSION } from '../meta';
import { expandPaths, oneLine, readTextFile } from './read';
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
}

export function run(argv: readonly string[], io: Io): number {
  const choice = chooseLanguage(argv, io.env);
  const tr = translatorFor(choice.language);
  if (!choice.ok) {
    const value = choice.value === undefined ? tr.t("option '{0}' needs a value", '--lang') : tr.t("unknown language '{0}' (expected ar or en)", choice.value);
    io.err(`isnad: ${tr.t('{0} (see isnad --help)', value)}`);
    return EXIT_USAGE;
  }
  let command: Command;
  try {
    command = parseCommand(choice.args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`isnad: ${tr.t('{0} (see isnad --help)', tr.t(err.template, ...err.args))}`);
    return EXIT_USAGE;
  }

  switch (command.name) {
    case 'help':
      io.out(HELP);
      return EXIT_OK;
    case 'version':
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    case 'analyze': {
      const { results, failed } = analyzePaths(command.paths, io);
      io.out(`${JSON.stringify(toJson(results), null, 2)}\n`);
      return failed ? EXIT_USAGE : EXIT_OK;
    }
    case 'check': {
      const { results, failed, skipped } = analyzePaths(command.paths, io);
      if (command.format === 'json') io.out(`${JSON.stringify(toJson(results), null, 2)}\n`);
      else if (command.format === 'sarif') io.out(`${JSON.stringify(toSarif(results, io.cwd), null, 2)}\n`);
      else io.out(textReport(results, skipped, useColour(command.color, io.isTTY, io.env) ? COLOURED : PLAIN, tr));
      if (failed) return EXIT_USAGE;
      const verdict = checkVerdict(totalsOf(results, skipped), command.maxWarnings);
      if (verdict.message) io.err(`isnad: ${verdict.message}`);
      return verdict.status;
    }
  }
}

interface Analysed {
  readonly results: FileResult[];
  /** True when a path was missing, unreadable or not text, or its analysis failed. */
  readonly failed: boolean;
  /** Paths that were missing, and files that could not be read or analysed. */
  readonly skipped: number;
}

function analyzePaths(paths: readonly string[], io: Io): Analysed {
  const { files, errors } = expandPaths(paths);
  for (const e of errors) io.err(`isnad: ${e}`);
  const results: FileResult[] = [];
  let skipped = 0;
  for (const path of files) {
    const read = readTextFile(path);
    if (!read.ok) {
      io.err(`isnad: ${read.error}`);
      skipped++;
      continue;
    }
    try {
      const analysis = analyzeArticle(read.text);
      results.push({ path, text: read.text, analysis, lines: new LineIndex(read.text) });
    } catch (err) {
      io.err(`isnad: ${path}: ${oneLine(err instanceof Error ? err.message : String(err))}`);
      skipped++;
    }
  }
  return { results, failed: errors.length > 0 || skipped > 0, skipped: skipped + errors.length };
}
