// The command line's interface language: `--lang ar|en` (any command, before a `--`), else the
// environment's locale (LC_ALL, then LC_MESSAGES, then LANG: Arabic when it starts with `ar`), else
// English. It changes the human report and the messages, never the JSON and SARIF output.
import { isArabicLocale, type InterfaceLanguage } from '../l10n/translator';

export type LanguageChoice =
  | { readonly ok: true; readonly language: InterfaceLanguage; readonly args: string[] }
  | { readonly ok: false; readonly language: InterfaceLanguage; readonly value: string | undefined };

/** The locale the environment names for messages (POSIX order), or undefined. */
function environmentLocale(env: NodeJS.ProcessEnv): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return value;
  }
  return undefined;
}

export function environmentLanguage(env: NodeJS.ProcessEnv): InterfaceLanguage {
  return isArabicLocale(environmentLocale(env)) ? 'ar' : 'en';
}

/** Takes `--lang X` / `--lang=X` out of the arguments; a value other than ar or en is an error (ok: false). */
export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): LanguageChoice {
  let language = environmentLanguage(env);
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    let value: string | undefined;
    if (arg === '--lang') value = argv[++i];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else {
      args.push(arg);
      continue;
    }
    if (value !== 'ar' && value !== 'en') return { ok: false, language, value };
    language = value;
  }
  return { ok: true, language, args };
}
