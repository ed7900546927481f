// The --help text.
import { ARTICLE_EXTENSIONS } from './read';
import { NAME, VERSION } from '../meta';
import { DEFAULT_SEVERITY, PROBLEM_CODES } from '../analysis';

const counted = PROBLEM_CODES.filter((c) => DEFAULT_SEVERITY[c] === 'warning' || DEFAULT_SEVERITY[c] === 'error');
const notes = PROBLEM_CODES.filter((c) => !counted.includes(c));

/** Words joined with commas, wrapped at `width`, lines after the first indented by `indent`. */
function wrap(words: readonly string[], width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}
const OPTION_INDENT = ' '.repeat(24);

export const HELP = `${NAME} ${VERSION} — finds quotations, the people named and who said each quote in Arabic news articles

Usage:
  ${NAME} check [--format text|json|sarif] [--max-warnings N] [--jobs N] [--quiet] PATH...
  ${NAME} analyze [--json] [--jobs N] [--quiet] FILE...
  ${NAME} --help | --version

Commands:
  check     Report the people, the quotes and their speakers, and the problems found.
            PATHs are files or folders; folders are searched recursively for
            ${ARTICLE_EXTENSIONS.map((e) => `*${e}`).join(', ')} files (hidden folders and node_modules skipped),
            taken in name order.
  analyze   Print one JSON object: {"files": [{"path", "people", "quotes", "diagnostics", ...}]}.
            JSON is its only format; --json is accepted for clarity.

Options:
  -f, --format FORMAT   check's output: text (default), json (the analyze object) or sarif
                        (SARIF 2.1.0, for GitHub code scanning)
      --max-warnings N  check fails (exit 1) only when more than N warnings are found (default 0).
                        ${wrap(['Warnings', 'are', 'the', 'problems', 'of', 'severity', 'warning:', ...counted.map((c, i) => `${c}${i < counted.length - 1 ? ',' : '.'}`), 'Notes', ...`(${notes.join(', ')})`.split(' '), 'never', 'count;', 'an', 'error', 'always', 'fails.', 'Silenced', 'problems', 'do', 'not', 'count.'], 70, OPTION_INDENT)}
      --color, --no-color
                        force colours on or off (default: on when stdout is a terminal and
                        NO_COLOR is not set)
      --lang ar|en      the language of the report and the messages (default: Arabic when
                        LC_ALL, LC_MESSAGES or LANG starts with "ar", else English); the JSON
                        and SARIF output stay as they are
  -j, --jobs N          analyse at most N files at once in worker threads (default: one per
                        core; 1: in this process). A single file, or a few small ones, are
                        always analysed in this process. The output is the same either way,
                        in the input order
  -q, --quiet           no progress line (it is shown on stderr only when stderr is a terminal)
  -h, --help            show this help
  -V, --version         show the version

Input:
  Files are read as UTF-8; a leading BOM is dropped and line ends are kept. A path of "-" reads
  standard input. Offsets are UTF-16 code units of that text, end exclusive; lines and columns
  are 1-based, columns counted in UTF-16 code units (as in LSP), lines split at \\n, \\r\\n and \\r.

Silencing one problem:
  A line of its own just above the line where the problem starts:
    <!-- isnad-disable-next-line unattributed-quote -->   (Markdown: an HTML comment)
    // isnad-disable-next-line unattributed-quote         (plain text)
  Several codes are separated by commas or spaces; no code silences every code; text after " -- "
  is a reason. Silenced problems are left out of every report and of the counts (the text summary
  says how many). A directive that silences nothing, or an unknown code, is reported as the note
  unused-disable-directive.

Exit status:
  0  no errors, and no more warnings than --max-warnings (default 0)
  1  check found an error, or more warnings than --max-warnings
  2  bad usage, a missing or unreadable path, a file that is not text, or an internal error
`;
