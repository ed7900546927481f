// analyzeArticle(text, options) → Analysis: the engine's one entry point. A pure function of the text
// and the options; every stage reads the stages before it and none re-reads raw text for what an
// earlier stage found.
import type { Analysis, AnalysisOptions, Entity, Mention, Problem, Quote, ReportingCue } from './types';
import { markProblems, quoteProblems, variantProblems } from './problems';
import { applyDirectives, blankDirectives, findDirectives } from './directives';
import { chooseSpeakers } from './speaker-choice/choose';
import { check, runStages } from './pipeline';
import { arabicRatio, plain } from './text';

export * from './types';
export * from './query';
export { DEFAULT_SEVERITY, PROBLEM_CODES } from './problems';
export { DIRECTIVE_KEYWORD, findDirectives, formatDirective, silencingEdit, type DirectiveCode, type DirectiveForm, type DisableDirective, type TextChange } from './directives';
export { arabicRatio } from './text';
export { AnalysisReuse } from './reuse';

export function analyzeArticle(original: string, options: AnalysisOptions = {}): Analysis {
  // Directive lines are blanked out: the stages see an empty line there, and offsets do not move.
  const directives = findDirectives(original);
  const text = blankDirectives(original, directives);
  const { doc, pairing, people, speakers, kinds, speakerContext: context } = runStages(text, options);
  const attributions = chooseSpeakers(context, kinds);
  check(options);

  // Keep every person, and the bodies and unnamed sources that are credited with a quote.
  const quoted = new Set<number>();
  for (const a of attributions) if (a) quoted.add(a.entity);
  const keep = speakers.entities.filter((e) => e.type === 'person' || quoted.has(e.id));
  const newId = new Map<number, number>(keep.map((e, i) => [e.id, i]));
  const mapId = (id: number | null) => (id === null ? null : newId.get(id) ?? null);

  const cues: ReportingCue[] = speakers.cues.map((c) => ({
    start: c.start, end: c.end, text: c.text, lemma: c.lemma, entityId: mapId(c.entity), subject: c.subject,
  }));
  const cueOf = new Map(speakers.cues.map((c, i) => [c, cues[i]]));
  const quotes: Quote[] = doc.quotes.map((q, id) => {
    const a = attributions[id];
    const entityId = a ? mapId(a.entity) : null;
    return {
      id, start: q.start, end: q.end, inner: { start: q.start + 1, end: q.end - 1 },
      open: text[q.start], close: text[q.end - 1], kind: kinds[id].kind, kindReason: kinds[id].reason,
      parentId: q.parent >= 0 ? q.parent : null, continuations: q.pair.continuations,
      attribution: a && entityId !== null ? { entityId, method: a.method, confidence: a.confidence, cue: a.cue ? cueOf.get(a.cue) ?? null : null } : null,
    };
  });

  const quotesOf: number[][] = keep.map(() => []);
  for (const q of quotes) if (q.attribution) quotesOf[q.attribution.entityId].push(q.id);
  const entities: Entity[] = keep.map((e, id) => {
    const quoteIds = quotesOf[id];
    if (e.type === 'person') {
      const c = people.clusters[e.person];
      const mentions: Mention[] = c.mentions.map((m) => ({ start: m.start, end: m.end, entityId: id, text: m.text, role: m.role ? { start: m.role.start, end: m.role.end } : null }));
      return { id, type: 'person', name: plain(c.name), roles: rank(c.mentions.map((m) => m.role?.text).filter((r): r is string => !!r)), spellings: rank(c.mentions.map((m) => plain(m.text))), mentions, quoteIds };
    }
    const mentions: Mention[] = e.phrases.map((p) => ({ start: p.start, end: p.end, entityId: id, text: p.text, role: null }));
    return { id, type: e.type, name: e.name, roles: [], spellings: rank(e.phrases.map((p) => p.text)), mentions, quoteIds };
  });

  let previousSpeaker: string | null = null;
  const facts = quotes.map((q) => {
    const speaker = q.attribution ? entities[q.attribution.entityId] : undefined;
    const f = { start: q.start, end: q.end, speech: q.kind === 'speech', speaker: speaker ? { name: speaker.name, type: speaker.type } : null, previousSpeaker };
    if (speaker && speaker.type === 'person') previousSpeaker = speaker.name;
    return f;
  });
  const found: Problem[] = [...quoteProblems(facts), ...markProblems(text, pairing.unpaired), ...variantProblems(people.clusters)];
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const { problems, silenced } = applyDirectives(found, directives);
  const analysis: Analysis = { textLength: text.length, arabicRatio: arabicRatio(text), quotes, entities, cues, problems };
  return directives.length ? { ...analysis, directives, silenced } : analysis;
}

/** Distinct strings, most frequent first (ties: first seen). */
function rank(values: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}
