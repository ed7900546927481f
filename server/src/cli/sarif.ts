// SARIF 2.1.0 for GitHub code scanning: one run, one rule per problem code, one result per problem.
// Columns are 1-based UTF-16 code units (run.columnKind says so); endColumn is exclusive;
// charOffset/charLength are the engine's offsets (text after the BOM).
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProblemCode, Severity } from '../analysis';
import type { FileResult } from './json';
import { helpUri, HOME_URL, NAME, VERSION } from '../meta';
import { STDIN_PATH } from './read';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Every code the engine reports, described; codes not listed here still get a rule. */
export const RULE_DESCRIPTIONS: Readonly<Record<ProblemCode, string>> = {
  'unattributed-quote': 'A quotation that reports speech has no identifiable speaker.',
  'unclosed-quote': 'A quotation mark is opened and never closed.',
  'unpaired-quote-mark': 'A closing quotation mark has no opening mark.',
  'anonymous-source': 'A quotation is attributed to an unnamed source.',
  'name-variant': 'A person’s name is spelled in more than one way.',
  'unused-disable-directive': 'An isnad-disable-next-line directive names an unknown code or silences nothing.',
};

type Level = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** A relative, forward-slash, percent-encoded URI for a path (relative to baseDir). */
export function artifactUri(path: string, baseDir: string): string {
  if (path === STDIN_PATH) return 'stdin';
  const rel = relative(baseDir, resolve(baseDir, path)) || path;
  return rel.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

export function toSarif(results: readonly FileResult[], baseDir: string = process.cwd()): object {
  const codes = new Set<string>(Object.keys(RULE_DESCRIPTIONS));
  for (const r of results) for (const p of r.analysis.problems) codes.add(p.code);
  const ruleIds = [...codes];
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const rules = ruleIds.map((id) => {
    const text = (RULE_DESCRIPTIONS as Record<string, string>)[id] ?? id;
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text },
      fullDescription: { text },
      helpUri: helpUri(id),
      help: { text: `See ${helpUri(id)}` },
    };
  });

  const artifacts: { location: { uri: string; uriBaseId: string } }[] = [];
  const sarifResults: object[] = [];
  results.forEach((r, artifactIndex) => {
    const uri = artifactUri(r.path, baseDir);
    artifacts.push({ location: { uri, uriBaseId: '%SRCROOT%' } });
    for (const p of r.analysis.problems) {
      const from = r.lines.positionAt(p.start);
      const to = r.lines.positionAt(Math.max(p.start, p.end));
      sarifResults.push({
        ruleId: p.code,
        ruleIndex: ruleIndex.get(p.code),
        level: sarifLevel(p.severity),
        message: { text: p.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: artifactIndex },
              region: {
                startLine: from.line,
                startColumn: from.column,
                endLine: to.line,
                endColumn: to.column,
                charOffset: p.start,
                charLength: Math.max(0, p.end - p.start),
                snippet: { text: r.text.slice(p.start, p.end) },
              },
            },
          },
        ],
        partialFingerprints: { primaryLocationLineHash: fingerprint(p.code, r.text.slice(p.start, p.end)) },
      });
    }
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: NAME, version: VERSION, semanticVersion: VERSION, informationUri: HOME_URL, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(baseDir) } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
      },
    ],
  };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A stable hash of the code and the flagged text, so a result survives edits elsewhere in the file. */
function fingerprint(code: string, snippet: string): string {
  let h = 0x811c9dc5;
  const s = `${code}\u0000${snippet.replace(/\s+/g, ' ')}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, '0')}:1`;
}
