// Read-only look-ups over an Analysis, shared by the LSP features and the command line.
import type { Analysis, Entity, Mention, Quote } from './types';

/** The innermost quote whose span contains offset (marks included), or undefined. */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  let found: Quote | undefined;
  for (const q of analysis.quotes) {
    if (q.start > offset) break;
    if (offset < q.end && (!found || q.start >= found.start)) found = q;
  }
  return found;
}

/** The person mention whose span contains offset, or undefined. */
export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  for (const e of analysis.entities) {
    for (const m of e.mentions) if (m.start <= offset && offset < m.end) return m;
  }
  return undefined;
}


/** The speaker of a quote, or undefined when it has none. */
export function speakerOf(analysis: Analysis, quote: Quote): Entity | undefined {
  return quote.attribution ? analysis.entities[quote.attribution.entityId] : undefined;
}
