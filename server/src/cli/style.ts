// Terminal colours: on only when asked, or when stdout is a TTY and NO_COLOR is not set.

export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly blue: (s: string) => string;
  readonly green: (s: string) => string;
}

const plain = (s: string): string => s;
const sgr = (open: number, close: number) => (s: string): string => `\x1b[${open}m${s}\x1b[${close}m`;

export const PLAIN: Style = { bold: plain, dim: plain, red: plain, yellow: plain, blue: plain, green: plain };
export const COLOURED: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
  green: sgr(32, 39),
};

/** forced: --color (true) or --no-color (false); undefined decides from the terminal and NO_COLOR. */
export function useColour(forced: boolean | undefined, isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (forced !== undefined) return forced;
  return Boolean(isTTY) && env.NO_COLOR === undefined;
}
