// Settings: the "isnad" configuration section merged over a workspace file `.isnad.json`.
// Values coming from the client or from the file are untrusted: normalise() keeps only well-formed entries.
import type { KnownPerson, ProblemCode } from './analysis';
import {
  isInterfaceLanguageSetting,
  resolveLanguage,
  type InterfaceLanguage,
  type InterfaceLanguageSetting,
} from './l10n/translator';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface IsnadSettings {
  /** Per problem code: the severity to report it with, or "off". Codes not listed keep the engine's severity. */
  readonly severity: Readonly<Partial<Record<ProblemCode | string, SeveritySetting>>>;
  /** Extra reporting verbs → AnalysisOptions.extraReportingVerbs. */
  readonly reportingVerbs: readonly string[];
  /** Known people → AnalysisOptions.knownPeople. */
  readonly people: readonly KnownPerson[];
  /** Documents whose share of Arabic letters is below this are not analysed. */
  readonly minArabicRatio: number;
  /**
   * Language ids (as the client names them: `json`, `latex` …) never analysed, whatever their Arabic share.
   * Every other text document is analysed when it is Arabic enough: clients name the same plain text
   * `plaintext` (VS Code), `text` (Neovim, Helix, Emacs's text-mode) or after their mode.
   */
  readonly excludedLanguages: readonly string[];
  /**
   * Semantic tokens (quotes, speakers, names, verbs). On by default for LSP clients; the VS Code extension
   * contributes false, because VS Code draws each coloured token as an isolated left-to-right run, which
   * puts the words of an Arabic line out of order (microsoft/vscode#86667).
   */
  readonly semanticHighlighting: boolean;
  /**
   * The language of the messages, hovers, code-action titles and Outline groups: isnad.interfaceLanguage
   * resolved (`auto` follows the client's locale, else English). Not read from `.isnad.json`: it is the
   * reader's choice, not the article's.
   */
  readonly interfaceLanguage: InterfaceLanguage;
}

/** What the interface language falls back to when the settings leave it `auto` (known at initialize). */
export interface LanguageDefaults {
  /** initializationOptions.interfaceLanguage, for clients without workspace/configuration. */
  readonly initializationOption?: InterfaceLanguageSetting;
  /** initialize's `locale`. */
  readonly locale?: string;
}

export const DEFAULT_MIN_ARABIC_RATIO = 0.3;

export const DEFAULT_SETTINGS: IsnadSettings = Object.freeze({
  severity: Object.freeze({}),
  reportingVerbs: Object.freeze([]) as readonly string[],
  people: Object.freeze([]) as readonly KnownPerson[],
  minArabicRatio: DEFAULT_MIN_ARABIC_RATIO,
  excludedLanguages: Object.freeze([]) as readonly string[],
  semanticHighlighting: true,
  interfaceLanguage: 'en',
});

export const CONFIG_FILE_NAME = '.isnad.json';

/** Partial settings as read from one source; undefined = not given there. */
export interface PartialSettings {
  severity?: Partial<Record<string, SeveritySetting>>;
  reportingVerbs?: string[];
  people?: KnownPerson[];
  minArabicRatio?: number;
  excludedLanguages?: string[];
  semanticHighlighting?: boolean;
  interfaceLanguage?: InterfaceLanguageSetting;
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v.length > 0);
}

/** Keeps only well-formed keys of an untrusted settings object (from workspace/configuration or .isnad.json). */
export function normalise(raw: unknown): PartialSettings {
  const out: PartialSettings = {};
  if (!isRecord(raw)) return out;
  if (isRecord(raw.severity)) {
    const severity: Partial<Record<string, SeveritySetting>> = {};
    for (const [code, value] of Object.entries(raw.severity)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) severity[code] = value as SeveritySetting;
    }
    out.severity = severity;
  }
  const verbs = strings(raw.reportingVerbs);
  if (verbs) out.reportingVerbs = verbs;
  if (Array.isArray(raw.people)) {
    const people: KnownPerson[] = [];
    for (const p of raw.people) {
      if (!isRecord(p) || typeof p.name !== 'string' || p.name.trim() === '') continue;
      const person: { name: string; role?: string; aliases?: string[] } = { name: p.name.trim() };
      if (typeof p.role === 'string' && p.role.trim() !== '') person.role = p.role.trim();
      const aliases = strings(p.aliases);
      if (aliases && aliases.length > 0) person.aliases = aliases;
      people.push(person);
    }
    out.people = people;
  }
  if (typeof raw.minArabicRatio === 'number' && Number.isFinite(raw.minArabicRatio)) {
    out.minArabicRatio = Math.min(1, Math.max(0, raw.minArabicRatio));
  }
  const excluded = strings(raw.excludedLanguages);
  if (excluded) out.excludedLanguages = excluded;
  if (typeof raw.semanticHighlighting === 'boolean') out.semanticHighlighting = raw.semanticHighlighting;
  if (isInterfaceLanguageSetting(raw.interfaceLanguage)) out.interfaceLanguage = raw.interfaceLanguage;
  return out;
}

/**
 * Merges the workspace file under the user/workspace settings: settings override the file.
 * - severity: per code; a code set in settings wins over the same code in the file.
 * - reportingVerbs: union (both sources only ever add verbs).
 * - people: union by name; a person named in settings replaces the file's entry of the same name.
 * - minArabicRatio: the settings value, unless it is the built-in default (workspace/configuration cannot
 *   tell "unset" from "set to the default", so the file's value is used then).
 * - excludedLanguages: union (either source may exclude a language).
 * - interfaceLanguage: the settings' (the file's is ignored), else the defaults (resolveLanguage).
 */
export function mergeSettings(fromFile: PartialSettings, fromSettings: PartialSettings, language: LanguageDefaults = {}): IsnadSettings {
  const severity = { ...(fromFile.severity ?? {}), ...(fromSettings.severity ?? {}) };
  const reportingVerbs = [...new Set([...(fromFile.reportingVerbs ?? []), ...(fromSettings.reportingVerbs ?? [])])];
  const byName = new Map<string, KnownPerson>();
  for (const p of fromFile.people ?? []) byName.set(p.name, p);
  for (const p of fromSettings.people ?? []) byName.set(p.name, p);
  let minArabicRatio = fromSettings.minArabicRatio;
  if (minArabicRatio === undefined || (minArabicRatio === DEFAULT_MIN_ARABIC_RATIO && fromFile.minArabicRatio !== undefined)) {
    minArabicRatio = fromFile.minArabicRatio ?? DEFAULT_MIN_ARABIC_RATIO;
  }
  const excludedLanguages = [...new Set([...(fromFile.excludedLanguages ?? []), ...(fromSettings.excludedLanguages ?? [])])];
  const semanticHighlighting = fromSettings.semanticHighlighting ?? fromFile.semanticHighlighting ?? true;
  const interfaceLanguage = resolveLanguage(fromSettings.interfaceLanguage, language.initializationOption, language.locale);
  return { severity, reportingVerbs, people: [...byName.values()], minArabicRatio, excludedLanguages, semanticHighlighting, interfaceLanguage };
}

/**
 * Whether a document is analysed: decided by its content (the share of Arabic letters), not by the name
 * the client gives its language, except for the language ids the settings exclude.
 */
export function isAnalysable(languageId: string, arabicShare: number, settings: IsnadSettings): boolean {
  return !settings.excludedLanguages.includes(languageId) && arabicShare >= settings.minArabicRatio;
}

/** A stable key of the settings that change the analysis itself (not severity nor the Arabic threshold). */
export function analysisOptionsKey(settings: IsnadSettings): string {
  if (settings.reportingVerbs.length === 0 && settings.people.length === 0) return '';
  return JSON.stringify([settings.reportingVerbs, settings.people]);
}

/** Result of reading `.isnad.json`: parsed settings, or a warning to log. */
export interface ConfigFileResult {
  readonly settings: PartialSettings;
  readonly warning?: string;
}

/** Parses the content of `.isnad.json` (JSON data only). Undefined content (no file) gives no settings. */
export function parseConfigFile(content: string | undefined, where: string): ConfigFileResult {
  if (content === undefined) return { settings: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { settings: {}, warning: `${where}: not valid JSON, ignored (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!isRecord(raw)) return { settings: {}, warning: `${where}: expected a JSON object, ignored` };
  return { settings: normalise(raw) };
}
