// The name tagger's model: a linear-chain scorer (averaged-perceptron weights) decoded with Viterbi.
// The weights are data (model-data.json, written by `npm run train`), bundled with the engine so that it
// loads with no file I/O. Emission scores are cached per (offset, word type): a word's features are
// computed and summed once, however often the word recurs.
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokens';
import { OFFSETS, hasTanween, pairFeatures, tokenKey, typeFeatures } from './features';
import { TAG_COUNT, allowed } from './tags';

/** The model as stored: feature names, their weights (int16, tag-major per feature) and a scale. */
export interface ModelData {
  readonly version: number;
  readonly tags: readonly string[];
  /** Feature names joined by '\n'; feature k's weights are weights[k*T .. k*T+T). */
  readonly features: string;
  /** base64 of an Int16Array: the quantised weights of every feature, then T*T transitions, then T starts. */
  readonly weights: string;
  readonly scale: number;
  /** Words seen inside names in training, joined by '\n' (decides whether a leading letter is a clitic). */
  readonly nameWords: string;
}

export interface LinearModel {
  /** Weight row of a feature, or undefined. */
  row(feature: string): Float32Array | undefined;
  readonly transitions: ArrayLike<number>; // [prev * T + tag]
  readonly starts: ArrayLike<number>;
  readonly nameWords: ReadonlySet<string>;
}

function decodeBase64(b64: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  throw new Error('no base64 decoder');
}

/** Builds the look-up structures of stored model data. */
export function loadModel(data: ModelData): LinearModel {
  const names = data.features ? data.features.split('\n') : [];
  const bytes = decodeBase64(data.weights);
  const ints = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1);
  const T = TAG_COUNT;
  const all = new Float32Array(ints.length);
  for (let i = 0; i < ints.length; i++) all[i] = ints[i] * data.scale;
  const index = new Map<string, number>();
  names.forEach((n, k) => index.set(n, k));
  const base = names.length * T;
  return {
    row: (f) => {
      const k = index.get(f);
      return k === undefined ? undefined : all.subarray(k * T, k * T + T);
    },
    transitions: all.subarray(base, base + T * T),
    starts: all.subarray(base + T * T, base + T * T + T),
    nameWords: new Set(data.nameWords ? data.nameWords.split('\n') : []),
  };
}

/** Sums the rows of a list of features into out. */
export function addFeatures(model: LinearModel, features: readonly string[], out: Float32Array): void {
  for (const f of features) {
    const r = model.row(f);
    if (r) for (let t = 0; t < TAG_COUNT; t++) out[t] += r[t];
  }
}

/**
 * Emission scores of one sequence, [position * T + tag]. Each (offset, word type) vector is computed once
 * and kept in `cache` (bounded), so repeated words cost a look-up.
 */
export function emissions(model: LinearModel, seq: readonly Token[], lex: Lexicon, cache: Map<string, Float32Array>): Float32Array {
  const T = TAG_COUNT;
  const out = new Float32Array(seq.length * T);
  const n = seq.length;
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (const o of OFFSETS) {
      const k = i + o;
      let key: string;
      let tok: Token | undefined;
      if (k < 0) key = `${o}\u0000BOS`;
      else if (k >= n) key = `${o}\u0000EOS`;
      else { tok = seq[k]; key = `${o}\u0000${tokenKey(tok)}${hasTanween(tok) ? '\u0001' : ''}`; }
      let v = cache.get(key);
      if (!v) {
        v = new Float32Array(T);
        addFeatures(model, tok ? typeFeatures(tokenKey(tok), o, lex, hasTanween(tok)) : [k < 0 ? `${o}:BOS` : `${o}:EOS`], v);
        if (cache.size > 200_000) cache.clear();
        cache.set(key, v);
      }
      for (let t = 0; t < T; t++) out[base + t] += v[t];
    }
    // Word pairs: rarer than words, so looked up directly (most pairs have no weights).
    for (const f of pairFeatures(seq, i)) {
      const r = model.row(f);
      if (r) for (let t = 0; t < T; t++) out[base + t] += r[t];
    }
  }
  return out;
}

/** The best BIO-valid tag sequence for the given emission scores (Viterbi, linear in the length). */
export function viterbi(model: Pick<LinearModel, 'transitions' | 'starts'>, em: ArrayLike<number>, n: number): Uint8Array {
  const T = TAG_COUNT;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(0, t) ? model.starts[t] + em[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed(p, t)) continue;
        const s = score[(i - 1) * T + p] + model.transitions[p * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + em[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; arg = t; }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg];
  }
  return tags;
}
