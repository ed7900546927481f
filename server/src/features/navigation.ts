// Definition, references and document highlights over a person's mentions.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import { mentionAt, quoteAt } from '../analysis';
import { definingMention, spanToRange, type AnalysedDocument } from './common';

/** On a mention: the person's first full (longest) mention. */
export function definition(ad: AnalysedDocument, offset: number): Location | null {
  const mention = mentionAt(ad.analysis, offset);
  const entity = mention && ad.analysis.entities[mention.entityId];
  const target = entity && definingMention(entity);
  return target ? { uri: ad.document.uri, range: spanToRange(ad.document, target) } : null;
}

/** On a mention: every mention of the person (the defining one only with includeDeclaration). */
export function references(ad: AnalysedDocument, offset: number, includeDeclaration: boolean): Location[] | null {
  const mention = mentionAt(ad.analysis, offset);
  const entity = mention && ad.analysis.entities[mention.entityId];
  if (!entity) return null;
  const declaration = definingMention(entity);
  return entity.mentions
    .filter((m) => includeDeclaration || m !== declaration)
    .map((m) => ({ uri: ad.document.uri, range: spanToRange(ad.document, m) }));
}

/** On a mention: all mentions of that person; on a quote: the quote itself. */
export function documentHighlights(ad: AnalysedDocument, offset: number): DocumentHighlight[] | null {
  const mention = mentionAt(ad.analysis, offset);
  const entity = mention && ad.analysis.entities[mention.entityId];
  if (entity) {
    const declaration = definingMention(entity);
    return entity.mentions.map((m) => ({
      range: spanToRange(ad.document, m),
      kind: m === declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  }
  const quote = quoteAt(ad.analysis, offset);
  return quote ? [{ range: spanToRange(ad.document, quote), kind: DocumentHighlightKind.Text }] : null;
}
