// The learned speaker scorer: a linear model over candidate features (averaged-perceptron weights,
// written to weights.json by `npm run train:speakers` from the development gold). The highest-scoring
// candidate is the quote's speaker; "nobody" is one of the candidates.
import type { Candidate } from './candidates';
import weightsData from './weights.json';

export interface ScorerData {
  readonly version: number;
  /** The rules' choice of a person or body stands unless another candidate scores more than this above it. */
  readonly margin: number;
  /** The same when the rules found nobody (stricter: a wrong name is worse than none). */
  readonly nobodyMargin: number;
  /** The rules' methods whose choice always stands (overriding them gained nothing in cross-validation). */
  readonly fixed?: readonly string[];
  /** Feature names; weights[k] belongs to features[k]. */
  readonly features: readonly string[];
  readonly weights: readonly number[];
}

export interface Scorer {
  score(c: Candidate): number;
  readonly margin: number;
  readonly nobodyMargin: number;
  readonly fixed: ReadonlySet<string>;
}

export function makeScorer(data: ScorerData): Scorer {
  // Weights by feature, and for conjoined features ("p|f") by prefix then feature: scoring a candidate
  // looks its features up without building the conjoined strings.
  const base = new Map<string, number>();
  const byPrefix = new Map<string, Map<string, number>>();
  data.features.forEach((f, k) => {
    const w = data.weights[k] ?? 0;
    const bar = f.indexOf('|');
    if (bar < 0) { base.set(f, w); return; }
    const p = f.slice(0, bar);
    let m = byPrefix.get(p);
    if (!m) byPrefix.set(p, (m = new Map()));
    m.set(f.slice(bar + 1), w);
  });
  return {
    margin: data.margin ?? 0,
    nobodyMargin: data.nobodyMargin ?? data.margin ?? 0,
    fixed: new Set(data.fixed ?? []),
    score(c) {
      let s = 0;
      for (const f of c.features) s += base.get(f) ?? 0;
      for (const p of c.prefixes) {
        const m = byPrefix.get(p);
        if (m) for (const f of c.features) s += m.get(f) ?? 0;
      }
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

/** Index of the chosen candidate: the best one, unless the rules' (index ruled, -1 for none) is within
 *  the scorer's margin of it or came by a method whose choice stands (ties keep the earlier candidate). */
export function choice(scorer: Scorer, candidates: readonly Candidate[], ruled: number, method?: string): number {
  if (ruled >= 0 && method !== undefined && scorer.fixed.has(method)) return ruled;
  let index = -1;
  let top = -Infinity;
  candidates.forEach((c, i) => {
    const s = scorer.score(c);
    if (s > top) { top = s; index = i; }
  });
  if (ruled < 0 || ruled === index) return index;
  const margin = candidates[ruled].entity === null ? scorer.nobodyMargin : scorer.margin;
  if (top - scorer.score(candidates[ruled]) <= margin) return ruled;
  return index;
}
