// The custom requests isnad/documentQuotes and isnad/documentStats.
import { speakerOf } from '../analysis';
import type { DocumentQuotesResult, DocumentStats } from '../protocol';
import { spanToRange, type AnalysedDocument } from './common';
import { effectiveSeverity } from './diagnostics';

export function documentQuotes(ad: AnalysedDocument): DocumentQuotesResult {
  const { analysis, document } = ad;
  return {
    quotes: analysis.quotes.map((q) => ({
      range: spanToRange(document, q),
      kind: q.kind,
      speaker: speakerOf(analysis, q)?.name ?? null,
    })),
  };
}

export const NOT_ANALYSED: DocumentStats = Object.freeze({ analysed: false, people: 0, quotes: 0, warnings: 0 });

export function documentStats(ad: AnalysedDocument): DocumentStats {
  const { analysis, settings } = ad;
  return {
    analysed: true,
    people: analysis.entities.filter((e) => e.type === 'person').length,
    quotes: analysis.quotes.filter((q) => q.kind === 'speech').length,
    warnings: analysis.problems.filter((p) => effectiveSeverity(p, settings) !== undefined).length,
  };
}
