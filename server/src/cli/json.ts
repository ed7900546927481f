// The analyze contract (/work/shared/eval/README.md): one object, {"files": [...]}, per file the
// people, the quotes with their speakers, and the diagnostics. Offsets are UTF-16 code units of the
// text after the BOM; line and column are 1-based. Fields beyond the contract are extras.
import type { Analysis, Entity, EntityType, Problem, Quote } from '../analysis';
import { LineIndex } from './lines';

/** One analysed file, as the reports see it. */
export interface FileResult {
  /** The path as given (or as found under a folder that was given). */
  readonly path: string;
  readonly text: string;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
}

export interface JsonSpan {
  start: number;
  end: number;
}

export interface JsonPerson {
  name: string;
  mentions: (JsonSpan & { text: string })[];
  roles: string[];
  spellings: string[];
  quotes: number;
}

export interface JsonSource {
  name: string;
  type: EntityType;
  mentions: (JsonSpan & { text: string })[];
  quotes: number;
}

export interface JsonQuote extends JsonSpan {
  kind: string;
  speaker: { name: string; type: EntityType } | null;
  text: string;
  line: number;
  column: number;
  confidence: number | null;
  method: string | null;
  cue: string | null;
  nested: boolean;
}

export interface JsonDiagnostic extends JsonSpan {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFile {
  path: string;
  people: JsonPerson[];
  quotes: JsonQuote[];
  diagnostics: JsonDiagnostic[];
  /** Problems an isnad-disable-next-line directive silenced (an extra: not in diagnostics). */
  silenced: JsonDiagnostic[];
  organizations: JsonSource[];
  anonymous: JsonSource[];
}

export interface JsonOutput {
  files: JsonFile[];
}

export function toJson(results: readonly FileResult[]): JsonOutput {
  return { files: results.map(fileToJson) };
}

export function fileToJson(r: FileResult): JsonFile {
  const { analysis, text, lines } = r;
  const people = analysis.entities.filter((e) => e.type === 'person');
  return {
    path: r.path,
    people: people.map((e) => ({
      name: e.name,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      roles: [...e.roles],
      spellings: [...e.spellings],
      quotes: e.quoteIds.length,
    })),
    quotes: analysis.quotes.map((q) => quoteToJson(analysis, q, text, lines)),
    diagnostics: analysis.problems.map((p) => diagnosticToJson(p, lines)),
    silenced: (analysis.silenced ?? []).map((p) => diagnosticToJson(p, lines)),
    organizations: sources(analysis, 'organization'),
    anonymous: sources(analysis, 'anonymous'),
  };
}

function diagnosticToJson(p: Problem, lines: LineIndex): JsonDiagnostic {
  const from = lines.positionAt(p.start);
  const to = lines.positionAt(p.end);
  return {
    code: p.code,
    severity: p.severity,
    start: p.start,
    end: p.end,
    message: p.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
  };
}

function quoteToJson(analysis: Analysis, q: Quote, text: string, lines: LineIndex): JsonQuote {
  const speaker = q.attribution ? analysis.entities[q.attribution.entityId] : undefined;
  const at = lines.positionAt(q.start);
  return {
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: speaker ? { name: speaker.name, type: speaker.type } : null,
    text: text.slice(q.start, q.end),
    line: at.line,
    column: at.column,
    confidence: q.attribution?.confidence ?? null,
    method: q.attribution?.method ?? null,
    cue: q.attribution?.cue?.text ?? null,
    nested: q.parentId !== null,
  };
}

function sources(analysis: Analysis, type: EntityType): JsonSource[] {
  return analysis.entities
    .filter((e: Entity) => e.type === type)
    .map((e) => ({
      name: e.name,
      type: e.type,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      quotes: e.quoteIds.length,
    }));
}
