// A structured averaged perceptron (Collins 2002) over the tagger's features, with BIO-constrained
// Viterbi decoding. Deterministic: sentences are visited in an order drawn from a fixed seed.
import { viterbi } from '../../server/src/analysis/tagger/model';
import { TAG_COUNT } from '../../server/src/analysis/tagger/tags';
import { rng } from '../../test/rng';

export interface Example {
  /** Feature ids per position. */
  readonly features: readonly Int32Array[];
  readonly tags: Uint8Array;
  /**
   * Partial labels: the tags allowed per position, [position * T + tag]. The target is then the best
   * sequence the current weights give within them (a latent structured perceptron), not `tags`.
   */
  readonly mask?: Uint8Array;
}

export interface Trained {
  /** Averaged weights: feature id * T + tag. */
  readonly weights: Float64Array;
  readonly transitions: Float64Array;
  readonly starts: Float64Array;
}

export function train(examples: readonly Example[], featureCount: number, epochs: number, seed = 1): Trained {
  const T = TAG_COUNT;
  const w = new Float64Array(featureCount * T);
  const u = new Float64Array(featureCount * T);
  const tr = new Float64Array(T * T);
  const tu = new Float64Array(T * T);
  const st = new Float64Array(T);
  const su = new Float64Array(T);
  let c = 1;
  const order = examples.map((_, i) => i);
  const random = rng(seed);
  const model = { transitions: tr, starts: st };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const k of order) {
      const ex = examples[k];
      const n = ex.tags.length;
      const em = new Float64Array(n * T);
      for (let i = 0; i < n; i++) for (const f of ex.features[i]) for (let t = 0; t < T; t++) em[i * T + t] += w[f * T + t];
      const pred = viterbi(model, em, n);
      let gold = ex.tags;
      if (ex.mask) {
        const m = ex.mask;
        const within = em.map((x, j) => (m[j] ? x : -Infinity));
        gold = viterbi(model, within, n);
      }
      for (let i = 0; i < n; i++) {
        const y = gold[i];
        const z = pred[i];
        if (y !== z) {
          for (const f of ex.features[i]) {
            w[f * T + y] += 1; u[f * T + y] += c;
            w[f * T + z] -= 1; u[f * T + z] -= c;
          }
        }
        const yp = i ? gold[i - 1] : -1;
        const zp = i ? pred[i - 1] : -1;
        if (y !== z || yp !== zp) {
          if (i === 0) { st[y] += 1; su[y] += c; st[z] -= 1; su[z] -= c; }
          else { tr[yp * T + y] += 1; tu[yp * T + y] += c; tr[zp * T + z] -= 1; tu[zp * T + z] -= c; }
        }
      }
      c++;
    }
  }
  const avg = (a: Float64Array, b: Float64Array) => a.map((x, i) => x - b[i] / c);
  return { weights: avg(w, u), transitions: avg(tr, tu), starts: avg(st, su) };
}
