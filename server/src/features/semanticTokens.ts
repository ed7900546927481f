// Semantic tokens: quotes (string), speakers' mentions (class), other names (variable), reporting cues (keyword).
// Tokens never overlap: at each point the innermost/most specific span wins (cue > mention > inner quote > outer
// quote), so an outer quote is emitted in pieces around what it contains. Tokens are split per line.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../protocol';
import { definingMention, type AnalysedDocument } from './common';

export const legend: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

const STRING = 0;
const CLASS = 1;
const VARIABLE = 2;
const KEYWORD = 3;
const DECLARATION = 1 << 0;

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly type: number;
  readonly modifiers: number;
  /** Higher wins where pieces overlap. */
  readonly priority: number;
}

/** Flattens possibly overlapping pieces into sorted, disjoint ones (highest priority wins at each point). */
export function flatten(pieces: readonly Piece[]): Piece[] {
  const valid = pieces.filter((p) => p.end > p.start);
  const points = [...new Set(valid.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const active: Piece[] = [];
  const out: { start: number; end: number; source: Piece }[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!);
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= from) active.splice(j, 1);
    let best: Piece | undefined;
    for (const p of active) if (!best || p.priority > best.priority) best = p;
    if (!best) continue;
    const last = out[out.length - 1];
    if (last && last.source === best && last.end === from) last.end = to;
    else out.push({ start: from, end: to, source: best });
  }
  return out.map((o) => ({ ...o.source, start: o.start, end: o.end }));
}

/** Encodes disjoint sorted pieces as LSP relative tokens, splitting pieces that cross line ends. */
export function encode(document: TextDocument, pieces: readonly Piece[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, char: number, length: number, p: Piece) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, p.type, p.modifiers);
    prevLine = line;
    prevChar = char;
  };
  const text = document.getText();
  for (const p of pieces) {
    const start = document.positionAt(p.start);
    const end = document.positionAt(p.end);
    for (let line = start.line; line <= end.line; line++) {
      const lineStart = line === start.line ? p.start : document.offsetAt({ line, character: 0 });
      let lineEnd = line === end.line ? p.end : document.offsetAt({ line: line + 1, character: 0 });
      // Do not cover the line break itself.
      while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
      const char = line === start.line ? start.character : 0;
      push(line, char, lineEnd - lineStart, p);
    }
  }
  return data;
}

export function semanticTokens(ad: AnalysedDocument): SemanticTokens {
  const { analysis, document } = ad;
  const pieces: Piece[] = [];
  // Nesting depth makes inner quotes win over outer ones.
  const depth = new Map<number, number>();
  for (const q of analysis.quotes) {
    const d = q.parentId === null ? 0 : (depth.get(q.parentId) ?? 0) + 1;
    depth.set(q.id, d);
    pieces.push({ start: q.start, end: q.end, type: STRING, modifiers: 0, priority: 1 + Math.min(d, 100) });
  }
  for (const entity of analysis.entities) {
    const type = entity.quoteIds.length > 0 ? CLASS : VARIABLE;
    const declaration = definingMention(entity);
    for (const m of entity.mentions) {
      pieces.push({ start: m.start, end: m.end, type, modifiers: m === declaration ? DECLARATION : 0, priority: 1000 });
    }
  }
  for (const cue of analysis.cues) pieces.push({ start: cue.start, end: cue.end, type: KEYWORD, modifiers: 0, priority: 2000 });
  return { data: encode(document, flatten(pieces)) };
}
