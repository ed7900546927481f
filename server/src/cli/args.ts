// Command-line arguments → a Command, or a UsageError (exit status 2).
import { parseArgs } from 'node:util';

export type Format = 'text' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'version' }
  | ({ readonly name: 'analyze'; readonly paths: readonly string[] } & BatchFlags)
  | ({
    readonly name: 'check';
    readonly format: Format;
    readonly paths: readonly string[];
    readonly color: boolean | undefined;
    /** --max-warnings N: exit 1 only when more than N warnings are reported; undefined: any warning fails. */
    readonly maxWarnings: number | undefined;
  } & BatchFlags);

/** How many files are analysed at once, and whether a progress line is shown (both commands). */
export interface BatchFlags {
  /** --jobs N: at most N files analysed at once (1: in this process); undefined: one per core. */
  readonly jobs: number | undefined;
  /** --quiet: no progress line on stderr. */
  readonly quiet: boolean;
}

const BATCH_OPTIONS: Options = {
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
};

function batchFlags(values: Record<string, string | boolean | undefined>): BatchFlags {
  const jobs = values.jobs === undefined ? undefined : parseJobs(values.jobs as string);
  return { jobs, quiet: values.quiet === true };
}

/** A --jobs value: a whole number, 1 or more. */
function parseJobs(value: string): number {
  const n = /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(n >= 1)) throw new UsageError("--jobs needs a whole number of 1 or more, not '{0}'", value);
  return n;
}

/** A usage error: its message is a catalogue key with {0} … for the arguments (translated by run.ts). */
export class UsageError extends Error {
  readonly template: string;
  readonly args: readonly string[];

  constructor(template: string, ...args: string[]) {
    super(template.replace(/\{(\d+)\}/g, (match, i: string) => args[Number(i)] ?? match));
    this.name = 'UsageError';
    this.template = template;
    this.args = args;
  }
}

export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h' || first === 'help') return { name: 'help' };
  if (first === '--version' || first === '-V' || first === '-v' || first === 'version') return { name: 'version' };
  if (first === 'analyze') return parseAnalyze(rest);
  if (first === 'check') return parseCheck(rest);
  if (first.startsWith('-')) throw new UsageError("unknown option '{0}'", first);
  throw new UsageError("unknown command '{0}'", first);
}

function parseAnalyze(args: string[]): Command {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...BATCH_OPTIONS,
  });
  if (values.help) return { name: 'help' };
  if (positionals.length === 0) throw new UsageError('analyze: no files given');
  return { name: 'analyze', paths: positionals, ...batchFlags(values) };
}

function parseCheck(args: string[]): Command {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'max-warnings': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...BATCH_OPTIONS,
  });
  if (values.help) return { name: 'help' };
  const flags = batchFlags(values);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : parseCount(values['max-warnings'] as string);
  const format = (values.format ?? 'text') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError("check: unknown format '{0}' (expected {1})", format, FORMATS.join(', '));
  }
  if (positionals.length === 0) throw new UsageError('check: no files or folders given');
  const color = values['no-color'] ? false : values.color ? true : undefined;
  return { name: 'check', format: format as Format, paths: positionals, color, maxWarnings, ...flags };
}

/** A --max-warnings value: a whole number, 0 or more. */
function parseCount(value: string): number {
  const n = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`check: --max-warnings needs a whole number of 0 or more, not '${value}'`);
  return n;
}

type Options = Record<string, { type: 'boolean' | 'string'; short?: string }>;

function parse(args: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    const [template, ...rest] = usageMessage(err);
    throw new UsageError(template, ...rest);
  }
}

/** parseArgs' messages are long and mention its own API; keep the gist on one line (a template and its arguments). */
function usageMessage(err: unknown): [string, ...string[]] {
  const e = err as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '';
  const option = /--?[\w-]+(?=[^\w-]*(?:<|$))/.exec(quoted)?.[0] ?? (quoted || undefined);
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return ["unknown option '{0}'", option ?? '?'];
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option ? ["option '{0}' needs a value", option] : ['{0}', firstLine(e.message)];
    default:
      return ['{0}', firstLine(e.message)];
  }
}

function firstLine(s: string | undefined): string {
  return (s ?? 'bad arguments').split(/\r?\n/)[0];
}
