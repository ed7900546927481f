// Where a name starts: at a given name from the lexicons (behind a clitic or not), عبد or أبو + a name,
// X الله, X بن Y, a word a title teaches (الرئيس أوباما), words in quotation marks after a reporting
// verb, or words the lexicons do not know in a frame that names a person (after a reporting verb, a
// role or a description; between عن and قوله). Each rule is one method; the first that holds gives the
// start. One NameStarts per document.
import type { Token } from '../tokens';
import { plain } from '../text';
import { stripClitic } from './clitics';
import { ABD, CLITIC_ARTICLE, COMPLEMENTIZER, KUNYA, isMark, type NameDoc } from './words';

/** How a name starts at a token. */
export interface NameStart {
  /** Letters of a clitic before the name (و، ب، ل …). */
  readonly prefix: number;
  /** The first name is two words (عبد الله، أبو بكر، نصر الله). */
  readonly compound: boolean;
  /** Taught by its frame (a title, a reporting verb): the word is the family name itself. */
  readonly taught?: boolean;
  /** The span's last token, when the rule fixes the whole span. */
  readonly upTo?: number;
  /** The name stands in quotation marks right after a reporting verb. */
  readonly quoted?: boolean;
}

/** بن، ابن، بنت: a chain after a given name. */
const CHAIN_WORDS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);
/** How many words a quoted name holds at the most, after its first. */
const QUOTED_REACH = 4;
/** A noun of saying after عن X (نقلت … عن X قوله). */
const SAYING = /^(ب|ل)?(قوله|قولها|تاكيده|تصريحه)$/;

const plainStart = (upTo?: number): NameStart => (upTo === undefined ? { prefix: 0, compound: false } : { prefix: 0, compound: false, upTo });
const taughtStart = (): NameStart => ({ prefix: 0, compound: false, taught: true });

export class NameStarts {
  /** The article's first word token (a byline's name). */
  private readonly firstWord: number;

  constructor(private readonly doc: NameDoc) {
    this.firstWord = doc.tokens.findIndex((x) => x.kind === 'word');
  }

  /** How a name starts at token i, or null when none does. */
  at(i: number): NameStart | null {
    if (!this.mayStart(i) || this.excluded(i)) return null;
    return this.quotedName(i) ?? this.givenName(i) ?? this.kunyaName(i) ?? this.chainName(i) ?? this.taughtByTitle(i) ??
      this.unknownPair(i) ?? this.namedBeforeSaying(i) ?? this.taughtByVerb(i);
  }

  /** Most words cannot start a name: not a given name (behind a clitic or not), not after a role, and
   *  not after a word that describes a person (an article-word or a reporting verb). Leave early. */
  private mayStart(i: number): boolean {
    const { tokens, lex, words } = this.doc;
    const prev = this.prev(i);
    const describes = !!prev && prev.kind === 'word' && (prev.norm.startsWith('ال') || words.verbAt(i - 1));
    const chain = i + 1 < tokens.length && CHAIN_WORDS.has(tokens[i + 1].norm);
    // X الله, a word in quotation marks after a word, or a word after عن (… عن X قوله).
    const otherStart = tokens[i + 1]?.norm === 'الله' || (i > 1 && isMark(prev) && tokens[i - 2].kind === 'word') || prev?.norm === 'عن';
    return describes || chain || otherStart || this.doc.roles.endsAt(i - 1) || !!words.strip(i, lex.givenNames) || !!words.strip(i, ABD) || !!words.strip(i, KUNYA);
  }

  /** Never a name's start: inside an institution's name, a function word, part of a body's or place's
   *  name of several words (بيونغ يانغ), or a word that is never part of a name (tanween: هاتفياً). */
  private excluded(i: number): boolean {
    const { tokens, lex, words } = this.doc;
    const t = tokens[i];
    if (words.insideInstitutionName(i) || words.functionSpelling(t)) return true;
    const prev = this.prev(i);
    const next = this.next(i);
    if ((prev?.kind === 'word' && lex.multiWordByFirst.has(prev.norm) && lex.multiWordNames.has(prev.norm + ' ' + t.norm)) ||
      (next && lex.multiWordByFirst.has(t.norm) && lex.multiWordNames.has(t.norm + ' ' + next.norm))) return true;
    return words.notNameWord(t);
  }

  /** A name in quotation marks right after a reporting verb (وحذّر "السديس"): its words are the name. */
  private quotedName(i: number): NameStart | null {
    const { tokens, lex, words } = this.doc;
    const t = tokens[i];
    if (!(i > 1 && isMark(tokens[i - 1]) && words.verbAt(i - 2) && words.nameLike(t.norm) && !lex.orgNames.has(t.norm) && !lex.places.has(t.norm))) return null;
    for (let k = i; k <= i + QUOTED_REACH && k < tokens.length; k++) {
      // Words, or a hyphen between two words (كيم مين-سيوك).
      if (tokens[k].kind === 'punct' && tokens[k].text === '-' && k > i && tokens[k + 1]?.kind === 'word') continue;
      if (tokens[k].kind !== 'word' || !words.nameLike(tokens[k].norm)) break;
      if (isMark(tokens[k + 1])) return { ...plainStart(k), quoted: true };
    }
    return null;
  }

  /** A given name: an unambiguous one, X الله written apart (نصر الله), عبد + a name, or an ambiguous
   *  one (a common word too) where its frame shows it is a name. */
  private givenName(i: number): NameStart | null {
    const { lex, words } = this.doc;
    const next = this.next(i);
    const given = this.givenIn(i, lex.unambiguousGiven);
    if (given) return { prefix: given[0], compound: false };
    if (next && next.norm === 'الله' && lex.givenNames.has(this.doc.tokens[i].norm + 'الله')) return { prefix: 0, compound: true };
    const abd = words.strip(i, ABD);
    if (abd && next && !lex.functionWords.has(next.norm)) return { prefix: abd[0], compound: true };
    const amb = this.givenIn(i, lex.ambiguousGiven);
    return amb && this.ambiguousIsName(i) ? { prefix: amb[0], compound: false } : null;
  }

  /** The word in a set of given names; a word that is itself a given name is never read as clitic +
   *  another name (كريم is not ك + ريم). */
  private givenIn(i: number, set: ReadonlySet<string>): [number, string] | null {
    const norm = this.doc.tokens[i].norm;
    if (!this.doc.lex.givenNames.has(norm)) return this.doc.words.strip(i, set);
    return set.has(norm) ? [0, norm] : null;
  }

  /** An ambiguous given name is a name after a title, before a chain particle or another name, in a
   *  byline, or after a nationality or role adjective (مهاجمه الفرنسي كريم بنزيمة). */
  private ambiguousIsName(i: number): boolean {
    const { lex, words } = this.doc;
    const prev = this.prev(i);
    const next = this.next(i);
    if (this.afterTitle(i) || (next && lex.particles.has(next.norm)) || this.nameFollows(i)) return true;
    return !!prev && prev.kind === 'word' && lex.roleAdjectives.has(prev.norm) && !!next && words.nameLike(next.norm);
  }

  /** A name follows token i (an unambiguous given name, X الله), or token i opens a byline: the
   *  article's first line holds only a name (بدر العتيبي – …). */
  private nameFollows(i: number): boolean {
    const { tokens, lex, words } = this.doc;
    const t = tokens[i];
    const next = this.next(i);
    const byline = i === this.firstWord && t.line === 0 && !!next && words.familyLike(next.norm) &&
      (!tokens[i + 2] || tokens[i + 2].kind !== 'word' || tokens[i + 2].line !== 0);
    if (byline) return true;
    const commonNoun = lex.termDesignators.has(t.norm) || lex.orgHeads.has(t.norm) || lex.anonymousHeads.has(t.norm) || lex.titleHeads.has(t.norm) || lex.notNames.has(t.norm) || lex.institutionHeads.has(t.norm);
    return !!next && !commonNoun && ((lex.unambiguousGiven.has(next.norm) && !lex.foreignGiven.has(next.norm)) || (tokens[i + 2]?.norm === 'الله' && lex.givenNames.has(next.norm + 'الله')));
  }

  /** أبو/أم + a name: after a title, before a given name or a family name with the article. */
  private kunyaName(i: number): NameStart | null {
    const { lex, words } = this.doc;
    const next = this.next(i);
    const kunya = words.strip(i, KUNYA);
    if (!kunya || !next || !words.nameLike(next.norm)) return null;
    return this.afterTitle(i) || lex.givenNames.has(next.norm) || (next.norm.startsWith('ال') && next.norm.length > 3) ? { prefix: kunya[0], compound: true } : null;
  }

  /** X بن Y: a word the lexicons do not know, followed by بن/ابن/بنت and a name, is a given name. */
  private chainName(i: number): NameStart | null {
    const { tokens, lex, words } = this.doc;
    const n = tokens[i].norm;
    const next = this.next(i);
    if (!next || !CHAIN_WORDS.has(next.norm) || tokens[i + 2]?.kind !== 'word' || !words.nameLike(tokens[i + 2].norm)) return null;
    const known = n.startsWith('ال') || lex.places.has(n) || lex.orgHeads.has(n) || lex.termDesignators.has(n) || lex.institutionHeads.has(n);
    return words.nameLike(n) && !known ? plainStart() : null;
  }

  /** Taught by a title: الرئيس أوباما, the word alone (no given name, particle or أبو after it). */
  private taughtByTitle(i: number): NameStart | null {
    const { tokens, lex } = this.doc;
    const next = this.next(i);
    if (!this.afterTitle(i) || tokens[i].line !== tokens[i - 1].line) return null;
    if (next && (lex.givenNames.has(next.norm) || lex.particles.has(next.norm) || next.norm === 'ابو')) return null;
    return this.titleTeaches(i) && this.teachable(tokens[i].norm) ? taughtStart() : null;
  }

  /** The title before token i teaches it: an honorific title (الرئيس الأسد) any word, a person's title
   *  a word without the article that stands before punctuation, a verb or إن/أن; never a construct. */
  private titleTeaches(i: number): boolean {
    const { tokens, lex, roles, words } = this.doc;
    const head = roles.headEndingAt(i - 1)!;
    const withArticle = tokens[i].norm.startsWith('ال');
    const strong = words.strip(head, lex.honorificTitles) !== null;
    const personal = words.strip(head, lex.personTitles) !== null;
    if (!strong && !(personal && !withArticle && this.closedAfter(i))) return false;
    return withArticle || !this.construct(i);
  }

  /** A word followed by a definite noun is a construct (لرعاية الشباب), not a name. */
  private construct(i: number): boolean {
    const { tokens, lex } = this.doc;
    const t = tokens[i];
    const after = tokens[i + 1];
    const nounShape = /^[لبك]/.test(t.norm) || plain(t.text).endsWith('ة');
    return nounShape && !!after && after.kind === 'word' && after.norm.startsWith('ال') && !lex.functionWords.has(after.norm);
  }

  /** Token i stands before punctuation, a line end, a reporting verb or إن/أن. */
  private closedAfter(i: number): boolean {
    const after = this.doc.tokens[i + 1];
    return !after || after.kind !== 'word' || after.line !== this.doc.tokens[i].line || COMPLEMENTIZER.test(after.norm) || this.doc.words.verbFormAt(i + 1) !== null;
  }

  /** A word a title can teach as a name: not a body or a kind of thing behind a clitic either (الأمين
   *  العام لحزب الله), never a word carrying a clitic and the article (للائتلاف). */
  private teachable(n: string): boolean {
    const { lex, words } = this.doc;
    const bodyBehindClitic = stripClitic(n, (k) => lex.orgHeads.has(k) || lex.termDesignators.has(k) || lex.places.has(k) || lex.institutionHeads.has(k)) !== null;
    return words.nameLike(n) && !bodyBehindClitic && !CLITIC_ARTICLE.test(n) && !lex.places.has(n) && !lex.orgNames.has(n) && !lex.orgHeads.has(n);
  }

  /** Two words the lexicons do not know, then a boundary, right after a role (المتحدث باسم الهيئة
   *  زاهر قنديلو،), after a reporting verb (وقال ماركو بيلاتي الرئيس …), or after a description that follows
   *  one (وقال المستثمر العقاري معتز الخياط إن): a given and a family name. */
  private unknownPair(i: number): NameStart | null {
    const { tokens, roles, words } = this.doc;
    const next = this.next(i);
    if (!next || tokens[i].line !== next.line || !words.unknownWord(tokens[i].norm, i) || words.describedBy(i) === null) return null;
    const after = tokens[i + 2];
    // An unknown word with a clitic letter in front is more likely بـ/لـ/و + a noun than a name, unless a
    // reporting verb comes right before and a title or punctuation right after (وقال فينسنت كوشيتيل مدير …).
    const strongFrame = i > 0 && words.verbAt(i - 1) && (!after || after.kind !== 'word' || roles.startsAt(i + 2));
    if (!this.familyAfterUnknown(i, strongFrame)) return null;
    // After a role the two words are the name whatever follows (المدير الفني … أوناي ايمري سعيهم).
    if (!after || words.isBoundary(i + 2) || (words.describedBy(i) === 'role' && !words.unknownWord(after.norm, i + 2))) return plainStart(i + 1);
    return this.unknownTriple(i);
  }

  /** The word after the unknown token i is a family name: unknown too, a clitic + article word in a
   *  strong frame, or a word with the article no cluster and no unnamed source's head holds. */
  private familyAfterUnknown(i: number, strongFrame: boolean): boolean {
    const { tokens, lex, words } = this.doc;
    const n = tokens[i].norm;
    const next = tokens[i + 1];
    if (/^[وفبلك]/.test(n) && !lex.givenNames.has(n) && !strongFrame) return false;
    return words.unknownWord(next.norm, i + 1) || (strongFrame && CLITIC_ARTICLE.test(next.norm) && words.nameLike(next.norm)) ||
      (next.norm.startsWith('ال') && words.familyLike(next.norm) && !words.knownKey(next.norm) && !lex.anonymousHeads.has(next.norm.slice(2)));
  }

  /** Three words the lexicons do not know right after a reporting verb or a role, closed by a title or
   *  punctuation (تعهد خوسيب ماريا بارتوميو رئيس …). */
  private unknownTriple(i: number): NameStart | null {
    const { tokens, roles, words } = this.doc;
    const third = tokens[i + 2];
    const fourth = tokens[i + 3];
    if (third && third.kind === 'word' && third.line === tokens[i].line && words.unknownWord(third.norm, i + 2) &&
      (words.verbAt(i - 1) || roles.endsAt(i - 1)) && (!fourth || fourth.kind !== 'word' || roles.startsAt(i + 3))) {
      return plainStart(i + 2);
    }
    return null;
  }

  /** نقلت … عن X قوله: the one or two words between عن and a noun of saying are a name. */
  private namedBeforeSaying(i: number): NameStart | null {
    const { tokens, words } = this.doc;
    if (this.prev(i)?.norm !== 'عن' || !words.unknownWord(tokens[i].norm, i)) return null;
    const next = this.next(i);
    const say = (k: number) => SAYING.test(tokens[k]?.norm ?? '');
    if (say(i + 1)) return plainStart(i);
    if (next && say(i + 2) && (words.unknownWord(next.norm, i + 1) || words.familyLike(next.norm))) return plainStart(i + 1);
    return null;
  }

  /** One unknown word right after a reporting verb, before a colon, a quote, a comma or إن/أن: a name the
   *  article teaches (وقال قنديلو إن، وقالت الشركة، …). */
  private taughtByVerb(i: number): NameStart | null {
    const { tokens, words } = this.doc;
    const t = tokens[i];
    const after = tokens[i + 1];
    if (after && after.line === t.line && i > 0 && words.verbAt(i - 1) && words.unknownWord(t.norm, i) &&
      (after.kind !== 'word' ? /[:«"“،,]/.test(after.text) : COMPLEMENTIZER.test(after.norm))) {
      return taughtStart();
    }
    return null;
  }

  /** A title (not one already taken into a name: حسان الشيخ) ends right before token i. */
  private afterTitle(i: number): boolean {
    return this.doc.roles.endsAt(i - 1) && !this.doc.covered[i - 1] && this.doc.roles.titleBefore(i);
  }

  private prev(i: number): Token | undefined {
    return i > 0 ? this.doc.tokens[i - 1] : undefined;
  }

  /** The token after i when it is a word. */
  private next(i: number): Token | undefined {
    const t = this.doc.tokens[i + 1];
    return t && t.kind === 'word' ? t : undefined;
  }
}
