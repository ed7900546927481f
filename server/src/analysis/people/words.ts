// What a single word can be in a name, asked by every name pass: a reporting verb, a word that is never
// part of a name (tanween, a function word, an acronym), a word that looks like a name or a family name,
// a word the lexicons do not know, a boundary after a name, a word inside an institution's name. One
// NameWords per document; it reads the tokens, the lexicon, the role phrases and the cluster index.
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokens';
import { PREPOSITION_HAMZA, plain } from '../text';
import { spellingKey } from '../lexicon';
import { isQuoteMark } from '../quotes';
import { firstSplitByKey, stripClitic, stripType } from './clitics';
import type { RolePhrases } from './roles';

/** A word that carries a clitic and the article (بالعراق، للرئيس، والولايات). */
export const CLITIC_ARTICLE = /^(وال|بال|كال|لل|وبال|ولل)../;
export const ABD: ReadonlySet<string> = new Set(['عبد', 'عبدال']);
export const KUNYA: ReadonlySet<string> = new Set(['ابو', 'ام']);
/** A word ending in a possessive pronoun as written (ه، ها، هم، هما — not the ة of a name). */
export const POSSESSIVE = /..(ه|ها|هم|هما|كم|هن)$/;
export const COMPLEMENTIZER = /^(ان|انه|انها|بان|بانه|بانها)$/;

/** How far back a description before a name is read (المدير الفني لنادي اشبيلية الأسباني). */
const DESCRIPTION_REACH = 8;

/** A quotation mark token. */
export function isMark(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && isQuoteMark(t.text);
}

/** What the name passes of one document share: its text and tokens, the lexicon, its role phrases,
 *  the word tests, and which tokens a mention already covers (written by the passes as they go). */
export interface NameDoc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lex: Lexicon;
  readonly roles: RolePhrases;
  readonly words: NameWords;
  readonly covered: Uint8Array;
}

export class NameWords {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly lex: Lexicon,
    private readonly roles: RolePhrases,
    /** The word's key names a person already in the index. */
    readonly knownKey: (norm: string) => boolean,
    /** knownKey asked with the phonetic key itself (so that a word record's cached keys serve). */
    private readonly knownPhonetic?: (key: string) => boolean,
  ) {}

  /** stripIn for token k: the hot path of the name passes (see stripMemo). */
  strip(k: number, set: ReadonlySet<string>): [number, string] | null {
    return stripType(this.tokens[k].type, set);
  }

  /** Token k is a form of a reporting verb or participle, bare or after و/ف (a name that starts like ك + يرى is not a verb). */
  verbFormAt(k: number): string | null {
    const hit = this.strip(k, this.lex.reportingForms);
    return hit && (hit[0] === 0 || (hit[0] === 1 && /^[وف]/.test(this.tokens[k].norm))) ? hit[1] : null;
  }

  /** Token k is a reporting verb (not a participle: مؤكداً is followed by its object). */
  verbAt(k: number): boolean {
    const form = this.verbFormAt(k);
    return form !== null && !this.lex.reportingVerbs.get(form)?.participle;
  }

  /** The word token right before token i, or -1. */
  prevWord(i: number): number {
    return i > 0 && this.tokens[i - 1].kind === 'word' ? i - 1 : -1;
  }

  /** A function word as written (على, not علي: see spellingKey). Its key is then a function word's key,
   *  so the set of keys is asked first (one field read for most words, no spelling built). */
  functionSpelling(w: Token): boolean {
    return this.lex.functionWords.has(w.norm) && this.lex.functionSpellings.has(spellingKey(w.text));
  }

  /** Never part of a name: tanween (an adverb), a function word, a reporting verb, an acronym in
   *  capitals or a Latin word with an Arabic clitic (لـCNN). */
  notNameWord(w: Token): boolean {
    if (/[\u064B-\u064D]/.test(w.text) || this.functionSpelling(w)) return true;
    if (this.lex.reportingForms.has(w.norm) && !this.lex.givenNames.has(w.norm)) return true;
    return /^[A-Z0-9]{2,}$/.test(w.text) || /[\u0600-\u06FF\u0640][A-Za-z]/.test(w.text);
  }

  /** Cannot go on a name after its first word: a word never part of a name, or a preposition on a word
   *  opening with a hamza (سوهارتو بإعادة; لأحمد can open a name, but not continue one). */
  endsName(w: Token): boolean {
    return this.notNameWord(w) || (PREPOSITION_HAMZA.test(w.text) && w.norm.length > 4);
  }

  /** Arabic letters, not a function, title, role or reporting word, not a number. */
  nameLike(norm: string): boolean {
    const lex = this.lex;
    return norm.length >= 2 && !lex.functionWords.has(norm) && !lex.titleHeads.has(norm) && !lex.roleAdjectives.has(norm) &&
      !lex.reportingForms.has(norm) && !lex.notNames.has(norm) && !/^[0-9\u0660-\u0669]/.test(norm) && /[\u0621-\u064a]/.test(norm);
  }

  /** A word that can be a family name after a given name. */
  familyLike(norm: string): boolean {
    const lex = this.lex;
    if (!this.nameLike(norm) || lex.titleContinuations.has(norm) || lex.particles.has(norm)) return false;
    if (lex.places.has(norm) || lex.orgHeads.has(norm)) return false;
    // A word with a clitic and the article (بالعراق، للرئيس، والولايات) does not continue a name.
    if (CLITIC_ARTICLE.test(norm)) return false;
    // A word with the conjunction و glued on starts a new phrase (شجاع وجريء), unless it is a name itself.
    if (norm.startsWith('و') && !lex.givenNames.has(norm)) return false;
    return true;
  }

  /** A name-like word (norm n at token k) that no lexicon and no cluster knows, with no article. */
  unknownWord(n: string, k: number): boolean {
    // The tests are pure: the cheap ones that most words fail (the article, the lexicons) come first.
    if (n.startsWith('ال') || !this.nameLike(n) || CLITIC_ARTICLE.test(n) || this.lexiconNoun(n)) return false;
    // A possessive pronoun written on the word (بلاده، خارجيته، قادتها) marks a common noun.
    if (POSSESSIVE.test(plain(this.tokens[k].text)) && !this.lex.givenNames.has(n)) return false;
    if (this.verbFormAt(k) !== null) return false;
    const known = this.knownPhonetic;
    return (known ? firstSplitByKey(this.tokens[k].type, known) : stripClitic(n, this.knownKey)) === null;
  }

  /** A place, a body, a designator, an unnamed source's head, an honorific or an "according to" word. */
  private lexiconNoun(n: string): boolean {
    const lex = this.lex;
    return lex.places.has(n) || lex.orgNames.has(n) || lex.orgHeads.has(n) || lex.termDesignators.has(n) ||
      lex.anonymousHeads.has(n) || lex.honorifics.has(n) || lex.accordingTo.has(n);
  }

  /** Token k ends a name before it: no word, a function word, إن/أن, a role or a reporting verb. */
  isBoundary(k: number): boolean {
    const w = this.tokens[k];
    if (!w || w.kind !== 'word') return true;
    return this.lex.functionWords.has(w.norm) || COMPLEMENTIZER.test(w.norm) || this.roles.startsAt(k) || this.verbFormAt(k) !== null;
  }

  /** 'verb' or 'role' when a reporting verb or a role comes before position i across a description
   *  (article-words, لل/بال words, bodies and places: المدير الفني لنادي اشبيلية الأسباني), else null. */
  describedBy(i: number): 'verb' | 'role' | null {
    if (this.roles.endsAt(i - 1)) return 'role';
    let throughBody = false;
    for (let k = i - 1; k >= 0 && k >= i - DESCRIPTION_REACH; k--) {
      const w = this.tokens[k];
      // A preposition inside the description (الخبيرة في الموارد المائية منى الشاذلي) is stepped over.
      if (w.kind === 'word' && (w.norm === 'في' || w.norm === 'من') && this.tokens[k + 1]?.norm.startsWith('ال') && k < i - 1) continue;
      if (w.kind !== 'word' || w.line !== this.tokens[i].line || this.functionSpelling(w)) return null;
      // A body right after the verb is its subject (تعلن وزارة الدفاع حصيلة …): only a role may stand
      // before a description that names a body (المدير الفني لنادي اشبيلية …).
      if (this.verbAt(k)) return throughBody ? null : 'verb';
      if (this.roles.endsAt(k)) return 'role';
      const article = w.norm.startsWith('ال') || /^(لل|بال|وال)/.test(w.norm);
      const body = this.lex.places.has(w.norm) || this.strip(k, this.lex.orgHeads) !== null;
      if (body) throughBody = true;
      if ((!article && !body) || this.lex.functionWords.has(w.norm)) return null;
    }
    return null;
  }

  /** Token i names part of an institution (جامعة الملك منصور: منصور names the university). */
  insideInstitutionName(i: number): boolean {
    // Inside a role phrase: an institution head right before the title that precedes the name.
    const head = this.roles.headEndingAt(i - 1);
    if (head !== undefined && i - 2 >= head && this.strip(i - 2, this.lex.institutionHeads) !== null) return true;
    let k = this.prevWord(i);
    if (k >= 0 && this.roles.endsAt(k)) k = this.prevWord(this.roles.headEndingAt(k)!);
    if (k < 0) return false;
    return this.strip(k, this.lex.institutionHeads) !== null;
  }
}
