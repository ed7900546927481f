// For each quote, the nearest reporting cue before it in its sentence and in its line, found in one
// pass over the tokens so that long sentences with many quotes stay linear.
import type { Doc } from './document';
import type { Cue } from './speakers';

export interface CueIndex {
  /** Per quote: the nearest cue before its opening mark in the same sentence and depth, or undefined. */
  readonly inSentence: readonly (Cue | undefined)[];
  /** Per quote: the nearest cue before it on the same line at the same depth, or undefined. */
  readonly inLine: readonly (Cue | undefined)[];
  /** Per line: the last cue on it at depth 0 (for a paragraph ending with a colon). */
  readonly lastOnLine: ReadonlyMap<number, Cue>;
  readonly at: ReadonlyMap<number, Cue>;
}

export function indexCues(doc: Doc, cues: readonly Cue[]): CueIndex {
  const at = new Map<number, Cue>();
  for (const c of cues) at.set(c.token, c);
  const inSentence: (Cue | undefined)[] = new Array(doc.quotes.length);
  const inLine: (Cue | undefined)[] = new Array(doc.quotes.length);
  const bySentence = new Map<number, Cue>();
  // The last cue on the current line, per depth (reset at each new line).
  let byDepth: (Cue | undefined)[] = [];
  let line = -1;
  const lastOnLine = new Map<number, Cue>();
  // The quotes' openings and the cues, in token order (one cue per token; cues are words, marks are not).
  const cueList = [...at.values()];
  let qi = 0;
  let ci = 0;
  const { quotes, tokens } = doc;
  while (qi < quotes.length || ci < cueList.length) {
    const quoteFirst = ci >= cueList.length || (qi < quotes.length && quotes[qi].openTok <= cueList[ci].token);
    const t = quoteFirst ? quotes[qi].openTok : cueList[ci].token;
    if (tokens[t].line !== line) { line = tokens[t].line; if (byDepth.length) byDepth = []; }
    if (quoteFirst) {
      inSentence[qi] = bySentence.get(doc.sentence[t]);
      inLine[qi] = byDepth[doc.depth[t]];
      qi++;
    } else {
      const c = cueList[ci++];
      bySentence.set(doc.sentence[t], c);
      byDepth[doc.depth[t]] = c;
      if (doc.depth[t] === 0) lastOnLine.set(line, c);
    }
  }
  return { inSentence, inLine, lastOnLine, at };
}
