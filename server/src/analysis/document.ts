// The article's structure shared by the later stages: tokens, quote spans with their nesting, and for
// each token its quote depth and sentence. Sentences end at . ! ? ؟ … and line breaks outside quotes,
// so a quote that runs over a line keeps the sentence it started in.
import type { Span } from './types';
import type { MarkPair } from './quotes';
import type { Token } from './tokens';
import { tokenIndexAt, tokenIndexInLines } from './tokens';
import { SENTENCE_END, tokenClasses } from './token-classes';
import type { DocLines } from './reuse';

export interface QuoteSpan extends Span {
  readonly pair: MarkPair;
  /** Token index of the opening and closing marks. */
  readonly openTok: number;
  readonly closeTok: number;
  parent: number; // index into quotes, -1 for top level
}

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quotes: readonly QuoteSpan[];
  /** Per token: how many quotes enclose it (the marks of a quote count as outside it). */
  readonly depth: Uint16Array;
  /** Per token: sentence number (at its own depth: a quote's inner text has its own sentences). */
  readonly sentence: Uint32Array;
  /** Per token: its byte of token-classes.ts (kind, sentence end, comma …). */
  readonly classes: Uint8Array;
}

export function buildDoc(text: string, tokens: readonly Token[], pairs: readonly MarkPair[], lines?: DocLines): Doc {
  const indexAt = lines ? (offset: number) => tokenIndexInLines(tokens, lines, offset) : (offset: number) => tokenIndexAt(tokens, offset);
  const quotes: QuoteSpan[] = pairs.map((p) => ({
    start: p.open, end: p.close + 1, pair: p,
    openTok: indexAt(p.open), closeTok: indexAt(p.close), parent: -1,
  }));
  const classes = tokenClasses(tokens, lines);
  // Nesting: a stack over quotes sorted by start.
  const stack: number[] = [];
  quotes.forEach((q, i) => {
    while (stack.length && quotes[stack[stack.length - 1]].end <= q.start) stack.pop();
    if (stack.length) {
      const top = quotes[stack[stack.length - 1]];
      if (q.end <= top.end) q.parent = stack[stack.length - 1];
    }
    stack.push(i);
  });
  const depth = new Uint16Array(tokens.length);
  // Sweep: open quotes on a stack as tokens pass their marks.
  const open: number[] = [];
  let qi = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (open.length && quotes[open[open.length - 1]].closeTok < t) open.pop();
    depth[t] = open.length;
    while (qi < quotes.length && quotes[qi].openTok === t) {
      while (open.length && quotes[open[open.length - 1]].closeTok < t) open.pop();
      open.push(qi++);
    }
    if (open.length && quotes[open[open.length - 1]].closeTok === t) {
      // The closing mark belongs to the quote's outside, like the opener.
      depth[t] = open.length - 1;
      open.pop();
    }
  }
  const sentence = new Uint32Array(tokens.length);
  const counters: number[] = [0];
  let next = 1;
  // Sentence numbers per depth level, so that sentences inside a quote do not split the outer one.
  for (let t = 0; t < tokens.length; t++) {
    const d = depth[t];
    while (counters.length <= d) counters.push(next++);
    if (counters.length > d + 1) counters.length = d + 1;
    sentence[t] = counters[d];
    if (classes[t] & SENTENCE_END) counters[d] = next++;
  }
  return { text, tokens, quotes, depth, sentence, classes };
}
