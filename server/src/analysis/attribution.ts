// Who said each speech quote, by rule: the nearest reporting cue before it in its sentence, else a name and a
// colon, else a cue right after it, else the speaker of an earlier sentence of the same paragraph (or of
// a paragraph ending with a colon just before); a quote nested in a speech quote with no cue of its own
// is its enclosing quote's speaker. A cue after the quote counts when its subject is written out, or when it is a
// participle (، مضيفاً), which refers back to its clause's subject. The learned scorer weighs these choices.
import type { AttributionMethod } from './types';
import type { Doc, QuoteSpan } from './document';
import type { KindDecision } from './kinds';
import type { PeopleResult } from './people';
import type { Cue } from './speakers';
import type { CueIndex } from './cue-index';

export interface AttributionDraft {
  readonly entity: number;
  readonly method: AttributionMethod;
  readonly confidence: number;
  readonly cue: Cue | null;
}

export const CONFIDENCE: Record<AttributionMethod, number> = {
  explicit: 0.95, after: 0.9, colon: 0.85, implicit: 0.8, sentence: 0.6, context: 0.6, enclosing: 0.5,
};

/** The rules' speaker of every quote, whatever its kind (the learned scorer weighs them with the rest). */
export function ruleAttributions(doc: Doc, kinds: readonly KindDecision[], cues: CueIndex, people: PeopleResult): (AttributionDraft | null)[] {
  const { tokens } = doc;
  const cueAt = cues.at;
  const byLastToken = new Map<number, number>();
  for (const c of people.clusters) for (const m of c.mentions) byLastToken.set(m.last, m.person);
  const out: (AttributionDraft | null)[] = [];
  doc.quotes.forEach((q, i) => {
    out.push(find(q, i));
  });
  return out;

  function make(entity: number | null, method: AttributionMethod, cue: Cue | null): AttributionDraft | null {
    if (entity === null) return null;
    const m = method === 'explicit' && cue && !cue.explicit ? 'implicit' : method;
    return { entity, method: m, confidence: CONFIDENCE[m], cue };
  }

  function find(q: QuoteSpan, qi: number): AttributionDraft | null {
    const before = cues.inSentence[qi];
    if (before && before.entity !== null) return make(before.entity, 'explicit', before);
    const colon = colonSpeaker(q);
    if (colon !== null) return make(colon, 'colon', null);
    const after = cueAfter(q);
    if (after && after.entity !== null) return make(after.entity, 'after', after);
    if (q.parent >= 0 && kinds[q.parent].kind === 'speech') {
      const p = out[q.parent];
      if (p) return { entity: p.entity, method: 'enclosing', confidence: CONFIDENCE.enclosing, cue: p.cue };
    }
    const earlier = cueEarlierInParagraph(q, qi);
    if (earlier && earlier.entity !== null) return make(earlier.entity, 'sentence', earlier);
    return null;
  }

  function colonSpeaker(q: QuoteSpan): number | null {
    const p = tokens[q.openTok - 1];
    if (!p || p.kind !== 'punct' || p.text !== ':') return null;
    const person = byLastToken.get(q.openTok - 2);
    return person ?? null;
  }

  function cueAfter(q: QuoteSpan): Cue | undefined {
    let seen = 0;
    for (let k = q.closeTok + 1; k < tokens.length && seen < 3; k++) {
      const t = tokens[k];
      if (t.kind === 'break') return undefined;
      if (t.kind === 'punct') { if (/[.!?؟«»“”"]/.test(t.text)) return undefined; continue; }
      const c = cueAt.get(k);
      if (c) return c.explicit || c.kind === 'participle' ? c : undefined;
      seen++;
    }
    return undefined;
  }

  /** The quote is all its paragraph holds, a full stop after it aside. */
  function wholeParagraph(q: QuoteSpan): boolean {
    for (let k = q.closeTok + 1; k < tokens.length && tokens[k].kind !== 'break'; k++) {
      if (tokens[k].kind !== 'punct' || !/^[.!؟?]$/.test(tokens[k].text)) return false;
    }
    return true;
  }

  /** A cue earlier in the same paragraph, or in the previous one when it ends with a colon (or when the
   *  quote is a paragraph of its own and that cue's subject is written out). */
  function cueEarlierInParagraph(q: QuoteSpan, qi: number): Cue | undefined {
    let k = q.openTok - 1;
    if (k >= 0 && tokens[k].kind === 'break') {
      // A paragraph that opens with the quote, after one that ends with a colon.
      while (k >= 0 && tokens[k].kind === 'break') k--;
      if (k < 0) return undefined;
      const last = cues.lastOnLine.get(tokens[k].line);
      if (tokens[k].text === ':') return last;
      // A paragraph that is the quote alone, after a paragraph whose last cue names its speaker (ويعتقد
      // فلان … ⏎ "…"): the words go on with that speaker.
      return last && last.explicit && wholeParagraph(q) ? last : undefined;
    }
    return cues.inLine[qi];
  }
}
