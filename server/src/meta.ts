// The name, version and home of Isnad, copied from package.json (test/unit/cli.test.ts checks
// that they still match). The server's tsconfig has no resolveJsonModule, so they are not imported.
export const NAME = 'isnad';
export const VERSION = '0.1.0';
export const REPOSITORY_URL = 'https://github.com/isnad-dev/isnad.git';

/** The repository's web home: the git URL without ".git". */
export const HOME_URL = REPOSITORY_URL.replace(/\.git$/, '');

/** Where a problem code is explained: docs/diagnostics/<code>.md in the repository. */
export function helpUri(code: string): string {
  return `${HOME_URL}/blob/main/docs/diagnostics/${encodeURIComponent(code)}.md`;
}
