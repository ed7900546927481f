// The lexicons as normalised look-up sets, built once. Options (extra reporting verbs) make a new
// Lexicon that shares the defaults' sets; nothing here is mutated after construction.
import { keySet, memoKey, normalize, plain } from '../text';
import { FUNCTION_WORDS, NOT_NAMES, ROLE_ADJECTIVES } from './function-words';
import { AMBIGUOUS_GIVEN_NAMES, ARABIC_GIVEN_NAMES, FOREIGN_GIVEN_NAMES } from './given-names';
import { KNOWN_ORGANIZATION_NAMES, ORGANIZATION_HEADS } from './organizations';
import { PLACES } from './places';
import { ACCORDING_TO, HONORIFIC_PRONOUNS, REPORTING_VERBS } from './reporting-verbs';
import { ANONYMOUS_HEADS } from './sources';
import { CLAUSE_WORDS, NAME_FOLLOWERS, NAME_PREPOSITIONS, OCCASION_HEADS, SAYING_INTRODUCERS, WORK_NOUNS } from './kind-cues';
import { TERM_DESIGNATORS } from './term-cues';
import { HONORIFIC_TITLES, NAME_PARTICLES, PERSON_TITLES, PLACE_OF_NAME_HEADS, TITLE_CONTINUATIONS, TITLE_HEADS } from './titles';

export interface VerbForm {
  readonly lemma: string;
  readonly participle: boolean;
}

export class Lexicon {
  readonly givenNames!: ReadonlySet<string>;
  readonly foreignGiven!: ReadonlySet<string>;
  readonly arabicGiven!: ReadonlySet<string>;
  readonly ambiguousGiven!: ReadonlySet<string>;
  readonly unambiguousGiven!: ReadonlySet<string>;
  /** Single-word names of bodies and places. */
  readonly namedThings!: ReadonlySet<string>;
  /** Names of bodies and places written as several words, words joined by one space. */
  readonly multiWordNames!: ReadonlySet<string>;
  /** Multi-word names of bodies and places by their first word. */
  readonly multiWordByFirst!: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly places!: ReadonlySet<string>;
  readonly orgHeads!: ReadonlySet<string>;
  readonly orgNames!: ReadonlySet<string>;
  readonly titleHeads!: ReadonlySet<string>;
  readonly titleContinuations!: ReadonlySet<string>;
  readonly personTitles!: ReadonlySet<string>;
  readonly honorificTitles!: ReadonlySet<string>;
  readonly particles!: ReadonlySet<string>;
  readonly institutionHeads!: ReadonlySet<string>;
  readonly functionWords!: ReadonlySet<string>;
  readonly roleAdjectives!: ReadonlySet<string>;
  readonly notNames!: ReadonlySet<string>;
  readonly anonymousHeads!: ReadonlySet<string>;
  readonly termDesignators!: ReadonlySet<string>;
  /** Nouns of works and named things, with and without the article (kind features). */
  readonly workNouns!: ReadonlySet<string>;
  /** Pronouns and particles that mark quoted words as a clause (kind features). */
  readonly clauseWords!: ReadonlySet<string>;
  /** Prepositions after which a quoted name stands (kind features). */
  readonly namePrepositions!: ReadonlySet<string>;
  /** Adjectives after the closing mark that qualify what is quoted as a named thing (kind rules). */
  readonly nameFollowers!: ReadonlySet<string>;
  /** Passive verbs and nouns that bring in a saying or a proverb (kind rules). */
  readonly sayingIntroducers!: ReadonlySet<string>;
  /** Day and time words that head the name of an occasion (kind rules). */
  readonly occasionHeads!: ReadonlySet<string>;
  readonly accordingTo!: ReadonlySet<string>;
  readonly honorifics!: ReadonlySet<string>;
  /** Every surface form of a reporting verb → its lemma and whether it is a participle. */
  readonly reportingVerbs!: ReadonlyMap<string, VerbForm>;
  readonly reportingForms!: ReadonlySet<string>;
  /** Function words by spelling (hamza folded, ى kept), see spellingKey. */
  readonly functionSpellings!: ReadonlySet<string>;

  constructor(base?: Lexicon, extraVerbs: readonly string[] = []) {
    if (base) {
      Object.assign(this, base);
      const verbs = new Map(base.reportingVerbs);
      for (const v of extraVerbs) {
        const k = normalize(v).trim();
        if (k && !verbs.has(k)) verbs.set(k, { lemma: v.trim(), participle: false });
      }
      this.reportingVerbs = verbs;
      this.reportingForms = new Set(verbs.keys());
      return;
    }
    const arabic = keySet(ARABIC_GIVEN_NAMES);
    this.arabicGiven = arabic;
    this.foreignGiven = keySet(FOREIGN_GIVEN_NAMES);
    this.givenNames = new Set([...arabic, ...this.foreignGiven]);
    const places = [...keySet(PLACES)];
    this.places = new Set(places.filter((p) => !p.includes(' ')));
    const multiWordPlaces = places.filter((p) => p.includes(' ')).map((p) => p.split(/\s+/));
    this.orgHeads = keySet(ORGANIZATION_HEADS);
    const orgs = [...keySet(KNOWN_ORGANIZATION_NAMES)];
    this.orgNames = new Set(orgs.filter((p) => !p.includes(' ')));
    const multiWordOrgs = orgs.filter((p) => p.includes(' ')).map((p) => p.split(/\s+/));
    this.titleHeads = keySet(TITLE_HEADS);
    this.titleContinuations = keySet(TITLE_CONTINUATIONS);
    this.personTitles = keySet(PERSON_TITLES);
    this.honorificTitles = keySet(HONORIFIC_TITLES);
    this.particles = keySet(NAME_PARTICLES);
    this.institutionHeads = keySet(PLACE_OF_NAME_HEADS);
    this.functionWords = keySet(FUNCTION_WORDS);
    this.roleAdjectives = keySet(ROLE_ADJECTIVES);
    this.notNames = keySet(NOT_NAMES);
    this.anonymousHeads = keySet(ANONYMOUS_HEADS);
    this.termDesignators = keySet(TERM_DESIGNATORS);
    this.workNouns = new Set([...keySet(WORK_NOUNS)].flatMap((w) => [w, 'ال' + w]));
    this.clauseWords = keySet(CLAUSE_WORDS);
    this.namePrepositions = keySet(NAME_PREPOSITIONS);
    this.nameFollowers = keySet(NAME_FOLLOWERS);
    this.sayingIntroducers = keySet(SAYING_INTRODUCERS);
    this.occasionHeads = keySet(OCCASION_HEADS);
    this.accordingTo = keySet(ACCORDING_TO);
    // A given name that is also a common word of another list needs more evidence to start a name.
    const ambiguous = new Set(keySet(AMBIGUOUS_GIVEN_NAMES));
    for (const set of [this.termDesignators, this.orgHeads, this.anonymousHeads, this.titleHeads, this.notNames, this.roleAdjectives, this.places, this.orgNames]) {
      for (const k of set) if (this.givenNames.has(k)) ambiguous.add(k);
    }
    this.ambiguousGiven = ambiguous;
    this.unambiguousGiven = new Set([...this.givenNames].filter((k) => !ambiguous.has(k)));
    // Titles include the person titles; institution heads match with or without the article.
    this.titleHeads = new Set([...this.titleHeads, ...this.personTitles]);
    this.institutionHeads = new Set([...this.institutionHeads].flatMap((h) => [h, 'ال' + h]));
    this.namedThings = new Set([...this.orgNames, ...this.places]);
    const byFirst = new Map<string, (readonly string[])[]>();
    for (const w of [...multiWordOrgs, ...multiWordPlaces]) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);
    this.multiWordByFirst = byFirst;
    this.multiWordNames = new Set([...multiWordOrgs, ...multiWordPlaces].map((w) => w.join(' ')));
    // Function words keep ى apart from ي (على is not علي): compare them on this lighter key.
    this.functionSpellings = new Set(FUNCTION_WORDS.map(spellingKey));
    this.honorifics = keySet(HONORIFIC_PRONOUNS);
    const verbs = new Map<string, VerbForm>();
    for (const v of REPORTING_VERBS) {
      for (const f of v.forms) verbs.set(normalize(f), { lemma: v.lemma, participle: false });
      for (const f of v.participles ?? []) verbs.set(normalize(f), { lemma: v.lemma, participle: true });
    }
    this.reportingVerbs = verbs;
    this.reportingForms = new Set(verbs.keys());
  }
}

/** Hamza forms folded, diacritics dropped, but ى and ة kept: على (on) stays apart from علي (Ali). */
export const spellingKey = memoKey((s) => plain(s).replace(/[أإآٱ]/g, 'ا'));

let shared: Lexicon | undefined;

/** The default lexicon (built on first use), or one with the caller's extra reporting verbs. */
export function lexiconFor(extraVerbs: readonly string[] = []): Lexicon {
  shared ??= new Lexicon();
  return extraVerbs.length ? new Lexicon(shared, extraVerbs) : shared;
}
