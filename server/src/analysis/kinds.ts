// Speech or term: are the marks around someone's words, or around a name, a title or a term?
//
// In order: a word before the marks that names a kind of thing (تنظيم «…», صحيفة “…”, بعنوان "…") makes a
// term; marks around exactly a person's, body's or place's name make a term; a short phrase inside a
// speech quote is a term; a long passage is speech; a short one is speech only where words are being
// reported (a reporting verb in the same sentence, a colon before it, a cue right after it).
import type { QuoteKind } from './types';
import type { Doc, QuoteSpan } from './document';
import type { Lexicon } from './lexicon';
import type { PeopleResult } from './people';
import { stripClitic } from './people';
import type { Cue } from './speakers';

export interface KindDecision {
  readonly kind: QuoteKind;
  readonly reason: string;
}

const LONG = 5;

export function classifyKinds(doc: Doc, people: PeopleResult, cues: readonly Cue[], lex: Lexicon): KindDecision[] {
  const { tokens } = doc;
  const cueAt = new Map<number, Cue>();
  for (const c of cues) cueAt.set(c.token, c);
  const out: KindDecision[] = [];
  doc.quotes.forEach((q, qi) => {
    out.push(decide(q, qi));
  });
  return out;

  function decide(q: QuoteSpan, qi: number): KindDecision {
    const words: number[] = [];
    let sentencePunct = false;
    for (let k = q.openTok + 1; k < q.closeTok; k++) {
      const t = tokens[k];
      if (t.kind === 'word') words.push(k);
      else if (t.kind === 'punct' && /[.!?؟،,:]/.test(t.text) && doc.depth[k] === doc.depth[q.openTok] + 1) sentencePunct = true;
    }
    const n = words.length;
    if (n === 0) return { kind: 'term', reason: 'no words between the marks' };
    const prev = previousWord(q.openTok);
    if (n <= 6 && prev >= 0 && designates(prev)) return { kind: 'term', reason: `the marks name a ${tokens[prev].text}` };
    if (isAName(words)) return { kind: 'term', reason: 'the marks enclose a name' };
    const parent = q.parent >= 0 ? out[q.parent] : undefined;
    if (parent && parent.kind === 'speech' && n <= 3 && !colonBefore(q)) return { kind: 'term', reason: 'a short phrase set off inside a quote' };
    if (n >= LONG || (sentencePunct && n >= 3)) return { kind: 'speech', reason: 'a passage of reported words' };
    if (colonBefore(q)) return { kind: 'speech', reason: 'introduced by a colon' };
    if (cueBefore(q) || cueAfter(q)) return { kind: 'speech', reason: 'a phrase quoted within reported speech' };
    void qi;
    return { kind: 'term', reason: 'a short phrase with no reporting verb' };
  }

  function previousWord(openTok: number): number {
    const k = openTok - 1;
    if (k < 0 || tokens[k].kind !== 'word' || tokens[k].line !== tokens[openTok].line) return -1;
    return k;
  }

  function designates(k: number): boolean {
    const n = tokens[k].norm;
    if (stripClitic(n, (x) => lex.termDesignators.has(x)) !== null) return true;
    // بـ«…» / لـ«…»: a lone clitic glued to the mark says nothing about the kind.
    return false;
  }

  function isAName(words: number[]): boolean {
    const first = words[0];
    const m = people.byFirstToken.get(first);
    if (m && m.last === words[words.length - 1]) return true;
    if (words.length === 1) {
      const n = tokens[first].norm;
      return stripClitic(n, (x) => lex.orgNames.has(x) || lex.places.has(x)) !== null;
    }
    const keys = words.map((w) => tokens[w].norm).join(' ');
    return lex.multiWordOrgs.some((o) => o.join(' ') === keys) || lex.multiWordPlaces.some((o) => o.join(' ') === keys);
  }

  function colonBefore(q: QuoteSpan): boolean {
    const p = tokens[q.openTok - 1];
    return !!p && p.kind === 'punct' && (p.text === ':' || p.text === '：');
  }

  function cueBefore(q: QuoteSpan): boolean {
    const s = doc.sentence[q.openTok];
    const d = doc.depth[q.openTok];
    for (let k = q.openTok - 1; k >= 0 && doc.sentence[k] === s; k--) {
      if (doc.depth[k] !== d) continue;
      if (cueAt.has(k)) return true;
    }
    return false;
  }

  function cueAfter(q: QuoteSpan): boolean {
    let seen = 0;
    for (let k = q.closeTok + 1; k < tokens.length && seen < 3; k++) {
      const t = tokens[k];
      if (t.kind === 'break') return false;
      if (t.kind === 'punct') { if (/[.!?؟]/.test(t.text)) return false; continue; }
      if (cueAt.has(k)) return true;
      seen++;
    }
    return false;
  }
}
