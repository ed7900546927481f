// Who said each speech quote: the rules propose (attribution.ts), the candidates gather everyone named
// around the quote (candidates.ts), and the learned scorer picks one of them or nobody (scorer.ts).
import type { Doc } from '../document';
import type { KindDecision } from '../kinds';
import type { PeopleResult } from '../people';
import type { EntityDraft } from '../speakers';
import type { CueIndex } from '../cue-index';
import { CONFIDENCE, ruleAttributions, type AttributionDraft } from '../attribution';
import { candidateContext, candidatesFor, type CandidateContext } from './candidates';
import { choice, defaultScorer, type Scorer } from './scorer';

/** The rules' attributions and the candidate context of a document (also what training reads). */
export function speakerContext(doc: Doc, kinds: readonly KindDecision[], cues: CueIndex, people: PeopleResult, entities: readonly EntityDraft[]): CandidateContext {
  const rules = ruleAttributions(doc, kinds, cues, people);
  const speech = kinds.map((k) => k.kind === 'speech');
  return candidateContext(doc, people, entities, cues, rules, speech);
}

export function chooseSpeakers(ctx: CandidateContext, kinds: readonly KindDecision[], scorer: Scorer = defaultScorer()): (AttributionDraft | null)[] {
  return kinds.map((k, qi) => (k.kind === 'speech' ? choose(ctx, qi, scorer) : null));
}

function choose(ctx: CandidateContext, qi: number, scorer: Scorer): AttributionDraft | null {
  const candidates = candidatesFor(ctx, qi);
  const rule = ctx.rules[qi];
  const ruleEntity = rule?.entity ?? null;
  const entity = candidates[choice(scorer, candidates, candidates.findIndex((c) => c.entity === ruleEntity), rule?.method)]?.entity ?? null;
  if (entity === null) return null;
  if (rule && rule.entity === entity) return rule;
  // Another entity than the rules': credit the nearest cue that names it, if any.
  const cue = [ctx.cues.inSentence[qi], ctx.cues.inLine[qi]].find((c) => c && c.entity === entity) ?? null;
  return { entity, method: 'context', confidence: CONFIDENCE.context, cue };
}
