// The subject of a reporting cue: the noun phrase that names who speaks. Arabic is verb-first, so it is
// mostly the phrase right after the cue: a person (with or without a role or a description before the
// name), an organization, a place speaking for its government, an unnamed source, a role or a definite
// noun that refers back (المتحدث، الوزارة، الدبلوماسي), a document that speaks for whoever issued it
// (بيان وزارة الدفاع), or a name in quotation marks. It may follow a short adverbial phrase (وقال في
// تصريح صحفي وزير المالية), or stand before a verb that carries no conjunction (ولكن المتحدث أقر).
// A SubjectParser is built once per document and reads its tokens, persons and lexicon; it names the
// entities it finds in the document's registry.
import type { EntityType, Span } from '../types';
import type { Doc, QuoteSpan } from '../document';
import type { Lexicon } from '../lexicon';
import type { NameMention, PeopleResult } from '../people';
import { offsetAfterLetters, type Token } from '../tokens';
import { plain } from '../text';
import { headKey, type EntityRegistry } from './entities';

/** A cue's subject: the entity, the phrase that names it and the phrase's last token. */
export interface Subject {
  readonly entity: number;
  readonly span: Span;
  readonly lastToken: number;
}

/** Documents that "say" something for whoever issued them. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['بيان', 'تقرير', 'رساله', 'نص', 'كلمه', 'تصريح', 'خطاب', 'تغريده', 'وثيقه', 'مذكره', 'تعميم', 'بلاغ', 'منشور', 'مقال', 'افتتاحيه']);
/** Prepositions after which a person is spoken to or about (مع، إلى، عن، على، بين). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['مع', 'الي', 'عن', 'علي', 'بين', 'ضد', 'حول', 'بشان', 'لدي']);
/** كان and its forms, which open a clause whose subject comes before the verb (وكان X قد قال). */
const KANA: ReadonlySet<string> = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هولاء', 'هؤلاء', 'هاتان', 'هذان']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['و', 'ف', 'ثم', 'لكن', 'ولكن', 'كما', 'فيما', 'بينما', 'حيث', 'اذ', 'وقد', 'قد', 'فقد', 'بدوره', 'بدورها', 'بدورهم']);
/** Prepositions that may open a phrase inside a description before a name (في الموارد المائية). */
const DESCRIPTION_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'من', 'لدي', 'بـ', 'ب']);
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'بانهم', 'لان']);
/** Words that open a short adverbial phrase between a verb and its subject (في تصريح، خلال مؤتمر). */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(['في', 'خلال', 'عقب', 'اثناء']);

/** An adjective of origin or relation, normalised (الدولية → الدوليه، الروسي). */
const NISBA = /^ال..+(ي|يه)$/;

function isComma(w: Token | undefined): boolean {
  return !!w && w.kind === 'punct' && (w.text === '،' || w.text === ',');
}

/** What the parser reads of the running topic: the last person named (هذا الوزير with no holder). */
export interface TopicView {
  readonly lastPerson: number | null;
}

export class SubjectParser {
  private readonly tokens: readonly Token[];
  private readonly quoteAtOpen: ReadonlyMap<number, QuoteSpan>;

  constructor(
    private readonly doc: Doc,
    private readonly people: PeopleResult,
    private readonly lex: Lexicon,
    private readonly registry: EntityRegistry,
    private readonly topic: TopicView,
  ) {
    this.tokens = doc.tokens;
    this.quoteAtOpen = new Map(doc.quotes.map((q) => [q.openTok, q]));
  }

  /** The subject of the reporting verb at token v: after it, after an adverbial phrase, or (when the
   *  verb carries no conjunction) before it. */
  ofVerb(v: number, prefixed: boolean): Subject | null {
    return this.parse(v + 1) ?? this.afterPhrase(v + 1) ?? (prefixed ? null : this.before(v));
  }

  /** The subject at token j, or the same with a glued ل read off (بيان للوزارة). */
  parseOrStripped(j: number): Subject | null {
    return this.parse(j) ?? (this.tokens[j] && /^ل/.test(this.tokens[j].norm) ? this.stripped(j) : null);
  }

  /** The noun phrase starting at token j as a subject, or null. */
  parse(j: number): Subject | null {
    const { tokens, lex } = this;
    const t = tokens[j];
    if (!t || t.kind !== 'word') return this.quotedName(j);
    if (DEMONSTRATIVES.has(t.norm) && tokens[j + 1]?.kind === 'word') return this.demonstrative(j);
    if (lex.honorifics.has(t.norm) || COMPLEMENTIZERS.has(t.norm) || lex.functionWords.has(t.norm)) return null;
    if (DOCUMENT_NOUNS.has(t.norm.replace(/^ال/, '')) && tokens[j + 1]?.kind === 'word') {
      const issuer = this.documentSubject(j);
      if (issuer) return issuer;
    }
    const m = this.people.byFirstToken.get(j);
    if (m) return personSubject(m);
    const role = this.people.roles.get(j);
    const described = this.describedPerson(j, role);
    if (described) return described;
    if (role) return this.roleSubject(j, role);
    return this.bodySubject(j);
  }

  /**
   * A subject after a short adverbial phrase (وقال في تصريح صحفي وزير المالية …): a person, with or
   * without a role, whose name carries no clitic (لماركوف is the one spoken to), before إن/أن or a colon.
   */
  afterPhrase(j: number): Subject | null {
    const { tokens, people } = this;
    if (!tokens[j] || !ADVERBIAL_OPENERS.has(tokens[j].norm)) return null;
    for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
      const w = tokens[k];
      // With, to, about … introduce whom it was said to or about, not who said it.
      if (w.kind !== 'word' || w.line !== tokens[j].line || COMPLEMENTIZERS.has(w.norm) || OBJECT_PREPOSITIONS.has(w.norm)) return null;
      const m = people.byFirstToken.get(k);
      if (m && m.start === w.start) return personSubject(m);
      const role = people.roles.get(k);
      if (role && role.span.start === w.start) {
        const after = people.byFirstToken.get(role.last + 1);
        return after ? personSubject(after, role.span.start) : null;
      }
    }
    return null;
  }

  /** A subject that ends right before the verb at token v (or before قد: وكان وزير الخارجية سامي
   *  الخطيب قد أكد …) and starts a clause: after a conjunction, punctuation or the line start. */
  before(v: number): Subject | null {
    const { tokens } = this;
    const end = tokens[v - 1]?.norm === 'قد' ? v - 2 : v - 1;
    for (let k = end; k >= 0 && k >= v - 9; k--) {
      if (!this.startsClause(k)) continue;
      const s = this.parse(k) ?? this.conjoined(k);
      if (s && s.lastToken === end) return s;
    }
    return null;
  }

  /** A subject written with a glued ل (بيان للأمم المتحدة، للوزارة): parse it as if the ل were not there. */
  stripped(j: number): Subject | null {
    const { tokens, lex } = this;
    const t = tokens[j];
    const rest = t.norm.startsWith('لل') ? 'ال' + t.norm.slice(2) : t.norm.slice(1);
    const multi = this.multiWordAt(j, rest);
    // (a group named by its head noun counts too: بيان لقادة الأركان)
    if (!multi && !lex.orgHeads.has(rest) && !lex.orgNames.has(rest) && !lex.places.has(rest) && !lex.anonymousHeads.has(rest)) return null;
    const start = t.start + 1;
    const last = this.definiteRun(multi ? j + multi - 1 : j, j + 4);
    const span = { start, end: tokens[last].end };
    const text = plain(this.doc.text.slice(start, span.end)).replace(/^ل/, 'ال');
    return { entity: this.registry.refer('organization', headKey(rest), span, text, true), span, lastToken: last };
  }

  /** A body or source with و or ف glued to it, opening a clause before its verb (ومنظمة العفو الدولية
   *  نددت، فالحكومة أعلنت): read without the conjunction. */
  conjoined(j: number): Subject | null {
    const { tokens, lex } = this;
    const t = tokens[j];
    if (!t || t.kind !== 'word' || !/^[وف]/.test(t.norm)) return null;
    const rest = t.norm.slice(1);
    const anonymous = lex.anonymousHeads.has(rest);
    const multi = this.multiWordAt(j, rest);
    if (!multi && !anonymous && !lex.orgHeads.has(rest) && !lex.orgNames.has(rest)) return null;
    const start = offsetAfterLetters(t, 1);
    const q = this.quoteAtOpen.get(j + 1);
    const last = q && !multi ? q.closeTok : this.definiteRun(multi ? j + multi - 1 : j, j + 4);
    const span = { start, end: tokens[last].end };
    const text = q && !multi ? plain(this.doc.text.slice(start, t.end)) + ' ' + plain(this.doc.text.slice(q.start + 1, q.end - 1)) : plain(this.doc.text.slice(start, span.end));
    return { entity: this.registry.refer(anonymous ? 'anonymous' : 'organization', headKey(rest), span, text, true), span, lastToken: last };
  }

  // ---- the kinds of phrase parse() tries, in order ----

  /** A name in quotation marks right after the verb: وحذّر "السديس"، وقال "العوض": */
  private quotedName(j: number): Subject | null {
    const q = this.quoteAtOpen.get(j);
    const m = q ? this.people.byFirstToken.get(j + 1) : undefined;
    if (q && m && m.last === q.closeTok - 1) return { entity: m.person, span: { start: q.start, end: q.end }, lastToken: q.closeTok };
    return null;
  }

  /**
   * هذا المصدر، هذه الوزارة, هذا البيان: a source, a body or a document referred back to; هذا الوزير: the
   * last person who held that title. Any other noun (هذه المعلومات، تلك التدابير) is no subject: the
   * verb's subject is then implicit and the noun its object.
   */
  private demonstrative(j: number): Subject | null {
    const { tokens, lex } = this;
    const t = tokens[j];
    const n = tokens[j + 1];
    const head = headKey(n.norm);
    const span = { start: t.start, end: n.end };
    if (lex.titleHeads.has(n.norm) || lex.titleHeads.has(head)) {
      const holder = this.registry.lastPersonWithRole(head, t.start) ?? this.topic.lastPerson;
      return holder === null ? null : { entity: holder, span, lastToken: j + 1 };
    }
    const known = lex.anonymousHeads.has(head) || lex.orgHeads.has(head) || lex.orgHeads.has(n.norm) || DOCUMENT_NOUNS.has(head);
    if (!known) return null;
    const type: EntityType = lex.anonymousHeads.has(head) ? 'anonymous' : 'organization';
    return { entity: this.registry.refer(type, head, span, plain(this.tokenText(j, j + 1)), false), span, lastToken: j + 1 };
  }

  /** وقال بيان وزارة الدفاع: the statement speaks for the body that issued it; a definite document with
   *  no body named (وتقول المذكرة، وأفاد التقرير) is the speaker itself. Null: read on. */
  private documentSubject(j: number): Subject | null {
    const t = this.tokens[j];
    const body = this.parseOrStripped(j + 1);
    if (body && this.registry.entities[body.entity]?.type !== 'anonymous') return body;
    if (!t.norm.startsWith('ال')) return null;
    const span = { start: t.start, end: t.end };
    return { entity: this.registry.refer('organization', headKey(t.norm), span, plain(t.text), true), span, lastToken: j };
  }

  /**
   * A description before the name (المستثمر العقاري معتز الخياط، وكيل اللاعبين ميركو …): up to nine
   * words after the verb or the role, then a person. A prepositional phrase may sit inside the
   * description (الخبيرة المصرية في الموارد المائية منى الشاذلي), and the name may be set off by commas
   * (قال المتحدث باسم الحكومة، فلان الفلاني، إن …).
   */
  private describedPerson(j: number, role: { last: number; span: Span } | undefined): Subject | null {
    const { tokens, people } = this;
    const t = tokens[j];
    const from = role ? role.span.start : t.start;
    for (let k = role ? role.last + 1 : j, n = 0; k < tokens.length && n <= 8; k++, n++) {
      const m = people.byFirstToken.get(k);
      if (m) return personSubject(m, from);
      const w = tokens[k];
      if ((role || n > 0) && isComma(w)) {
        const named = people.byFirstToken.get(k + 1);
        return named && this.closesApposition(named.last + 1) ? personSubject(named, from) : null;
      }
      if (w.kind !== 'word' || w.line !== t.line || !(this.mayDescribe(k) || (role && this.mayChain(k)))) return null;
    }
    return null;
  }

  /** After a role, token k may continue its construct chain (مدير وحدة كهرباء المنطقة …): any content word
   *  that is no function word, complementizer or reporting verb and carries no ل (لـ"سبق" is spoken to). */
  private mayChain(k: number): boolean {
    const { lex } = this;
    const w = this.tokens[k].norm;
    return !lex.functionWords.has(w) && !COMPLEMENTIZERS.has(w) && !lex.reportingForms.has(w) && !/^ل/.test(w) && !lex.honorifics.has(w);
  }

  /** Token k may stand in a description before a name: an article-word, a body or place (الناطق باسم
   *  وزارة الدفاع الكورية …), or a preposition opening a definite phrase. */
  private mayDescribe(k: number): boolean {
    const { tokens, lex } = this;
    const w = tokens[k];
    const inner = DESCRIPTION_PREPOSITIONS.has(w.norm) && tokens[k + 1]?.norm.startsWith('ال');
    const body = lex.orgHeads.has(w.norm) || lex.places.has(w.norm) || w.norm === 'باسم';
    const article = w.norm.startsWith('ال') || /^(لل|بال)/.test(w.norm);
    return inner || body || (article && !lex.functionWords.has(w.norm));
  }

  /** A role with no name: the last person who held it, else a body (المجلس), else an unnamed source. */
  private roleSubject(j: number, role: { last: number; span: Span; text: string }): Subject {
    const { tokens, lex } = this;
    const head = headKey(tokens[j].norm);
    const holder = this.registry.lastPersonWithRole(head, tokens[j].start);
    if (holder !== null) return { entity: holder, span: role.span, lastToken: role.last };
    if (lex.orgHeads.has(tokens[j].norm) || lex.orgHeads.has(head)) return this.orgPhrase(j);
    const indefinite = !tokens[j].norm.startsWith('ال');
    return { entity: this.registry.refer('anonymous', head, role.span, role.text, indefinite), span: role.span, lastToken: role.last };
  }

  /** An unnamed source (مصدر مطلع، المصدر), a body or place the lexicons know, or one the tagger found. */
  private bodySubject(j: number): Subject | null {
    const { lex } = this;
    const bare = this.tokens[j].norm;
    if (lex.anonymousHeads.has(bare)) return this.anonymousPhrase(j, true);
    if (bare.startsWith('ال') && lex.anonymousHeads.has(bare.slice(2))) return this.heldSource(j) ?? this.anonymousPhrase(j, false);
    if (lex.orgHeads.has(bare) || lex.orgNames.has(bare) || lex.places.has(bare) || this.multiWordAt(j)) return this.orgPhrase(j);
    return this.taggedBody(j);
  }

  /** A body or place the tagger found (كتائب القسام، يوروتانيل) that no lexicon knows — not behind a
   *  preposition glued to the article (للأمم، بالوزارة: those are read without it). */
  private taggedBody(j: number): Subject | null {
    const t = this.tokens[j];
    const body = this.people.bodies.get(j);
    if (!body || body.start !== t.start || /^(لل|بال|كال)/.test(t.norm)) return null;
    const span = { start: body.start, end: body.end };
    const text = plain(this.doc.text.slice(body.start, body.end));
    return { entity: this.registry.refer('organization', headKey(t.norm), span, text, true), span, lastToken: body.last };
  }

  /** المسؤول (في النادي) after a person was named with that word (فلان، مسؤول العلاقات): that person. */
  private heldSource(j: number): Subject | null {
    const holder = this.registry.lastPersonWithRole(headKey(this.tokens[j].norm), this.tokens[j].start);
    if (holder === null) return null;
    const phrase = this.anonymousPhraseEnd(j);
    return { entity: holder, span: { start: this.tokens[j].start, end: this.tokens[phrase].end }, lastToken: phrase };
  }

  /** مصدر مطلع، المصدر الحكومي: the source word and up to four words describing it. */
  private anonymousPhrase(j: number, indefinite: boolean): Subject {
    const { tokens } = this;
    const last = this.anonymousPhraseEnd(j);
    const span = { start: tokens[j].start, end: tokens[last].end };
    const head = headKey(tokens[j].norm);
    return { entity: this.registry.refer('anonymous', head, span, plain(this.tokenText(j, last)), indefinite), span, lastToken: last };
  }

  /** The last token of a source phrase: the source word and up to four words describing it. */
  private anonymousPhraseEnd(j: number): number {
    const { tokens } = this;
    let last = j;
    for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
      const w = tokens[k];
      if (w.kind !== 'word' || w.line !== tokens[j].line || this.stopsPhrase(w)) break;
      last = k;
    }
    return last;
  }

  /** A body or place: its head or known multi-word name, and the words that complete it. A bare definite
   *  head (الوزارة، الصحيفة) refers back to the body of that kind named before. */
  private orgPhrase(j: number): Subject {
    const { tokens, lex } = this;
    const { last, name } = this.orgPhraseEnd(j);
    const span = { start: tokens[j].start, end: tokens[last].end };
    const head = headKey(tokens[j].norm);
    const text = name || plain(this.tokenText(j, last));
    const norm = tokens[j].norm;
    const fresh = last !== j || !norm.startsWith('ال') || lex.places.has(norm) || lex.orgNames.has(norm);
    return { entity: this.registry.refer('organization', head, span, text, fresh), span, lastToken: last };
  }

  /**
   * Where a body's name that starts at token j ends, and its name when a quoted one completes it. A
   * construct head (وزارة، صحيفة) may take up to two words without the article (صحيفة واشنطن بوست),
   * right after it, or a term quote (صحيفة “الأفق”); a known name of several words (وزارة الدفاع) takes
   * neither. Article-words and places may follow any head.
   */
  private orgPhraseEnd(j: number): { last: number; name: string } {
    const { tokens, lex } = this;
    const multi = this.multiWordAt(j);
    let last = multi ? j + multi - 1 : j;
    const construct = !tokens[j].norm.startsWith('ال') && lex.orgHeads.has(tokens[j].norm);
    let bareAllowed = construct && !multi ? 2 : 0;
    for (let k = last + 1; k < tokens.length && k <= j + 6; k++) {
      const w = tokens[k];
      if (w.line !== tokens[j].line) break;
      if (w.kind === 'punct') {
        const q = this.quoteAtOpen.get(k);
        if (!q || k !== last + 1 || !construct) break;
        return { last: q.closeTok, name: plain(this.tokenText(j, last)) + ' ' + plain(this.doc.text.slice(q.start + 1, q.end - 1)) };
      }
      if (this.stopsPhrase(w) || this.people.byFirstToken.has(k)) break;
      // After a known name (الأمم المتحدة) only an adjective of origin or a place goes on with it
      // (الأمم المتحدة الطرفين: the object of the verb).
      if (lex.places.has(w.norm) || (w.norm.startsWith('ال') && (!multi || NISBA.test(w.norm)))) { last = k; bareAllowed = 0; continue; }
      if (bareAllowed > 0 && k === last + 1 && this.mayCompleteName(w)) { bareAllowed--; last = k; continue; }
      break;
    }
    return { last, name: '' };
  }

  /** A word without the article that may complete a construct head's name (no verb, no tanween). */
  private mayCompleteName(w: Token): boolean {
    return !this.lex.reportingForms.has(w.norm) && !this.lex.notNames.has(w.norm) && !/[\u064B-\u064D]/.test(w.text);
  }

  // ---- word tests ----

  /** A word that ends a body's or source's phrase: a function word, a verb, a title, a number. */
  private stopsPhrase(w: Token): boolean {
    const { lex } = this;
    const n = w.norm;
    return lex.functionWords.has(n) || lex.reportingForms.has(n) || COMPLEMENTIZERS.has(n) || lex.honorifics.has(n) || lex.titleHeads.has(n) ||
      /^(و|ف)?(قال|اضاف)/.test(n) || /^[0-9\u0660-\u0669]/.test(n);
  }

  /** Token k starts a clause: the line start, punctuation, a conjunction or كان before it. */
  private startsClause(k: number): boolean {
    const before = this.tokens[k - 1];
    return !before || before.kind !== 'word' || before.line !== this.tokens[k].line || CONJUNCTIONS.has(before.norm) || KANA.has(before.norm);
  }

  /** What may follow a name in apposition: a comma, a colon, a complementizer (إن، أن) or the line end. */
  private closesApposition(k: number): boolean {
    const w = this.tokens[k];
    return !w || w.kind === 'break' || isComma(w) || (w.kind === 'punct' && w.text === ':') || COMPLEMENTIZERS.has(w.norm) || w.norm === 'ان';
  }

  /** Length of the multi-word body or place name starting at token j (0 when none); `first` reads token
   *  j's word another way (without a glued clitic). */
  multiWordAt(j: number, first = this.tokens[j]?.norm ?? ''): number {
    const { tokens } = this;
    for (const words of this.lex.multiWordByFirst.get(first) ?? []) {
      if (words.every((x, k) => k === 0 || (tokens[j + k]?.kind === 'word' && tokens[j + k].norm === x))) return words.length;
    }
    return 0;
  }

  /** The last of the article-words (not function words) that follow token last, up to token max. */
  private definiteRun(last: number, max: number): number {
    const { tokens, lex } = this;
    for (let k = last + 1; k < tokens.length && k <= max && tokens[k].kind === 'word' && tokens[k].norm.startsWith('ال') && !lex.functionWords.has(tokens[k].norm); k++) last = k;
    return last;
  }

  private tokenText(a: number, b: number): string {
    return this.doc.text.slice(this.tokens[a].start, this.tokens[b].end);
  }
}

function personSubject(m: NameMention, from = m.start): Subject {
  return { entity: m.person, span: { start: from, end: m.end }, lastToken: m.last };
}
