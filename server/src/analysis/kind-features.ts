// The features of a quote for the learned speech-or-term model (kind-model.ts): the hand rules' verdict
// and, around it, what a reader looks at — the words right before and after the marks, a reporting verb
// in the sentence and how far back, a complementizer (إن/أن/بأن) or a preposition glued to the mark, a
// noun of a work or a named thing a few words before, the quote's length and shape (a clause with
// pronouns and particles, or a noun phrase; letters spelled out with dots, Latin letters, digits).
// Each feature is a string; the model's weights are learned from the gold kinds (scripts/train/kinds.ts).
import type { Doc, QuoteSpan } from './document';
import type { Lexicon } from './lexicon';
import type { PeopleResult } from './people';
import { stripIn, stripType } from './people/clitics';
import type { CueIndex } from './cue-index';
import type { KindDecision } from './kinds';
import { REPORTED_SLOT } from './lexicon/kind-cues';
import type { Token } from './tokens';

export interface FeatureContext {
  readonly doc: Doc;
  readonly people: PeopleResult;
  readonly cues: CueIndex;
  readonly lex: Lexicon;
  /** The hand rules' decisions for every quote (a nested quote looks at its parent's). */
  readonly rules: readonly KindDecision[];
}

const SENTENCE_END = /^[.!?؟…]$/;

export function kindFeatures(ctx: FeatureContext, qi: number): string[] {
  const q = ctx.doc.quotes[qi];
  const words = innerWords(ctx.doc, q);
  const f: string[] = [`rule:${ruleCode(ctx.rules[qi].reason)}`];
  const len = lengthBucket(words.length);
  f.push(`len:${len}`);
  f.push(...shapeFeatures(ctx, q, words));
  f.push(...beforeFeatures(ctx, q));
  f.push(...afterFeatures(ctx, q));
  const cue = cueFeatures(ctx, q, qi);
  f.push(...cue);
  f.push(`len:${len}|${cue[0]}`);
  f.push(`len:${len}|rule:${ruleCode(ctx.rules[qi].reason)}`);
  f.push(q.parent >= 0 ? `parent:${ctx.rules[q.parent].kind}` : 'parent:none');
  return f;
}

/** The rule's reason without the word it quotes (the marks name a صحيفة → the marks name a thing). */
export function ruleCode(reason: string): string {
  return reason.startsWith('the marks name a') ? 'the marks name a thing' : reason;
}

function lengthBucket(n: number): string {
  if (n <= 4) return String(n);
  if (n <= 6) return '5-6';
  if (n <= 9) return '7-9';
  return '10+';
}

/** Token indices of the words between the marks at the quote's own depth (at most 14). */
function innerWords(doc: Doc, q: QuoteSpan): number[] {
  const out: number[] = [];
  for (let k = q.openTok + 1; k < q.closeTok && out.length < 14; k++) if (doc.tokens[k].kind === 'word') out.push(k);
  return out;
}

/** What the quoted words look like: a clause, a noun phrase, a name, a spelled-out foreign word. */
function shapeFeatures(ctx: FeatureContext, q: QuoteSpan, words: number[]): string[] {
  const { tokens } = ctx.doc;
  const { lex } = ctx;
  const f: string[] = [];
  const inner = ctx.doc.text.slice(q.start + 1, q.end - 1);
  if (/[A-Za-z]/.test(inner)) f.push('shape:latin');
  if (/[\u0621-\u064a]\.[\u0621-\u064a]/.test(inner)) f.push('shape:dotted-letters');
  if (/[0-9\u0660-\u0669]/.test(inner)) f.push('shape:digits');
  if (/[.!?؟،,:؛]/.test(inner)) f.push('shape:inner-punct');
  if (/[.!?؟…]\s*$/.test(inner)) f.push('shape:ends-like-a-sentence');
  if (q.closeTok - q.openTok > words.length + 1 && /[«“"]/.test(inner)) f.push('shape:holds-a-quote');
  if (!words.length) return f;
  const norms = words.map((w) => tokens[w].norm);
  const first = norms[0];
  f.push(`first:${first}`);
  if (/^(و|ف|ب|ل|ك)?ال|^لل/.test(first)) f.push('first:definite');
  if (norms.every((w) => /^(و|ف|ب|ل|ك)?ال|^لل/.test(w))) f.push('all-definite');
  if (norms.some((w) => lex.clauseWords.has(w) || stripIn(w, lex.clauseWords))) f.push('has:clause-word');
  if (norms.some((w) => lex.functionWords.has(w))) f.push('has:function-word');
  if (/^[يتن]/.test(first) && first.length >= 4 && !first.startsWith('ال')) f.push('first:imperfect-like');
  if (lex.orgHeads.has(first) || lex.termDesignators.has(first) || lex.workNouns.has(first)) f.push('first:names-a-thing');
  if (isAName(ctx, words)) f.push('is:a-name');
  if (words.length === 1 && !/^(و|ف|ب|ل|ك)?ال/.test(first)) f.push('one-word:indefinite');
  return f;
}

function isAName(ctx: FeatureContext, words: number[]): boolean {
  const { tokens } = ctx.doc;
  const m = ctx.people.byFirstToken.get(words[0]);
  if (m && m.last === words[words.length - 1]) return true;
  if (words.length === 1) return stripType(tokens[words[0]].type, ctx.lex.namedThings) !== null;
  return ctx.lex.multiWordNames.has(words.map((w) => tokens[w].norm).join(' '));
}

/** The words before the opening mark: the one right before, the one before it, a work noun a few back. */
function beforeFeatures(ctx: FeatureContext, q: QuoteSpan): string[] {
  const { tokens } = ctx.doc;
  const { lex } = ctx;
  const f: string[] = [];
  const p = tokens[q.openTok - 1];
  if (!p || p.kind === 'break' || p.line !== tokens[q.openTok].line) return ['prev:line-start'];
  if (p.kind === 'punct') {
    f.push(`prev:punct:${p.text}`);
    if (SENTENCE_END.test(p.text)) f.push('prev:sentence-start');
  } else {
    f.push(`prev:${p.norm}`, ...wordClass('prev', p, lex));
    if (p.end === q.start) f.push(`prev:glued:${p.norm.slice(-1)}`);
    const p2 = tokens[q.openTok - 2];
    if (p2 && p2.kind === 'word') f.push(`prev2:${p2.norm}`);
  }
  if (workNounBefore(tokens, q.openTok, lex)) f.push('work-noun-before');
  return f;
}

function wordClass(side: string, t: Token, lex: Lexicon): string[] {
  const f: string[] = [];
  if (REPORTED_SLOT.test(t.norm)) f.push(`${side}:complementizer`);
  if (stripType(t.type, lex.termDesignators)) f.push(`${side}:designator`);
  if (lex.namePrepositions.has(t.norm)) f.push(`${side}:preposition`);
  if (lex.reportingForms.has(t.norm) || stripType(t.type, lex.reportingForms)) f.push(`${side}:reporting-verb`);
  return f;
}

/** A noun of a work or named thing among the three words before the mark (فيلمه الجديد «…»). */
function workNounBefore(tokens: readonly Token[], openTok: number, lex: Lexicon): boolean {
  let seen = 0;
  for (let k = openTok - 1; k >= 0 && seen < 3; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') { if (t.text === ':' ) continue; return false; }
    if (lex.workNouns.has(t.norm) || stripType(t.type, lex.workNouns)) return true;
    seen++;
  }
  return false;
}

/** The words after the closing mark: punctuation, the next word, a reporting verb within three words. */
function afterFeatures(ctx: FeatureContext, q: QuoteSpan): string[] {
  const { tokens } = ctx.doc;
  const n = tokens[q.closeTok + 1];
  if (!n || n.kind === 'break') return ['next:line-end'];
  if (n.kind === 'punct') return [`next:punct:${n.text}`, ...(cueSoonAfter(ctx, q) ? ['next:cue-after-punct'] : [])];
  const f = [`next:${n.norm}`, ...wordClass('next', n, ctx.lex)];
  if (cueSoonAfter(ctx, q)) f.push('next:cue-soon');
  return f;
}

function cueSoonAfter(ctx: FeatureContext, q: QuoteSpan): boolean {
  const { tokens } = ctx.doc;
  let seen = 0;
  for (let k = q.closeTok + 1; k < tokens.length && seen < 3; k++) {
    const t = tokens[k];
    if (t.kind === 'break' || (t.kind === 'punct' && SENTENCE_END.test(t.text))) return false;
    if (t.kind !== 'word') continue;
    if (ctx.cues.at.has(k)) return true;
    seen++;
  }
  return false;
}

/** The nearest reporting verb before the quote in its sentence: whether there is one, how far, its verb,
 *  and whether a complementizer stands between it and the quote (the quote is in the reported clause). */
function cueFeatures(ctx: FeatureContext, q: QuoteSpan, qi: number): string[] {
  const cue = ctx.cues.inSentence[qi];
  if (!cue) return ['cue:none'];
  const { tokens } = ctx.doc;
  const d = q.openTok - cue.token;
  const f = [d <= 3 ? 'cue:near' : d <= 10 ? 'cue:mid' : 'cue:far', `cue:${cue.kind}`, `cue:lemma:${cue.lemma}`];
  for (let k = q.openTok - 1; k > cue.token && k > q.openTok - 40; k--) {
    if (tokens[k].kind === 'word' && tokens[k].norm.length > 1 && REPORTED_SLOT.test(tokens[k].norm)) { f.push('cue:complementizer-between'); break; }
  }
  if (cue.entity === null) f.push('cue:no-speaker');
  return f;
}
