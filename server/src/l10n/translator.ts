// The server's interface language (Arabic or English) and its messages. The catalogues are bundled into
// the code (imported JSON, in @vscode/l10n's format: English message → translation), so the web-worker
// server needs no file I/O. The language is chosen per request from the settings, not set once:
// @vscode/l10n keeps its catalogue in module state, so each Translator hands it its own catalogue right
// before each lookup (both synchronous, nothing can run in between).
import * as l10n from '@vscode/l10n';
import arabic from './bundle.l10n.ar.json';
import english from './bundle.l10n.json';

export type InterfaceLanguage = 'ar' | 'en';
/** isnad.interfaceLanguage: `auto` follows the client's locale (initialize's `locale`), else English. */
export type InterfaceLanguageSetting = 'auto' | InterfaceLanguage;
export const INTERFACE_LANGUAGE_SETTINGS: readonly InterfaceLanguageSetting[] = ['auto', 'ar', 'en'];

export type Replacement = string | number;

export interface Translator {
  readonly language: InterfaceLanguage;
  /** The message in the translator's language, `{0}`, `{1}` … replaced by the arguments. */
  t(message: string, ...args: Replacement[]): string;
}

function translator(language: InterfaceLanguage, contents: l10n.l10nJsonFormat): Translator {
  return Object.freeze({
    language,
    t(message: string, ...args: Replacement[]): string {
      l10n.config({ contents });
      return l10n.t(message, ...args);
    },
  });
}

const TRANSLATORS: Readonly<Record<InterfaceLanguage, Translator>> = Object.freeze({
  ar: translator('ar', arabic),
  en: translator('en', english),
});

export function translatorFor(language: InterfaceLanguage): Translator {
  return TRANSLATORS[language] ?? TRANSLATORS.en;
}

/** True for a locale or language tag that names Arabic: `ar`, `ar-SA`, `ar_EG.UTF-8` … */
export function isArabicLocale(locale: string | undefined): boolean {
  return typeof locale === 'string' && /^ar(?:$|[-_.@])/i.test(locale.trim());
}

/**
 * The language to answer in: the setting when it names one, else the first of the fallbacks that does
 * (the initialization option), else the client's locale (Arabic when it is), else English.
 */
export function resolveLanguage(
  setting: InterfaceLanguageSetting | undefined,
  fallback: InterfaceLanguageSetting | undefined,
  locale: string | undefined,
): InterfaceLanguage {
  for (const choice of [setting, fallback]) if (choice === 'ar' || choice === 'en') return choice;
  return isArabicLocale(locale) ? 'ar' : 'en';
}

export function isInterfaceLanguageSetting(value: unknown): value is InterfaceLanguageSetting {
  return typeof value === 'string' && (INTERFACE_LANGUAGE_SETTINGS as readonly string[]).includes(value);
}
