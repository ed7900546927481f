// The learned speech-or-term model: a logistic regression over the features of kind-features.ts. The
// weights are data (kind-weights.json, written by scripts/train/kinds.ts from the gold kinds), bundled
// with the engine. The rules' verdict counts as a prior (±prior on the log-odds) and the weights correct
// it. An empty weight table means "no model": the hand rules decide alone (the trainer writes one when
// the model does not beat the rules in cross-validation by article).
import weightsData from './kind-weights.json';

export interface KindModelData {
  readonly version: number;
  readonly bias: number;
  /** Log-odds added for the rules' verdict: +prior when they say speech, −prior when term. */
  readonly prior: number;
  /** Feature → weight (positive: speech). */
  readonly weights: Readonly<Record<string, number>>;
}

export interface KindModel {
  /** The probability that the quote is speech, and the feature that pushed hardest. */
  score(features: readonly string[], ruleSaysSpeech: boolean): { readonly p: number; readonly strongest: string };
}

export function makeKindModel(data: KindModelData): KindModel | null {
  const w = new Map(Object.entries(data.weights));
  if (!w.size) return null;
  return {
    score(features, ruleSaysSpeech) {
      let z = data.bias + (ruleSaysSpeech ? data.prior : -data.prior);
      let strongest = '';
      let top = 0;
      for (const f of features) {
        const v = w.get(f);
        if (v === undefined) continue;
        z += v;
        if (Math.abs(v) > top) { top = Math.abs(v); strongest = f; }
      }
      return { p: 1 / (1 + Math.exp(-z)), strongest };
    },
  };
}

export const defaultKindModel: KindModel | null = makeKindModel(weightsData as KindModelData);
