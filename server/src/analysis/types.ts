// The engine's data model. Every span is in UTF-16 code units of the original text, end exclusive.
// An Analysis is immutable once built: features (LSP, CLI) only read it.
import type { DisableDirective } from './directives';
import type { AnalysisReuse } from './reuse';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type QuoteKind = 'speech' | 'term';
export type EntityType = 'person' | 'organization' | 'anonymous';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** How a quote got its speaker. */
export type AttributionMethod =
  | 'explicit' // a reporting cue with a named subject: قال كيري «…»
  | 'implicit' // a cue with no subject (وأضاف، مضيفاً، وقال سموه) resolved to the previous speaker
  | 'colon' // a name and a colon: كيري: «…»
  | 'after' // a cue after the quote: «…»، قال كيري / بحسب كيري
  | 'sentence' // no cue of its own; the speaker of the same paragraph's preceding sentence
  | 'context' // chosen by the learned scorer among the entities named around the quote
  | 'enclosing'; // a quote nested in a speech quote without a cue of its own

export interface ReportingCue extends Span {
  /** The cue word as written (قال، وأضاف، مضيفاً، بحسب …). */
  readonly text: string;
  /** Its dictionary form (قال، أضاف …). */
  readonly lemma: string;
  /** Entity the cue's subject resolved to, if any. */
  readonly entityId: number | null;
  /** Span of the subject phrase when it is written out. */
  readonly subject: Span | null;
}

export interface Attribution {
  readonly entityId: number;
  readonly method: AttributionMethod;
  /** 0..1: explicit cue ≈ 0.95, implicit ≈ 0.8, paragraph fallback ≈ 0.6 */
  readonly confidence: number;
  readonly cue: ReportingCue | null;
}

export interface Quote extends Span {
  readonly id: number;
  /** Span of the text between the marks. */
  readonly inner: Span;
  /** The opening and closing mark characters. */
  readonly open: string;
  readonly close: string;
  readonly kind: QuoteKind;
  /** Why the kind was chosen (short English reason, for hovers and debugging). */
  readonly kindReason: string;
  /** Id of the quote this one is nested in, or null. */
  readonly parentId: number | null;
  /** Offsets of marks that reopen the quote at the start of a continuing paragraph. */
  readonly continuations: readonly number[];
  readonly attribution: Attribution | null;
}

export interface Mention extends Span {
  readonly entityId: number;
  /** The name as written (without clitics or titles). */
  readonly text: string;
  /** Role/title phrase written next to this mention, if any (وزير الخارجية الأمريكي). */
  readonly role: Span | null;
}

export interface Entity {
  readonly id: number;
  readonly type: EntityType;
  /** The fullest form in the article (for persons: without titles). */
  readonly name: string;
  /** Roles and titles seen next to the name, as written, most frequent first. */
  readonly roles: readonly string[];
  /** Distinct spellings seen (for persons: full and short forms, variants). */
  readonly spellings: readonly string[];
  /** Person mentions (persons only; sorted). Organizations and anonymous sources list the phrases that name them. */
  readonly mentions: readonly Mention[];
  /** Ids of the quotes attributed to this entity, in document order. */
  readonly quoteIds: readonly number[];
}

export interface Problem extends Span {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
  /** Data for quick fixes and for messages in other languages: the likely speaker's name, the spelling
   *  to unify to, the mark that closes; for an unused directive, what is wrong and the codes concerned. */
  readonly data?: {
    readonly likelySpeaker?: string;
    readonly preferredSpelling?: string;
    readonly closeWith?: string;
    readonly closeAt?: number;
    readonly directive?: 'unknown-code' | 'silences-nothing' | 'code-unused';
    readonly codes?: readonly string[];
  };
}

export type ProblemCode =
  | 'unattributed-quote'
  | 'unclosed-quote'
  | 'unpaired-quote-mark'
  | 'anonymous-source'
  | 'name-variant'
  | 'unused-disable-directive'; // an isnad-disable-next-line directive that silences nothing, or names an unknown code

/** Invariants: quotes are sorted by start and quotes[i].id === i; entities[i].id === i. */
export interface Analysis {
  readonly textLength: number;
  /** Arabic letters / all letters (0..1), so callers can skip non-Arabic documents. */
  readonly arabicRatio: number;
  readonly quotes: readonly Quote[];
  /** People, organizations and anonymous sources. Persons come first, in order of first mention. */
  readonly entities: readonly Entity[];
  readonly cues: readonly ReportingCue[];
  /** The problems reported: those a directive silenced are left out (see `silenced`). */
  readonly problems: readonly Problem[];
  /** The `isnad-disable-next-line` directives in the text (absent: none). */
  readonly directives?: readonly DisableDirective[];
  /** The problems a directive silenced (absent: none). */
  readonly silenced?: readonly Problem[];
}

export interface AnalysisOptions {
  /** Extra reporting verbs (any form), added to the lexicon. */
  readonly extraReportingVerbs?: readonly string[];
  /** Known people: name, optional role and other spellings. */
  readonly knownPeople?: readonly KnownPerson[];
  /** Checked between stages; when it returns true the analysis stops with a CancelledError. */
  readonly isCancelled?: () => boolean;
  /** What the last analysis of the same document left for this one (reuse.ts): one object per
   *  document, passed on every analysis of it. The result is the same with or without it. (The tokens
   *  of pipeline.ts's Stages read with it belong to it: the next analysis with it moves them.) */
  readonly reuse?: AnalysisReuse;
}

export interface KnownPerson {
  readonly name: string;
  readonly role?: string;
  readonly aliases?: readonly string[];
}

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}
