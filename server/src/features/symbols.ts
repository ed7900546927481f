// Document symbols and workspace symbols over all analysed open documents. The Outline lists the speakers
// first, with their quotes, in the order of their first quote (who speaks first in the article), then the
// quotes nobody is credited with, the terms in quotation marks, and the people never quoted (in the order
// of their first mention). Group names and details are in the interface language.
import { SymbolKind, type DocumentSymbol, type Range, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Entity, Quote } from '../analysis';
import { definingMention, firstWords, foldArabic, spanToRange, union, type AnalysedDocument } from './common';
import { translatorFor, type Translator } from '../l10n/translator';

/** Chosen kinds: speakers are classes, their quotes strings, terms constants, people never quoted variables. */
export const SPEAKER_KIND = SymbolKind.Class;
export const QUOTE_KIND = SymbolKind.String;
export const TERM_KIND = SymbolKind.Constant;
export const PERSON_KIND = SymbolKind.Variable;
export const GROUP_KIND = SymbolKind.Namespace;

const TYPE_DETAIL: Record<Entity['type'], string> = { person: 'person', organization: 'organization', anonymous: 'anonymous source' };

const KIND_DETAIL: Record<Quote['kind'], string> = { speech: 'speech', term: 'term' };

function quoteSymbol(ad: AnalysedDocument, quote: Quote, tr: Translator): DocumentSymbol {
  const range = spanToRange(ad.document, quote);
  return {
    name: firstWords(ad.document, quote),
    detail: tr.t(KIND_DETAIL[quote.kind]),
    kind: quote.kind === 'term' ? TERM_KIND : QUOTE_KIND,
    range,
    selectionRange: range,
  };
}

/** A group symbol whose range is the union of its children (VS Code rejects children outside the parent). */
function group(name: string, detail: string, kind: SymbolKind, selectionRange: Range, children: DocumentSymbol[], extra: Range[] = []): DocumentSymbol {
  let range = selectionRange;
  for (const r of extra) range = union(range, r);
  for (const c of children) range = union(range, c.range);
  return { name, detail, kind, range, selectionRange, children };
}

export function documentSymbols(ad: AnalysedDocument): DocumentSymbol[] {
  const { analysis, document } = ad;
  const tr = translatorFor(ad.settings.interfaceLanguage);
  const speakers: { symbol: DocumentSymbol; firstQuote: number }[] = [];
  const unquoted: DocumentSymbol[] = [];
  for (const entity of analysis.entities) {
    const quotes = entity.quoteIds.map((id) => analysis.quotes[id]).filter((q): q is Quote => !!q);
    const children = quotes.map((q) => quoteSymbol(ad, q, tr));
    const mentionRanges = entity.mentions.map((m) => spanToRange(document, m));
    const firstQuote = quotes.length > 0 ? Math.min(...quotes.map((q) => q.start)) : undefined;
    // A speaker is selected where it first speaks: its last mention before its first quote (the one that
    // introduces it), so that an editor sorting the Outline by position (VS Code does) still lists the
    // speakers in the order they speak; a person never quoted, at its first mention.
    const at = firstQuote === undefined ? entity.mentions[0] : ([...entity.mentions].reverse().find((m) => m.start <= firstQuote) ?? entity.mentions[0]);
    const selectionRange = at ? spanToRange(document, at) : children[0]?.range;
    if (!selectionRange) continue; // neither mentioned nor quoted
    const name = entity.name.trim() || document.getText(selectionRange) || '?';
    // A role in Arabic next to an Arabic name reads as one phrase in the Outline: set it off with a dash
    // and an isolate so the two keep apart whatever the surrounding direction.
    const detail = entity.roles[0] ? `\u2068— ${entity.roles[0]}\u2069` : tr.t(TYPE_DETAIL[entity.type]);
    // A speaker spans from that mention (or its first quote) to its last quote; a person never quoted, its mentions.
    if (firstQuote !== undefined) {
      speakers.push({ symbol: group(name, detail, SPEAKER_KIND, selectionRange, children), firstQuote });
    } else {
      unquoted.push(group(name, detail, PERSON_KIND, selectionRange, children, mentionRanges));
    }
  }
  speakers.sort((a, b) => a.firstQuote - b.firstQuote);
  const byStart = (a: DocumentSymbol, b: DocumentSymbol) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  unquoted.sort(byStart);
  const out = speakers.map((s) => s.symbol);
  const unattributed = analysis.quotes.filter((q) => !q.attribution && q.kind === 'speech').map((q) => quoteSymbol(ad, q, tr));
  if (unattributed[0]) out.push(group(tr.t('Unattributed quotes'), `${unattributed.length}`, GROUP_KIND, unattributed[0].range, unattributed));
  const terms = analysis.quotes.filter((q) => !q.attribution && q.kind === 'term').map((q) => quoteSymbol(ad, q, tr));
  if (terms[0]) out.push(group(tr.t('Terms'), `${terms.length}`, GROUP_KIND, terms[0].range, terms));
  out.push(...unquoted);
  return out;
}

/** People and their quotes across the given documents, filtered by a query substring (Arabic-folded). */
export function workspaceSymbols(docs: readonly AnalysedDocument[], query: string, limit = 1000): WorkspaceSymbol[] {
  const needle = foldArabic(query.trim());
  const matches = (name: string) => needle === '' || foldArabic(name).includes(needle);
  const out: WorkspaceSymbol[] = [];
  for (const ad of docs) {
    const { analysis, document } = ad;
    for (const entity of analysis.entities) {
      const mention = definingMention(entity) ?? entity.mentions[0];
      const speaker = entity.quoteIds.length > 0;
      const names = [entity.name, ...entity.spellings];
      if (mention && names.some(matches)) {
        out.push({
          name: entity.name,
          kind: speaker ? SPEAKER_KIND : PERSON_KIND,
          containerName: entity.roles[0],
          location: { uri: document.uri, range: spanToRange(document, mention) },
        });
      }
      for (const id of entity.quoteIds) {
        const quote = analysis.quotes[id];
        if (!quote) continue;
        const name = firstWords(document, quote);
        if (!matches(name) && !names.some(matches)) continue;
        out.push({ name, kind: QUOTE_KIND, containerName: entity.name, location: { uri: document.uri, range: spanToRange(document, quote) } });
      }
      if (out.length >= limit) return out.slice(0, limit);
    }
  }
  return out;
}
