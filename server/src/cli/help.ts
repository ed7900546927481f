// The --help text.
import { ARTICLE_EXTENSIONS } from './read';
import { NAME, VERSION } from '../meta';

export const HELP = `${NAME} ${VERSION} — finds quotations, the people named and who said each quote in Arabic news articles

Usage:
  ${NAME} check [--format text|json|sarif] PATH...
  ${NAME} analyze [--json] FILE...
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
      --color, --no-color
                        force colours on or off (default: on when stdout is a terminal and
                        NO_COLOR is not set)
      --lang ar|en      the language of the report and the messages (default: Arabic when
                        LC_ALL, LC_MESSAGES or LANG starts with "ar", else English); the JSON
                        and SARIF output stay as they are
  -h, --help            show this help
  -V, --version         show the version

Input:
  Files are read as UTF-8; a leading BOM is dropped and line ends are kept. A path of "-" reads
  standard input. Offsets are UTF-16 code units of that text, end exclusive; lines and columns
  are 1-based, columns counted in UTF-16 code units (as in LSP), lines split at \\n, \\r\\n and \\r.

Exit status:
  0  no warnings or errors found
  1  check found a problem of severity warning or error
  2  bad usage, a missing or unreadable path, a file that is not text, or an internal error
`;
