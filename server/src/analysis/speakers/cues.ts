// The scan over a document's tokens (outside quotes) that finds its reporting cues, in order: reporting
// verbs and participles (قال، أضاف، مضيفاً), "according to" words (بحسب، وفقاً لـ), nouns of saying
// (على حد قوله، نقل عن X قوله) and جاء في (جاء في البيان، جاء فيه). Each cue is credited to its subject
// when it names one, else to whom the running topic points (a person who opens a sentence, the last
// speaker of the verb's gender, the last person named).
import type { Span } from '../types';
import type { Doc } from '../document';
import type { Lexicon } from '../lexicon';
import type { PeopleResult } from '../people';
import { stripType } from '../people/clitics';
import type { Token } from '../tokens';
import { DOCUMENT_NOUNS, type Subject, type SubjectParser } from './subjects';
import { verbGender, type Topic } from './topic';
import type { DocLines } from '../reuse';

export interface Cue extends Span {
  readonly token: number;
  readonly text: string;
  readonly lemma: string;
  readonly kind: 'verb' | 'participle' | 'according';
  readonly entity: number | null;
  readonly subject: Span | null;
  readonly explicit: boolean;
  /** The gender of the subject the verb's form shows (قالت → f, قال → m), when it shows one. */
  readonly gender: 'm' | 'f' | null;
}

/** Words that may open a sentence before its topic: أما X ف…، بدوره، من جهته، وكان X. */
const TOPIC_OPENERS: ReadonlySet<string> = new Set(['اما', 'واما', 'بدوره', 'بدورها', 'من', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'وكان', 'وكانت', 'كان', 'كانت', 'فيما', 'بينما', 'و', 'ثم']);
/** قوله، بقوله، قولها، تعبيره …: a noun of saying used as a cue. */
const SAYING = /^(ب|ل|و|وب)?(قوله|قولها|قولهم|تعبيره|تعبيرها|وصفه|وصفها|القول|لقول)$/;
/** جاء (came), which with في (in) cites a statement: جاء في البيان. */
const CAME = /^(و|ف)?جاء$/;
/** How far back (in tokens) a noun of saying looks for عن X (نقل عن X قوله). */
const SAYING_REACH = 14;

/** Per token: 1 inside a role phrase the people stage found. */
export function roleMask(tokens: readonly Token[], people: PeopleResult): Uint8Array {
  const inRole = new Uint8Array(tokens.length);
  for (const [head, r] of people.roles) inRole.fill(1, head, r.last + 1);
  return inRole;
}

/** Only a role, article-words or a topic particle (أما، بدوره، من جهته، وكان) stand between the
 *  sentence start and token i (looking back at most eight tokens). */
export function opensSentence(doc: Doc, inRole: Uint8Array, i: number): boolean {
  const { tokens } = doc;
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

/** A word one of the cue readers may take: a reporting verb or participle (bare or after و/ف), an
 *  "according to" word, a noun of saying or جاء. Depends on the word alone (and the lexicon). */
export function cueWord(t: Token, lex: Lexicon): boolean {
  if (t.kind !== 'word') return false;
  const hit = stripType(t.type, lex.reportingForms);
  if (hit && (hit[0] === 0 || /^(و|ف)$/.test(t.norm.slice(0, hit[0])))) return true;
  return !!stripType(t.type, lex.accordingTo) || SAYING.test(t.norm) || CAME.test(t.norm);
}

export class CueScanner {
  private readonly tokens: readonly Token[];
  private readonly inRole: Uint8Array;
  private readonly cues: Cue[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly people: PeopleResult,
    private readonly lex: Lexicon,
    private readonly subjects: SubjectParser,
    private readonly topic: Topic,
  ) {
    this.tokens = doc.tokens;
    this.inRole = roleMask(doc.tokens, people);
  }

  /** Every cue outside quotes, in document order. Each reader returns the last token it consumed, or
   *  null (having done nothing) when the word is not its kind of cue: only the words where one of them
   *  may act are visited (a mention's first word, a word cueWord marks). With `lines` (reuse.ts), each
   *  line's marks are kept by its text. */
  scan(lines?: DocLines): Cue[] {
    const visit = this.wordsToVisit(lines);
    const depth = this.doc.depth;
    for (let i = 0; i < visit.length; i++) {
      if (!visit[i] || depth[i] > 0) continue;
      i = this.mention(i) ?? this.reportingVerb(i) ?? this.accordingTo(i) ?? this.nounOfSaying(i) ?? this.citedStatement(i) ?? i;
    }
    return this.cues;
  }

  /** Per token: 1 for a word that may be a cue (cueWord) or that starts a person's mention. */
  private wordsToVisit(lines?: DocLines): Uint8Array {
    const { tokens, lex } = this;
    const visit = new Uint8Array(tokens.length);
    if (lines) {
      for (let l = 0; l < lines.count; l++) {
        const from = lines.tokenStart[l];
        const entry = lines.entries[l];
        if (!entry.cueWords) {
          const marks = new Uint8Array(lines.tokenEnd[l] - from);
          for (let j = 0; j < marks.length; j++) marks[j] = cueWord(tokens[from + j], lex) ? 1 : 0;
          entry.cueWords = marks;
        }
        visit.set(entry.cueWords, from);
      }
    } else {
      for (let i = 0; i < tokens.length; i++) if (cueWord(tokens[i], lex)) visit[i] = 1;
    }
    for (const first of this.people.byFirstToken.keys()) visit[first] = 1;
    return visit;
  }

  /** A person named: the last person; the topic when they open a sentence (أما الكاتب فلان فغمز …). */
  private mention(i: number): number | null {
    const mention = this.people.byFirstToken.get(i);
    if (!mention) return null;
    this.topic.named(mention.person);
    if (opensSentence(this.doc, this.inRole, i)) this.topic.introduce(mention.person);
    return i;
  }

  /** قال، وأضاف، فتابع، مضيفاً: a verb's subject is parsed (a participle's is always implicit); with none,
   *  the topic of the verb's gender speaks. */
  private reportingVerb(i: number): number | null {
    const t = this.tokens[i];
    const hit = stripType(t.type, this.lex.reportingForms);
    if (!hit || !(hit[0] === 0 || /^(و|ف)$/.test(t.norm.slice(0, hit[0])))) return null;
    const form = this.lex.reportingVerbs.get(hit[1])!;
    if (form.lemma === 'بين' && this.betweenBefore(i)) return null;
    const subject = form.participle ? null : this.subjects.ofVerb(i, hit[0] > 0);
    const gender = verbGender(hit[1], form.lemma, form.participle);
    const entity = subject ? subject.entity : this.topic.implicit(gender);
    this.add(i, form.lemma, form.participle ? 'participle' : 'verb', entity, subject, !!subject, this.tokens[i].end, gender);
    if (subject) this.topic.introduce(subject.entity);
    else this.topic.credit(entity);
    return subject ? Math.max(i, subject.lastToken) : i;
  }

  /** وبين after بين، بينه، بينها … in its clause is the preposition (الخلاف بينه وبين المجلس), not the verb. */
  private betweenBefore(i: number): boolean {
    const { tokens } = this;
    for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k].kind === 'word'; k--) if (/^(و|ف)?بين/.test(tokens[k].norm)) return true;
    return false;
  }

  /** بحسب X، وفقاً لـ X، نقلاً عن X: an explicit subject after it, or no cue (بحسب ما قال X: the verb is
   *  the cue). */
  private accordingTo(i: number): number | null {
    const { tokens } = this;
    if (!stripType(tokens[i].type, this.lex.accordingTo)) return null;
    let j = i + 1;
    if (tokens[j]?.norm === 'عن' || tokens[j]?.norm === 'ل' || tokens[j]?.norm === 'ما') j++;
    if (tokens[j]?.norm && this.lex.reportingVerbs.has(tokens[j].norm)) return i;
    const subject = this.subjects.parseOrStripped(j);
    if (!subject) return i;
    this.add(i, 'بحسب', 'according', subject.entity, subject);
    this.topic.credit(subject.entity);
    return Math.max(i, subject.lastToken);
  }

  /** على حد قوله، بقوله، نقل عن X قوله: the person after عن in the clause, else the last speaker. */
  private nounOfSaying(i: number): number | null {
    const t = this.tokens[i];
    if (!SAYING.test(t.norm)) return null;
    const fallback = this.topic.current();
    const source = this.sourceBefore(i);
    const entity = source ? source.entity : fallback;
    this.add(i, 'قال', 'participle', entity, null, !!source);
    this.topic.credit(entity);
    return i;
  }

  /** The subject after the nearest عن before token i in its line and clause (نقل عن X قوله), or null. */
  private sourceBefore(i: number): Subject | null {
    const { tokens, doc } = this;
    for (let k = i - 1; k >= 0 && k >= i - SAYING_REACH && tokens[k].line === tokens[i].line && doc.depth[k] === 0; k--) {
      if (tokens[k].norm === 'عن') return this.subjects.parse(k + 1);
    }
    return null;
  }

  /** جاء فيه / فيها (in it: the statement just named): the last speaker. جاء في البيان / في بيان
   *  للوزارة: the body whose statement it is, else the last speaker. */
  private citedStatement(i: number): number | null {
    const { tokens } = this;
    const t = tokens[i];
    if (!CAME.test(t.norm)) return null;
    const next = tokens[i + 1]?.norm;
    if (next === 'فيه' || next === 'فيها') {
      this.add(i, 'جاء في', 'verb', this.topic.current(), null, false, tokens[i + 1].end);
      return i;
    }
    if (next !== 'في' || tokens[i + 2]?.kind !== 'word' || !DOCUMENT_NOUNS.has(tokens[i + 2].norm.replace(/^ال/, ''))) return null;
    const s = this.subjects.parseOrStripped(i + 3);
    const entity = s ? s.entity : this.topic.current();
    this.add(i, 'جاء في', 'verb', entity, s, !!s, tokens[i + 2].end);
    this.topic.credit(entity);
    return s ? Math.max(i + 2, s.lastToken) : i + 2;
  }

  /** Records a cue at token i (up to end), credited to entity; explicit by default when it has a subject. */
  private add(i: number, lemma: string, kind: Cue['kind'], entity: number | null, subject: Subject | null, explicit = !!subject, end = this.tokens[i].end, gender: Cue['gender'] = null): void {
    const t = this.tokens[i];
    this.cues.push({ start: t.start, end, token: i, text: t.text, lemma, kind, entity, subject: subject?.span ?? null, explicit, gender });
  }
}
