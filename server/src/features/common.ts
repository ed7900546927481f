// Shared helpers for the LSP features: spans ↔ ranges, display snippets, Arabic matching.
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention, Quote, Span } from '../analysis';
import type { IsnadSettings } from '../config';

/** A document the server analyses, with its analysis and the settings it was analysed with. */
export interface AnalysedDocument {
  readonly document: TextDocument;
  readonly analysis: Analysis;
  readonly settings: IsnadSettings;
  /** Set when the document is over isnad.maxDocumentSize: only the text before this offset was analysed. */
  readonly analysedUpTo?: number;
}

export const RLM = '\u200F';
export const LRM = '\u200E';

export function spanToRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function rangeToSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** The offset of a position, or undefined when the position is outside the document (no clamping). */
export function offsetOf(document: TextDocument, position: Position): number | undefined {
  if (!position || !Number.isInteger(position.line) || !Number.isInteger(position.character)) return undefined;
  if (position.line < 0 || position.character < 0 || position.line >= document.lineCount) return undefined;
  const offset = document.offsetAt(position);
  // offsetAt clamps a character past the end of the line; accept only positions within the line.
  if (document.positionAt(offset).character !== position.character) return undefined;
  return offset;
}

export function union(a: Range, b: Range): Range {
  return { start: before(a.start, b.start) ? a.start : b.start, end: before(a.end, b.end) ? b.end : a.end };
}

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The first `count` words of a quote's inner text, with "…" when cut. */
export function firstWords(document: TextDocument, quote: Quote, count = 6): string {
  const inner = document.getText().slice(quote.inner.start, quote.inner.end);
  const words = inner.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0) return `${quote.open}${quote.close}`;
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** The mention a person is "defined" by: the fullest (longest) one, the earliest among equals. */
export function definingMention(entity: Entity): Mention | undefined {
  let best: Mention | undefined;
  for (const m of entity.mentions) if (!best || m.text.length > best.text.length) best = m;
  return best;
}

export function entityOfMention(analysis: Analysis, mention: Mention): Entity | undefined {
  return analysis.entities[mention.entityId];
}

/** Arabic folding for name matching: alef/hamza forms, alef maqsura, taa marbuta, diacritics and tatweel. */
export function foldArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .toLowerCase();
}

/** Escapes text for use inside markdown (also inside link text). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/gu, (c) => `\\${c}`).replace(/\s+/gu, ' ');
}

/** A link VS Code opens at a position: `<uri>#L<line>,<column>`, both 1-based. */
export function positionLink(uri: string, position: Position): string {
  return `${uri}#L${position.line + 1},${position.character + 1}`;
}

export function confidenceWord(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.85 ? 'high' : confidence >= 0.65 ? 'medium' : 'low';
}
