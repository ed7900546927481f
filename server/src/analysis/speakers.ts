// Reporting cues and who they point to.
//
// A cue is a reporting verb (قال، أضاف، وصف …), a participle (مضيفاً) or an "according to" word (بحسب).
// Its subject is the noun phrase right after it (Arabic is verb-first): a person (with or without a
// role), an organization, a place speaking for its government, an unnamed source, a role or a definite
// noun that refers back (المتحدث، الوزارة، الدبلوماسي), or nothing — then the cue is implicit and its
// subject is the last one named (وأضاف، وتابع، مضيفاً، وقال سموه). A phrase before the verb is the
// subject when the verb carries no conjunction (ولكن المتحدث أقر).
import type { EntityType, Span } from './types';
import type { Doc } from './document';
import type { Lexicon } from './lexicon';
import type { NameMention, PeopleResult } from './people';
import { stripIn } from './people';
import type { Token } from './tokens';
import { normalize, plain } from './text';
import { EntityRegistry, headKey, type EntityDraft } from './speakers/entities';

export type { EntityDraft } from './speakers/entities';

export interface Cue extends Span {
  readonly token: number;
  readonly text: string;
  readonly lemma: string;
  readonly kind: 'verb' | 'participle' | 'according';
  readonly entity: number | null;
  readonly subject: Span | null;
  readonly explicit: boolean;
}

export interface SpeakerResult {
  readonly entities: EntityDraft[];
  readonly cues: Cue[];
}

/** Words that may open a sentence before its topic: أما X ف…، بدوره، من جهته، وكان X. */
const TOPIC_OPENERS = new Set(['اما', 'واما', 'بدوره', 'بدورها', 'من', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'وكان', 'وكانت', 'كان', 'كانت', 'فيما', 'بينما', 'و', 'ثم']);
/** كان and its forms, which open a clause whose subject comes before the verb (وكان X قد قال). */
/** Prepositions after which a person is spoken to or about (مع، إلى، عن، على، بين). */
const OBJECT_PREPOSITIONS = new Set(['مع', 'الي', 'عن', 'علي', 'بين', 'ضد', 'حول', 'بشان', 'لدي']);
const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هولاء', 'هؤلاء', 'هاتان', 'هذان']);
const CONJUNCTIONS = new Set(['و', 'ف', 'ثم', 'لكن', 'ولكن', 'كما', 'فيما', 'بينما', 'حيث', 'اذ', 'وقد', 'قد', 'فقد', 'بدوره', 'بدورها', 'بدورهم']);
/** The gender of a reporting verb's subject from its form: قالت / تقول / قائلة → f, قال / يقول / قائلاً → m;
 *  plural and dual forms → null. */
function verbGender(form: string, lemma: string, participle: boolean): 'm' | 'f' | null {
  if (/(وا|ون|ان|تا)$/.test(form)) return null;
  if (participle) return form.endsWith('ه') ? 'f' : 'm';
  const past = normalize(lemma);
  if (form === past) return 'm';
  if (form.endsWith('ت') && !past.endsWith('ت')) return 'f';
  if (form.startsWith('ت') && !past.startsWith('ت')) return 'f';
  if (form.startsWith('ي')) return 'm';
  return null;
}

/** قوله، بقوله، قولها، تعبيره …: a noun of saying used as a cue. */
const SAYING = /^(ب|ل|و|وب)?(قوله|قولها|قولهم|تعبيره|تعبيرها|وصفه|وصفها|القول|لقول)$/;
/** Documents that "say" something for whoever issued them. */
const DOCUMENT_NOUNS = new Set(['بيان', 'تقرير', 'رساله', 'نص', 'كلمه', 'تصريح', 'خطاب', 'تغريده', 'وثيقه', 'مذكره', 'تعميم', 'بلاغ', 'منشور', 'مقال', 'افتتاحيه']);
/** Prepositions that may open a phrase inside a description before a name (في الموارد المائية). */
const DESCRIPTION_PREPOSITIONS = new Set(['في', 'من', 'لدي', 'بـ', 'ب']);
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'بانهم', 'لان']);

export function findSpeakers(doc: Doc, people: PeopleResult, lex: Lexicon): SpeakerResult {
  const { tokens } = doc;
  const registry = new EntityRegistry(people);
  const { entities } = registry;
  const cues: Cue[] = [];
  let lastAgent: number | null = null;
  /** Speakers named so far, latest last: an implicit subject agrees in gender with the verb (وأضاف is
   *  not the ministry; قالت is not the minister) when one of the last few does. */
  const recent: number[] = [];
  /** The last person named, for an implicit cue before anyone has spoken (وقال: after a sentence about X). */
  let lastPerson: number | null = null;
  const quoteAtOpen = new Map(doc.quotes.map((q) => [q.openTok, q]));
  /** Per token: inside a role phrase. */
  const inRole = new Uint8Array(tokens.length);
  for (const [head, r] of people.roles) inRole.fill(1, head, r.last + 1);
  const refer = registry.refer.bind(registry);
  const lastPersonWithRole = registry.lastPersonWithRole.bind(registry);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || doc.depth[i] > 0) continue;
    const mention = people.byFirstToken.get(i);
    if (mention) {
      lastPerson = mention.person;
      // A person who opens a sentence (أما الكاتب عبدالله العلويط فغمز …) becomes the topic that a
      // following وقال refers to.
      if (opensSentence(i)) {
        lastAgent = mention.person;
        if (recent[recent.length - 1] !== mention.person) recent.push(mention.person);
      }
      continue;
    }
    const verbHit = stripIn(t.norm, lex.reportingForms);
    const prefixedVerb = verbHit && verbHit[0] > 0;
    if (verbHit && (verbHit[0] === 0 || /^(و|ف)$/.test(t.norm.slice(0, verbHit[0])))) {
      const form = lex.reportingVerbs.get(verbHit[1])!;
      let subject = form.participle ? null : parseSubject(i + 1) ?? subjectAfterPhrase(i + 1);
      if (!subject && !form.participle && !prefixedVerb) subject = parseSubjectBefore(i);
      const entity: number | null = subject ? subject.entity : implicitSubject(verbGender(verbHit[1], form.lemma, form.participle));
      cues.push({ start: t.start, end: t.end, token: i, text: t.text, lemma: form.lemma, kind: form.participle ? 'participle' : 'verb', entity, subject: subject?.span ?? null, explicit: !!subject });
      if (entity !== null) lastAgent = entity;
      if (subject && (recent.length === 0 || recent[recent.length - 1] !== subject.entity)) recent.push(subject.entity);
      if (subject) i = Math.max(i, subject.lastToken);
      continue;
    }
    const acc = stripIn(t.norm, lex.accordingTo);
    if (acc) {
      let j = i + 1;
      if (tokens[j]?.norm === 'عن' || tokens[j]?.norm === 'ل' || tokens[j]?.norm === 'ما') j++;
      if (tokens[j]?.norm && lex.reportingVerbs.has(tokens[j].norm)) continue; // بحسب ما قال X: the verb is the cue
      const subject = parseSubject(j) ?? (tokens[j] && /^ل/.test(tokens[j].norm) ? parseSubjectStripped(j) : null);
      if (!subject) continue;
      cues.push({ start: t.start, end: t.end, token: i, text: t.text, lemma: 'بحسب', kind: 'according', entity: subject.entity, subject: subject.span, explicit: true });
      lastAgent = subject.entity;
      i = Math.max(i, subject.lastToken);
      continue;
    }
    // Nouns of saying: على حد قوله، بقوله، نقل عن X قوله — the person after عن in the clause, else the last speaker.
    if (SAYING.test(t.norm)) {
      let entity: number | null = lastAgent ?? lastPerson;
      let explicit = false;
      for (let k = i - 1; k >= 0 && k >= i - 14 && tokens[k].line === t.line && doc.depth[k] === 0; k--) {
        if (tokens[k].norm === 'عن') {
          const s = parseSubject(k + 1);
          if (s) { entity = s.entity; explicit = true; }
          break;
        }
      }
      cues.push({ start: t.start, end: t.end, token: i, text: t.text, lemma: 'قال', kind: 'participle', entity, subject: null, explicit });
      if (entity !== null) lastAgent = entity;
      continue;
    }
    // جاء في البيان / في بيان للوزارة: the body whose statement it is, else the last speaker.
    // جاء فيه / فيها (in it: the statement just named): the last speaker.
    if (/^(و|ف)?جاء$/.test(t.norm) && (tokens[i + 1]?.norm === 'فيه' || tokens[i + 1]?.norm === 'فيها')) {
      const entity: number | null = lastAgent ?? lastPerson;
      cues.push({ start: t.start, end: tokens[i + 1].end, token: i, text: t.text, lemma: 'جاء في', kind: 'verb', entity, subject: null, explicit: false });
      continue;
    }
    if (/^(و|ف)?جاء$/.test(t.norm) && tokens[i + 1]?.norm === 'في' && tokens[i + 2]?.kind === 'word' && DOCUMENT_NOUNS.has(tokens[i + 2].norm.replace(/^ال/, ''))) {
      const j = i + 3;
      const s = parseSubject(j) ?? (tokens[j] && /^ل/.test(tokens[j].norm) ? parseSubjectStripped(j) : null);
      const entity: number | null = s ? s.entity : lastAgent ?? lastPerson;
      cues.push({ start: t.start, end: tokens[i + 2].end, token: i, text: t.text, lemma: 'جاء في', kind: 'verb', entity, subject: s?.span ?? null, explicit: !!s });
      if (entity !== null) lastAgent = entity;
      i = s ? Math.max(i + 2, s.lastToken) : i + 2;
      continue;
    }
    // A person or body named as the subject of a clause with another verb still becomes the topic for
    // implicit cues that follow (أصدرت الوزارة بياناً … قائلة), via the verb cue above; nothing else here.
  }
  return { entities, cues };

  /** Only a role, article-words or a topic particle (أما، بدوره، من جهته، وكان) stand between the
   *  sentence start and token i. */
  function opensSentence(i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      const w = tokens[k];
      if (w.kind === 'break' || (w.kind === 'punct' && /[.!?؟]/.test(w.text))) return true;
      if (doc.sentence[k] !== doc.sentence[i]) return true;
      if (w.kind !== 'word') continue;
      if (TOPIC_OPENERS.has(w.norm) || inRole[k] || w.norm.startsWith('ال')) continue;
      return false;
    }
    return false;
  }

  function implicitSubject(gender: 'm' | 'f' | null): number | null {
    if (gender) {
      // The latest speaker whose gender does not contradict the verb's.
      for (let k = recent.length - 1; k >= 0 && k >= recent.length - 6; k--) {
        const g = entityGender(recent[k]);
        if (g === null || g === gender) return recent[k];
      }
    }
    return lastAgent ?? lastPerson;
  }

  /** Grammatical gender where it is certain: a body whose head ends in ة, or a place, is feminine. Persons
   *  (حمزة is a man, سعاد a woman) and other bodies (broken plurals agree in the feminine) → null. */
  function entityGender(id: number): 'm' | 'f' | null {
    const e = entities[id];
    if (!e || e.type === 'person') return null;
    const head = e.head;
    return lex.places.has(head) || lex.places.has('ال' + head) || head.endsWith('ه') ? 'f' : null;
  }

  // ---- noun phrases ----

  /**
   * A subject after a short adverbial phrase (وقال في تصريح صحفي وزير المالية …): a person, with or
   * without a role, whose name carries no clitic (لماركوف is the one spoken to), before إن/أن or a colon.
   */
  function subjectAfterPhrase(j: number): { entity: number; span: Span; lastToken: number } | null {
    if (!tokens[j] || !['في', 'خلال', 'عقب', 'اثناء'].includes(tokens[j].norm)) return null;
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

  function parseSubjectBefore(v: number): { entity: number; span: Span; lastToken: number } | null {
    // The clause must start right before the phrase: a conjunction, punctuation or the line start; the
    // phrase ends at the verb or at قد before it (وكان وزير الخارجية سامي الخطيب قد أكد …).
    const end = tokens[v - 1]?.norm === 'قد' ? v - 2 : v - 1;
    for (let k = end; k >= 0 && k >= v - 9; k--) {
      const before = tokens[k - 1];
      const starts = !before || before.kind !== 'word' || before.line !== tokens[k].line || CONJUNCTIONS.has(before.norm) || KANA.has(before.norm);
      if (!starts) continue;
      const s = parseSubject(k);
      if (s && s.lastToken === end) return s;
    }
    return null;
  }

  function parseSubject(j: number): { entity: number; span: Span; lastToken: number } | null {
    const t = tokens[j];
    if (!t || t.kind !== 'word') {
      // A name in quotation marks right after the verb: وحذّر "السديس"، وقال "العوض":
      const q = quoteAtOpen.get(j);
      const m = q ? people.byFirstToken.get(j + 1) : undefined;
      if (q && m && m.last === q.closeTok - 1) return { entity: m.person, span: { start: q.start, end: q.end }, lastToken: q.closeTok };
      return null;
    }
    if (DEMONSTRATIVES.has(t.norm) && tokens[j + 1]?.kind === 'word') {
      // هذا المصدر، هذه الوزارة, هذا البيان: a source, a body or a document referred back to; هذا الوزير: the
      // last person who held that title. Any other noun (هذه المعلومات، تلك التدابير) is no subject: the
      // verb's subject is then implicit and the noun its object.
      const n = tokens[j + 1];
      const head = headKey(n.norm);
      const span = { start: t.start, end: n.end };
      if (lex.titleHeads.has(n.norm) || lex.titleHeads.has(head)) {
        const holder = lastPersonWithRole(head, t.start) ?? lastPerson;
        return holder === null ? null : { entity: holder, span, lastToken: j + 1 };
      }
      const known = lex.anonymousHeads.has(head) || lex.orgHeads.has(head) || lex.orgHeads.has(n.norm) || DOCUMENT_NOUNS.has(head);
      if (!known) return null;
      const type: EntityType = lex.anonymousHeads.has(head) ? 'anonymous' : 'organization';
      return { entity: refer(type, head, span, plain(tokenText(j, j + 1)), false), span, lastToken: j + 1 };
    }
    if (lex.honorifics.has(t.norm) || COMPLEMENTIZERS.has(t.norm) || lex.functionWords.has(t.norm)) return null;
    // وقال بيان وزارة الدفاع: the statement speaks for the body that issued it.
    if (DOCUMENT_NOUNS.has(t.norm.replace(/^ال/, '')) && tokens[j + 1]?.kind === 'word') {
      const body = parseSubject(j + 1) ?? (/^ل/.test(tokens[j + 1].norm) ? parseSubjectStripped(j + 1) : null);
      if (body && entities[body.entity]?.type !== 'anonymous') return body;
      // A definite document with no body named (وتقول المذكرة، وأفاد التقرير): it is the speaker itself.
      if (t.norm.startsWith('ال')) {
        const span = { start: t.start, end: t.end };
        return { entity: refer('organization', headKey(t.norm), span, plain(t.text), true), span, lastToken: j };
      }
    }
    const m = people.byFirstToken.get(j);
    if (m) return personSubject(m);
    const role = people.roles.get(j);
    // A description before the name (المستثمر العقاري معتز الخياط، وكيل اللاعبين ميركو …): up to three
    // article-words after the verb or the role, then a person.
    // A prepositional phrase may sit inside the description (الخبيرة المصرية في الموارد المائية منى الشاذلي).
    for (let k = role ? role.last + 1 : j, n = 0; k < tokens.length && n <= 8; k++, n++) {
      const m = people.byFirstToken.get(k);
      if (m) return personSubject(m, role ? role.span.start : t.start);
      const w = tokens[k];
      // The name set off by commas after the description (قال المتحدث باسم الحكومة، فلان الفلاني، إن …).
      if ((role || n > 0) && isComma(w)) {
        const named = people.byFirstToken.get(k + 1);
        if (named && closesApposition(named.last + 1)) return personSubject(named, role ? role.span.start : t.start);
        break;
      }
      if (w.kind !== 'word' || w.line !== t.line) break;
      const inner = DESCRIPTION_PREPOSITIONS.has(w.norm) && tokens[k + 1]?.norm.startsWith('ال');
      // Bodies and places inside the description (الناطق باسم وزارة الدفاع الكورية …).
      const body = lex.orgHeads.has(w.norm) || lex.places.has(w.norm) || w.norm === 'باسم';
      const article = w.norm.startsWith('ال') || /^(لل|بال)/.test(w.norm);
      if (!inner && !body && (!article || lex.functionWords.has(w.norm))) break;
    }
    if (role) {
      // A role with no name: the last person who held it, else an unnamed source.
      const head = headKey(tokens[j].norm);
      const holder = lastPersonWithRole(head, t.start);
      if (holder !== null) return { entity: holder, span: role.span, lastToken: role.last };
      if (lex.orgHeads.has(tokens[j].norm) || lex.orgHeads.has(head)) return orgPhrase(j);
      return { entity: refer('anonymous', head, role.span, role.text, !tokens[j].norm.startsWith('ال')), span: role.span, lastToken: role.last };
    }
    const bare = t.norm;
    if (lex.anonymousHeads.has(bare)) return anonymousPhrase(j, true);
    if (bare.startsWith('ال') && lex.anonymousHeads.has(bare.slice(2))) return anonymousPhrase(j, false);
    if (lex.orgHeads.has(bare) || lex.orgNames.has(bare) || lex.places.has(bare) || startsMultiWord(j)) return orgPhrase(j);
    // A body or place the tagger found (كتائب القسام، يوروتانيل) that no lexicon knows.
    // (not behind a preposition glued to the article: للأمم، بالوزارة — those are read without it)
    const body = people.bodies.get(j);
    if (body && body.start === t.start && !/^(لل|بال|كال)/.test(t.norm)) {
      const span = { start: body.start, end: body.end };
      return { entity: refer('organization', headKey(t.norm), span, plain(doc.text.slice(body.start, body.end)), true), span, lastToken: body.last };
    }
    return null;
  }

  function isComma(w: Token | undefined): boolean {
    return !!w && w.kind === 'punct' && (w.text === '،' || w.text === ',');
  }

  /** What may follow a name in apposition: a comma, a colon, a complementizer (إن، أن) or the line end. */
  function closesApposition(k: number): boolean {
    const w = tokens[k];
    return !w || w.kind === 'break' || isComma(w) || (w.kind === 'punct' && w.text === ':') || COMPLEMENTIZERS.has(w.norm) || w.norm === 'ان';
  }

  /** A subject written with a glued ل (بيان للأمم المتحدة، للوزارة): parse it as if the ل were not there. */
  function parseSubjectStripped(j: number): { entity: number; span: Span; lastToken: number } | null {
    const t = tokens[j];
    const rest = t.norm.startsWith('لل') ? 'ال' + t.norm.slice(2) : t.norm.slice(1);
    const multi = (lex.multiWordByFirst.get(rest) ?? []).find((w) => w.every((x, n) => n === 0 || tokens[j + n]?.norm === x));
    // (a group named by its head noun counts too: بيان لقادة الأركان)
    if (multi || lex.orgHeads.has(rest) || lex.orgNames.has(rest) || lex.places.has(rest) || lex.anonymousHeads.has(rest)) {
      const span = { start: t.start + 1, end: t.end };
      let last = multi ? j + multi.length - 1 : j;
      for (let k = last + 1; k < tokens.length && k <= j + 4 && tokens[k].kind === 'word' && tokens[k].norm.startsWith('ال') && !lex.functionWords.has(tokens[k].norm); k++) last = k;
      const text = plain(doc.text.slice(span.start, tokens[last].end)).replace(/^ل/, 'ال');
      return { entity: refer('organization', headKey(rest), { start: span.start, end: tokens[last].end }, text, true), span: { start: span.start, end: tokens[last].end }, lastToken: last };
    }
    return null;
  }

  function personSubject(m: NameMention, from = m.start): { entity: number; span: Span; lastToken: number } {
    return { entity: m.person, span: { start: from, end: m.end }, lastToken: m.last };
  }

  function anonymousPhrase(j: number, indefinite: boolean): { entity: number; span: Span; lastToken: number } {
    let last = j;
    for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
      const w = tokens[k];
      if (w.kind !== 'word' || w.line !== tokens[j].line || stopsPhrase(w)) break;
      last = k;
    }
    const span = { start: tokens[j].start, end: tokens[last].end };
    const head = headKey(tokens[j].norm);
    return { entity: refer('anonymous', head, span, plain(tokenText(j, last)), indefinite), span, lastToken: last };
  }

  function orgPhrase(j: number): { entity: number; span: Span; lastToken: number } {
    let last = j;
    const multi = startsMultiWord(j);
    if (multi) last = j + multi - 1;
    const construct = !tokens[j].norm.startsWith('ال') && lex.orgHeads.has(tokens[j].norm);
    // A construct head (وزارة، صحيفة) may take up to two words without the article (صحيفة واشنطن بوست),
    // right after it; a known name of several words (وزارة الدفاع) takes none.
    let bareAllowed = construct && !multi ? 2 : 0;
    let name = '';
    for (let k = last + 1; k < tokens.length && k <= j + 6; k++) {
      const w = tokens[k];
      if (w.line !== tokens[j].line) break;
      if (w.kind === 'punct') {
        // صحيفة “الأفق”: a term quote right after the head names the body.
        const q = quoteAtOpen.get(k);
        if (q && k === last + 1 && construct) {
          name = plain(tokenText(j, last)) + ' ' + plain(doc.text.slice(q.start + 1, q.end - 1));
          last = q.closeTok;
        }
        break;
      }
      if (stopsPhrase(w) || people.byFirstToken.has(k)) break;
      if (w.norm.startsWith('ال') || lex.places.has(w.norm)) { last = k; bareAllowed = 0; continue; }
      if (bareAllowed > 0 && k === last + 1 && !lex.reportingForms.has(w.norm) && !lex.notNames.has(w.norm) && !/[\u064B-\u064D]/.test(w.text)) { bareAllowed--; last = k; continue; }
      break;
    }
    const span = { start: tokens[j].start, end: tokens[last].end };
    const head = headKey(tokens[j].norm);
    const text = name || plain(tokenText(j, last));
    const single = last === j;
    // A bare definite head (الوزارة، الصحيفة) refers back to the body of that kind named before.
    return { entity: refer('organization', head, span, text, !single || !tokens[j].norm.startsWith('ال') || lex.places.has(tokens[j].norm) || lex.orgNames.has(tokens[j].norm)), span, lastToken: last };
  }

  function stopsPhrase(w: Token): boolean {
    const n = w.norm;
    return lex.functionWords.has(n) || lex.reportingForms.has(n) || COMPLEMENTIZERS.has(n) || lex.honorifics.has(n) || lex.titleHeads.has(n) ||
      /^(و|ف)?(قال|اضاف)/.test(n) || /^[0-9\u0660-\u0669]/.test(n);
  }

  /** Length of the multi-word body or place name starting at token j (0 when none). */
  function startsMultiWord(j: number): number {
    for (const words of lex.multiWordByFirst.get(tokens[j]?.norm ?? '') ?? []) {
      let ok = true;
      for (let k = 1; k < words.length; k++) {
        const w = tokens[j + k];
        if (!w || w.kind !== 'word' || w.norm !== words[k]) { ok = false; break; }
      }
      if (ok) return words.length;
    }
    return 0;
  }

  function tokenText(a: number, b: number): string {
    return doc.text.slice(tokens[a].start, tokens[b].end);
  }
}
