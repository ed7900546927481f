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

export const NOT_ANALYSED: DocumentStats = Object.freeze({ analysed: false, people: 0, quotes: 0, warnings: 0, arabicArticle: false });

/**
 * The share of Arabic letters above which an analysed document counts as an Arabic article (with a person
 * or a quote in it): higher than isnad.minArabicRatio, which only decides whether to analyse at all, so
 * that an English note quoting a few Arabic lines is not offered as Arabic News.
 */
export const ARABIC_ARTICLE_RATIO = 0.6;

export function documentStats(ad: AnalysedDocument): DocumentStats {
  const { analysis, settings } = ad;
  const people = analysis.entities.filter((e) => e.type === 'person').length;
  const quotes = analysis.quotes.filter((q) => q.kind === 'speech').length;
  return {
    analysed: true,
    people,
    quotes,
    warnings: analysis.problems.filter((p) => effectiveSeverity(p, settings) !== undefined).length,
    arabicArticle: analysis.arabicRatio >= ARABIC_ARTICLE_RATIO && people + quotes > 0,
  };
}
