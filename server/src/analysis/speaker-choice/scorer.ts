// The learned speaker scorer: a linear model over candidate features (averaged-perceptron weights,
// written to weights.json by `npm run train:speakers` from the development gold). The highest-scoring
// candidate is the quote's speaker; "nobody" is one of the candidates.
import type { Candidate } from './candidates';
import weightsData from './weights.json';

export interface ScorerData {
  readonly version: number;
  /** Feature names; weights[k] belongs to features[k]. */
  readonly features: readonly string[];
  readonly weights: readonly number[];
}

export interface Scorer {
  score(c: Candidate): number;
}

export function makeScorer(data: ScorerData): Scorer {
  const w = new Map<string, number>();
  data.features.forEach((f, k) => w.set(f, data.weights[k] ?? 0));
  return {
    score(c) {
      let s = 0;
      for (const f of c.features) s += w.get(f) ?? 0;
      return s;
    },
  };
}

let bundled: Scorer | undefined;

/** The bundled scorer, built on first use. */
export function defaultScorer(): Scorer {
  bundled ??= makeScorer(weightsData as ScorerData);
  return bundled;
}

/** Index of the best candidate and its margin over the runner-up (ties keep the earlier candidate). */
export function best(scorer: Scorer, candidates: readonly Candidate[]): { index: number; margin: number } {
  let index = -1;
  let top = -Infinity;
  let second = -Infinity;
  candidates.forEach((c, i) => {
    const s = scorer.score(c);
    if (s > top) { second = top; top = s; index = i; }
    else if (s > second) second = s;
  });
  return { index, margin: Number.isFinite(second) ? top - second : Infinity };
}
