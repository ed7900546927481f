// Speech or term: are the marks around someone's words, or around a name, a title or a term?
//
// In order: a word before the marks that names a kind of thing (تنظيم «…», صحيفة “…”, بعنوان "…") makes a
// term; marks around exactly a person's, body's or place's name make a term; a short phrase inside a
// speech quote is a term; a long passage is speech; a short one is speech only where words are being
// reported (a reporting verb in the same sentence, a colon before it, a cue right after it).
// Then, unless the quote is empty or a number, a learned model (kind-model.ts) weighs the rules' verdict
// together with the words around the quote and its shape (kind-features.ts) and has the last word.
import type { QuoteKind } from './types';
import type { Doc, QuoteSpan } from './document';
import type { Lexicon } from './lexicon';
import type { PeopleResult } from './people';
import { stripIn, stripType } from './people/clitics';
import type { CueIndex } from './cue-index';
import { kindFeatures } from './kind-features';
import { REPORTED_SLOT } from './lexicon/kind-cues';
import { defaultKindModel, type KindModel } from './kind-model';
import { IndexesByKey, tokenJumps, wordsAhead, wordsBetween } from './token-jumps';
import { CLAUSE_PUNCT, DOT } from './token-classes';

export interface KindDecision {
  readonly kind: QuoteKind;
  readonly reason: string;
  /** Settled by the rules alone (no words, a number): the model is not asked. */
  readonly certain?: boolean;
}

const LONG = 5;
/** A definite word: the article, after a clitic or not (الفضاء، بالأنباء، للأبحاث). */
const DEFINITE = /^(و|ف|ب|ك)?(ال|لل)/;
/** Nouns of speech: they name a term (كلمة «…») only before a short quote. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(['كلمه', 'الكلمه', 'عباره', 'العباره']);
/** Prepositions before a name given as an example or a place (مثل «…»، لدى «…»), normalised. */
const NAMING_PREPOSITIONS: ReadonlySet<string> = new Set(['مثل', 'لدي', 'ومثل']);
/** The passive verbs of saying, normalised: a saying may follow them a few words on. */
const PASSIVE_SAYING: ReadonlySet<string> = new Set(['قيل', 'يقال']);
/** إن/أن/بأن/لأن with no pronoun attached, normalised. */
const BARE_COMPLEMENTIZER = /^(و|ف)?(ان|بان|لان)$/;
/** Relative pronouns, normalised (التي، الذي، الذين). */
const RELATIVE: ReadonlySet<string> = new Set(['التي', 'الذي', 'الذين', 'اللتي', 'اللذين']);
/** Words that introduce a title or a name after a colon (بعنوان: «…», كتاب: «…», وسم: «…»). */
const TITLE_INTRODUCERS = /^(و|ب)?(عنوان|بعنوان|عنوانه|عنوانها|شعار|اسم|باسم|كتاب|كتابه|وسم|هاشتاق|هاشتاج|مسمي|تسميه)$/;

export function classifyKinds(doc: Doc, people: PeopleResult, cues: CueIndex, lex: Lexicon, model: KindModel | null = defaultKindModel): KindDecision[] {
  const rules = ruleKinds(doc, people, cues, lex);
  if (!model) return rules;
  const ctx = { doc, people, cues, lex, rules };
  return rules.map((r, qi) => (r.certain ? r : learnedKind(model, kindFeatures(ctx, qi), r)));
}

function learnedKind(model: KindModel, features: readonly string[], rule: KindDecision): KindDecision {
  const { p, strongest } = model.score(features, rule.kind === 'speech');
  const kind: QuoteKind = p >= 0.5 ? 'speech' : 'term';
  return { kind, reason: `learned: ${(kind === 'speech' ? p : 1 - p).toFixed(2)} ${kind}, most of all for ${strongest || 'the prior'} (rules: ${rule.reason})` };
}

/** The hand rules alone (the model's first feature). */
export function ruleKinds(doc: Doc, people: PeopleResult, cues: CueIndex, lex: Lexicon): KindDecision[] {
  const { tokens } = doc;
  if (!doc.quotes.length) return []; // (and the indexes below are not built for a text of stray marks)
  const cueAt = cues.at;
  // Scans inside and after a quote jump over punctuation, so that nested quotes stay linear: the
  // letter dots (prefix counts) and the sentence punctuation by depth are indexed once.
  const { classes } = doc;
  const jumps = tokenJumps(tokens, classes);
  const letterDots = new Int32Array(tokens.length + 1);
  const sentencePunctByDepth = new IndexesByKey();
  for (let k = 0; k < tokens.length; k++) {
    const c = classes[k];
    // (only a full stop can be a letter dot; the sentence punctuation is . ! ? ؟ ، , :)
    const dot = (c & DOT) !== 0 && isLetterDot(k);
    letterDots[k + 1] = letterDots[k] + (dot ? 1 : 0);
    if (!dot && c & CLAUSE_PUNCT) sentencePunctByDepth.add(doc.depth[k], k);
  }
  const joinedWords = new IndexesByKey(); // offsets of a _ between two characters that are neither space nor _
  for (let i = doc.text.indexOf('_'); i >= 0; i = doc.text.indexOf('_', i + 1)) {
    if (i > 0 && /[^\s_]/.test(doc.text[i - 1]) && i + 1 < doc.text.length && /[^\s_]/.test(doc.text[i + 1])) joinedWords.add(0, i);
  }
  // Each quoted text (its first six words) with the two tokens before its mark, where it recurs: the same
  // words quoted again after other words are a name; a sentence written twice (a paragraph repeated
  // in the copy) quotes them after the same words and says nothing of the kind.
  const quotedTexts = new Map<string, Set<string>>();
  for (const q of doc.quotes) {
    const s = wordsBetween(jumps, q.openTok + 1, q.closeTok, 6).map((k) => tokens[k].norm).join(' ');
    const contexts = quotedTexts.get(s) ?? new Set<string>();
    contexts.add(`${tokens[q.openTok - 2]?.norm ?? ''} ${tokens[q.openTok - 1]?.norm ?? ''}`);
    quotedTexts.set(s, contexts);
  }
  const out: KindDecision[] = [];
  doc.quotes.forEach((q, qi) => {
    out.push(decide(q, qi));
  });
  return out;

  function decide(q: QuoteSpan, qi: number): KindDecision {
    // Counting stops at 14 words: nothing below depends on more. The punctuation looked at is what
    // lies before the 14th word (or the closing mark).
    const words = wordsBetween(jumps, q.openTok + 1, q.closeTok, 14);
    const scanEnd = words.length === 14 ? words[13] + 1 : q.closeTok;
    const scanStart = Math.min(q.openTok + 1, scanEnd);
    const spelledOut = letterDots[scanEnd] > letterDots[scanStart];
    const sentencePunct = sentencePunctByDepth.anyIn(doc.depth[q.openTok] + 1, scanStart, scanEnd);
    const n = words.length;
    if (n === 0) return { kind: 'term', reason: 'no words between the marks', certain: true };
    if (words.every((w) => /^[0-9\u0660-\u0669.,٫]+$/.test(tokens[w].text))) return { kind: 'term', reason: 'a number', certain: true };
    // Letters spelled out with dots (إتش.إس.بي.سي) are a foreign name or an abbreviation; a hashtag
    // (#…, words joined by _) or a few words in Latin letters are a name too.
    if (spelledOut && n <= 6 && !holdsClauseWords(words)) return { kind: 'term', reason: 'a name spelled out letter by letter' };
    if (n <= 8 && isHashtagOrLatinName(q, words)) return { kind: 'term', reason: 'a hashtag or a name in Latin letters' };
    const prev = previousWord(q.openTok);
    // A title after بعنوان/شعار/وسم may hold punctuation of its own («الأسر المنتجة.. اكتفاء ذاتي»).
    const titled = prev >= 0 && TITLE_INTRODUCERS.test(tokens[prev].norm) && n <= 20;
    const designator = titled ? prev : n <= 12 && !sentencePunct ? designatorBefore(q.openTok, prev, words) : -1;
    if (designator >= 0 && !predicateOfReportedClause(q, designator, words)) return { kind: 'term', reason: `the marks name a ${tokens[designator].text}` };
    if (introducedAsASaying(q.openTok)) return { kind: 'term', reason: 'a saying or a proverb (كما قيل «…»)' };
    if (n <= 2 && lex.occasionHeads.has(tokens[words[0]].norm) && !holdsClauseWords(words)) return { kind: 'term', reason: 'the name of an occasion' };
    if (n <= 4 && prev >= 0 && tokens[prev].norm === 'ال' && tokens[prev].end >= q.start - 1) return { kind: 'term', reason: 'a name with the article written outside the marks (الـ«…»)' };
    if (n <= 4 && prev >= 0 && tokens[prev].end === q.start && tokens[prev].norm === 'ل') return { kind: 'term', reason: 'لـ«…» names whom or what it is for' };
    if (n <= 4 && prev >= 0 && NAMING_PREPOSITIONS.has(tokens[prev].norm)) return { kind: 'term', reason: `a name after ${tokens[prev].text}` };
    if (prev >= 0 && describesItsObject(prev)) return { kind: 'speech', reason: 'the words a verb of saying or describing puts on its object' };
    // The quoted words themselves start with the kind of thing they name (مركز الملك سلمان للإغاثة).
    // After إن/أن only when the clause goes on past the marks: then the quote is its subject (فإن «مركز …» استعد).
    const afterComplementizer = prev >= 0 && REPORTED_SLOT.test(tokens[prev].norm) && !clauseGoesOn(q);
    if (n <= 8 && !sentencePunct && !afterComplementizer && !colonBefore(q) && (lex.orgHeads.has(tokens[words[0]].norm) || lex.termDesignators.has(tokens[words[0]].norm))) {
      return { kind: 'term', reason: 'the quoted words are the name of a body or a thing' };
    }
    if (n <= 4 && !sentencePunct && prev >= 0 && prev === q.openTok - 1 && subjectOfReportedClause(q, words)) return { kind: 'term', reason: 'the named subject of the clause after إن/أن' };
    if (n <= 6 && !sentencePunct && !holdsClauseWords(words) && qualifiedAsAThing(q)) return { kind: 'term', reason: `a thing with a name: ${tokens[q.closeTok + 1].text} after the marks` };
    if (isAName(words)) return { kind: 'term', reason: 'the marks enclose a name' };
    const parent = q.parent >= 0 ? out[q.parent] : undefined;
    if (parent && parent.kind === 'speech' && n <= 3 && !colonBefore(q)) return { kind: 'term', reason: 'a short phrase set off inside a quote' };
    if (n >= LONG || (sentencePunct && n >= 3)) return { kind: 'speech', reason: 'a passage of reported words' };
    if (colonBefore(q) && !cues.inSentence[qi] && workNounBeforeColon(q.openTok - 1)) return { kind: 'term', reason: 'a title in a list of works' };
    if (colonBefore(q)) return { kind: 'speech', reason: 'introduced by a colon' };
    // Right after the verb, a short quoted phrase is its subject: a name (أصدرت "مكتبة الإسكندرية" طبعة).
    const before = tokens[q.openTok - 1];
    if (before && before.kind === 'word' && cueAt.get(q.openTok - 1)?.kind === 'verb') {
      return { kind: 'term', reason: 'a name written as the subject of the verb' };
    }
    // A cue right after: «…»، قال X. A phrase of one or two words needs the comma (otherwise it is the
    // subject of that verb: «أسمنت ينبع» يوصي …).
    if (cueAfter(q, n <= 2)) return { kind: 'speech', reason: 'reported words followed by who said them' };
    // One or two words are speech only where reported words go: after بأنه/إن/أن, glued to a
    // preposition (بـ«…»), near the reporting verb, or inside the clause it introduces; three or four
    // words anywhere in a reported sentence.
    if (recurs(words, qi) && !reportedSlotDirect(q)) return { kind: 'term', reason: 'the same words are quoted again in the article: a name' };
    if (n <= 2 ? reportedSlot(q, qi, n === 1 ? 4 : 6) : cues.inSentence[qi] !== undefined) return { kind: 'speech', reason: 'a phrase quoted within reported speech' };
    return { kind: 'term', reason: 'a short phrase with no reporting verb' };
  }

  function previousWord(openTok: number): number {
    // بعنوان: «…» — through a colon only a word that introduces a title (not وقالت الصحيفة: «…»).
    let k = openTok - 1;
    if (k > 0 && tokens[k].kind === 'punct' && tokens[k].text === ':' && tokens[k - 1]?.kind === 'word' && TITLE_INTRODUCERS.test(tokens[k - 1].norm)) k--;
    if (k < 0 || tokens[k].kind !== 'word' || tokens[k].line !== tokens[openTok].line) return -1;
    return k;
  }

  function designates(k: number): boolean {
    return stripType(tokens[k].type, lex.termDesignators) !== null || stripType(tokens[k].type, lex.workNouns) !== null;
  }

  /** The word before the marks, or up to two words further back through definite words (شركة الأبحاث
   *  «…»، وكالة الأنباء الألمانية «…»), that names the kind of thing quoted; -1 if none. Further back,
   *  the quote must read as a name (no pronouns or particles). A noun of speech (كلمة، عبارة) names a
   *  term only when the quote is short. */
  function designatorBefore(openTok: number, prev: number, words: number[]): number {
    if (prev < 0) return -1;
    const maxHops = words.length <= 6 && !holdsClauseWords(words) ? 3 : 1;
    for (let k = prev, hops = 0; k >= 0 && hops < maxHops; k--, hops++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.line !== tokens[openTok].line) return -1;
      // بـ written apart after a naming word (الملقب بـ«…»، المعروف بـ«…»): look at the word before it.
      if (k === prev && /^(ب|ك)$/.test(t.norm) && t.end === tokens[openTok].start) { hops--; continue; }
      if (designates(k) && !(words.length >= 5 && stripType(t.type, SPEECH_NOUNS))) return k;
      if (!DEFINITE.test(t.norm) || lex.functionWords.has(t.norm) || cueAt.has(k)) return -1;
    }
    return -1;
  }

  /** أن القرار «خطوة متأخرة».: after إن/أن a definite noun and an indefinite quote that ends the
   *  clause make a nominal sentence; the quote is what is said of the noun, not its name. */
  function predicateOfReportedClause(q: QuoteSpan, designator: number, words: number[]): boolean {
    const before = tokens[designator - 1];
    return designator === q.openTok - 1 && DEFINITE.test(tokens[designator].norm) && !DEFINITE.test(tokens[words[0]].norm) &&
      !!before && before.kind === 'word' && before.norm.length > 1 && REPORTED_SLOT.test(before.norm) && !clauseGoesOn(q);
  }

  /** A dot glued between two letters (إتش.إس): part of a spelled-out name, not the end of a sentence. */
  function isLetterDot(k: number): boolean {
    const t = tokens[k];
    const a = tokens[k - 1];
    const b = tokens[k + 1];
    if (t.text !== '.' || a?.kind !== 'word' || b?.kind !== 'word' || a.end !== t.start || /^[0-9]/.test(b.text)) return false;
    if (t.end === b.start) return a.text.length <= 4 && b.text.length <= 4;
    // Spaced (يو. إس. بي): letter names of two or three letters on both sides, and another such dot next.
    const c = tokens[k + 2];
    return a.text.length <= 3 && b.text.length <= 3 && !!c && c.text === '.' && c.start === b.end;
  }

  /** إن/أن (with no pronoun of its own), then the quote, then the rest of the clause outside the marks
   *  (أن «منظومة …» تسير، فإن «الأسود» سيواجهون): the quote is the clause's subject, a name. Reported
   *  words would run on into the predicate; a relative clause after it (الذي …) leaves that open. */
  function subjectOfReportedClause(q: QuoteSpan, words: number[]): boolean {
    const p = tokens[q.openTok - 1];
    const next = tokens[q.closeTok + 1];
    return BARE_COMPLEMENTIZER.test(p.norm) && clauseGoesOn(q) && !holdsClauseWords(words) && !RELATIVE.has(next.norm) && !lex.functionWords.has(next.norm);
  }

  /** المثل/المأثور right before the marks, or قيل/يقال among the three words before them, through a
   *  colon too (كما قيل في السابق: «…»). */
  function introducedAsASaying(openTok: number): boolean {
    let k = openTok - 1;
    if (k > 0 && tokens[k].kind === 'punct' && tokens[k].text === ':') k--;
    for (let seen = 0; k >= 0 && seen < 3; k--, seen++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.line !== tokens[openTok].line) return false;
      const hit = stripType(t.type, lex.sayingIntroducers);
      if (hit && (seen === 0 || PASSIVE_SAYING.has(hit[1]))) return true;
    }
    return false;
  }

  /** A word (not punctuation) follows the closing mark on the same line. */
  function clauseGoesOn(q: QuoteSpan): boolean {
    const t = tokens[q.closeTok + 1];
    return !!t && t.kind === 'word' && t.line === tokens[q.closeTok].line;
  }

  /** An adjective right after the closing mark qualifies the quoted words as a named thing («…» الجديد). */
  function qualifiedAsAThing(q: QuoteSpan): boolean {
    const t = tokens[q.closeTok + 1];
    return !!t && t.kind === 'word' && lex.nameFollowers.has(t.norm);
  }

  function isHashtagOrLatinName(q: QuoteSpan, words: number[]): boolean {
    // The inner text trimmed, as offsets: the runs of space skipped belong to this quote alone.
    const text = doc.text;
    let a = q.start + 1;
    let b = q.end - 1;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (a === b) return false;
    // words joined by _ (indexed once for the text: a nested quote would scan its parents' text again).
    if (text[a] === '#' || joinedWords.anyIn(0, a + 1, b - 1)) return true;
    return words.length <= 4 && /^[A-Za-z0-9][A-Za-z0-9 .&'+-]*$/.test(text.slice(a, b));
  }

  function holdsClauseWords(words: number[]): boolean {
    return words.some((w) => lex.clauseWords.has(tokens[w].norm));
  }

  /** A reporting verb carrying its object (وصفها، يعتبره) right before the marks: what follows is the
   *  description it gives, in the speaker's words (وصفها «مخيبة»، يعتبره «خطيراً»). */
  function describesItsObject(k: number): boolean {
    const c = cueAt.get(k);
    if (!c || c.kind !== 'verb') return false;
    const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(stripType(tokens[k].type, lex.reportingForms)?.[1] ?? '');
    return !!m && lex.reportingForms.has(m[1]);
  }

  /** Before a colon with no reporting verb in the sentence, a noun of works a few words back (وأغاني
   *  الألبوم هي: «…»): the quotes are the titles listed. */
  function workNounBeforeColon(colon: number): boolean {
    for (let k = colon - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
      const t = tokens[k];
      if (t.kind !== 'word') return false;
      if (stripType(t.type, lex.workNouns)) return true;
    }
    return false;
  }

  function isAName(words: number[]): boolean {
    const first = words[0];
    const m = people.byFirstToken.get(first);
    if (m && m.last === words[words.length - 1]) return true;
    if (words.length === 1) {
      const n = tokens[first].norm;
      return stripIn(n, lex.namedThings) !== null;
    }
    return words.length <= 6 && lex.multiWordNames.has(words.map((w) => tokens[w].norm).join(' '));
  }

  /** The same words stand in quotation marks elsewhere in the article. */
  function recurs(words: number[], qi: number): boolean {
    const key = words.map((w) => tokens[w].norm).join(' ');
    return (quotedTexts.get(key)?.size ?? 0) > 1 && qi >= 0;
  }

  function reportedSlotDirect(q: QuoteSpan): boolean {
    const p = tokens[q.openTok - 1];
    return !!p && p.kind === 'word' && REPORTED_SLOT.test(p.norm);
  }

  /** One quoted word is speech right after إن/أن/بأنه, glued to a preposition (بـ«…»), near the verb, or
   *  inside the clause a reporting verb introduces (a complementizer between the verb and the word). */
  function reportedSlot(q: QuoteSpan, qi: number, near: number): boolean {
    const cue = cues.inSentence[qi];
    if (!cue) return false;
    const p = tokens[q.openTok - 1];
    // Glued to بـ/كـ (بـ«تمويل»); not لـ«…», which names whom it was said to (لـ«عكاظ»).
    if (p && p.kind === 'word' && ((p.end === q.start && /^[بك]$/.test(p.norm)) || REPORTED_SLOT.test(p.norm))) return true;
    if (q.openTok - cue.token <= near) return true;
    // A complementizer between the verb and the word: the word is inside the reported clause; or a
    // relative pronoun: inside the clause that describes the verb's object (انتقد سياساتٍ التي تفضي إلى «…»).
    for (let k = q.openTok - 1; k > cue.token && k > q.openTok - 40; k--) {
      if (tokens[k].kind === 'word' && tokens[k].norm.length > 1 && (REPORTED_SLOT.test(tokens[k].norm) || RELATIVE.has(tokens[k].norm))) return true;
    }
    return false;
  }

  function colonBefore(q: QuoteSpan): boolean {
    const p = tokens[q.openTok - 1];
    return !!p && p.kind === 'punct' && (p.text === ':' || p.text === '：');
  }

  /** A cue among the three words after the closing mark, before a line break or a sentence end (after
   *  a comma when needComma). */
  function cueAfter(q: QuoteSpan, needComma: boolean): boolean {
    const ahead = wordsAhead(jumps, tokens, q.closeTok + 1, 3);
    const i = ahead.words.findIndex((k) => cueAt.has(k));
    return i >= 0 && (ahead.commaBefore[i] || !needComma);
  }
}
