// The name tagger's model: a linear-chain scorer (averaged-perceptron weights) decoded with Viterbi.
// The weights are data (model-data.json, written by `npm run train`), bundled with the engine so that it
// loads with no file I/O. Features are stored by their FNV-1a hash, not by name: loading decodes one
// byte stream into typed arrays and an open-addressing table, and scoring hashes no strings it can avoid.
// Emission scores are cached per word type: a word's features at every offset of the window are computed
// and summed once, however often the word recurs.
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokens';
import * as features from './features';
import * as tags from './tags';

// Module-local copies of the imported bindings used in the hot loops (a transpiler may turn each use of an
// import into a property read; these are read once).
const { BOS_STEM, EOS_STEM, OFFSETS, classStates, edgeFeature, featureHash, fnv1a, groupsAt, hasTanween, offsetPrefix, pairStates, stem, tokenKey, wordClass, wordFeatures } = features;
const { ALLOWED, TAG_COUNT } = tags;

/** The model as stored (version 2). */
export interface ModelData {
  readonly version: number;
  readonly tags: readonly string[];
  /** Number of feature rows. */
  readonly count: number;
  /**
   * base64 of a byte stream of unsigned LEB128 varints: per feature, in increasing hash order, the hash
   * minus the previous one, a mask of the tags whose weight is not zero, and those weights (zigzag, in
   * units of `scale`); then the T*T transitions and the T starts (zigzag).
   */
  readonly weights: string;
  readonly scale: number;
  /** Words seen inside names in training, joined by '\n' (decides whether a leading letter is a clitic). */
  readonly nameWords: string;
}

export interface LinearModel {
  /** Where the row of a feature hash starts in `weights` (T values), or -1. */
  find(hash: number): number;
  /** The rows (laid out by the look-up table; read them through find). */
  readonly weights: Float32Array;
  readonly transitions: Float32Array; // [prev * T + tag]
  readonly starts: Float32Array;
  /** Scores of the boundary features, [(2 * offset index + (after ? 1 : 0)) * T + tag]. */
  readonly edges: Float32Array;
  readonly nameWords: ReadonlySet<string>;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(b64: string): Uint8Array {
  const clean = b64.replace(/=+$/, '');
  const out = new Uint8Array((clean.length * 3) >> 2);
  const val = new Uint8Array(128);
  for (let i = 0; i < 64; i++) val[B64.charCodeAt(i)] = i;
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | val[clean.charCodeAt(i)];
    bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (acc >> bits) & 0xff; }
  }
  return out;
}

function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return s;
}

/** Writes the stored form of a model: rows by feature hash (weights in update units), transitions, starts. */
export function encodeModel(rows: ReadonlyMap<number, ArrayLike<number>>, transitions: ArrayLike<number>, starts: ArrayLike<number>,
  nameWords: readonly string[], tags: readonly string[], scale?: number): ModelData {
  const T = TAG_COUNT;
  let maxAbs = 0;
  for (const r of rows.values()) for (let t = 0; t < T; t++) maxAbs = Math.max(maxAbs, Math.abs(r[t]));
  for (const a of [transitions, starts]) for (let i = 0; i < a.length; i++) maxAbs = Math.max(maxAbs, Math.abs(a[i]));
  const unit = scale ?? (maxAbs || 1) / 32767;
  const bytes: number[] = [];
  const varint = (v: number) => { while (v >= 0x80) { bytes.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); } bytes.push(v); };
  const zigzag = (x: number) => { const q = Math.round(x / unit); varint(q < 0 ? -2 * q - 1 : 2 * q); };
  const hashes = [...rows.keys()].sort((a, b) => a - b);
  let prev = 0;
  let count = 0;
  for (const h of hashes) {
    const r = rows.get(h)!;
    let mask = 0;
    for (let t = 0; t < T; t++) if (Math.round(r[t] / unit) !== 0) mask |= 1 << t;
    if (!mask) continue;
    varint(h - prev);
    prev = h;
    varint(mask);
    for (let t = 0; t < T; t++) if (mask & (1 << t)) zigzag(r[t]);
    count++;
  }
  for (let i = 0; i < T * T; i++) zigzag(transitions[i]);
  for (let i = 0; i < T; i++) zigzag(starts[i]);
  return { version: 2, tags: [...tags], count, weights: encodeBase64(Uint8Array.from(bytes)), scale: unit, nameWords: nameWords.join('\n') };
}

/** Builds the look-up structures of stored model data. */
export function loadModel(data: ModelData): LinearModel {
  if (data.version !== 2) throw new Error(`tagger model: version ${data.version}, expected 2 (run npm run train)`);
  const T = TAG_COUNT;
  const bytes = decodeBase64(data.weights);
  let p = 0;
  const varint = () => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[p++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  const zigzag = () => { const v = varint(); return (v % 2 ? -(v + 1) / 2 : v / 2) * data.scale; };
  const n = data.count;
  // Open addressing with linear probing, load about 0.7. A slot holds the hash and the row itself (8 words:
  // hash, then T = 7 weights), so that a look-up reads one cache line; a byte per slot marks it used.
  const size = Math.max(16, Math.ceil(n / 0.7));
  const STRIDE = 8;
  const buffer = new ArrayBuffer(size * STRIDE * 4);
  const hashes = new Uint32Array(buffer);
  const weights = new Float32Array(buffer);
  const used = new Uint8Array(size);
  // A row's home slot is its hash scaled to the table (FNV-1a hashes are spread evenly already): the rows
  // come in increasing hash order, so loading writes the table front to back instead of at random.
  const home = (hash: number) => Math.floor((hash * size) / 4294967296);
  const scale = data.scale;
  let h = 0;
  for (let k = 0; k < n; k++) {
    // The varints read inline (the loop runs once per row: no call per number).
    let b = bytes[p++];
    let v = b & 0x7f;
    for (let mul = 128; b >= 0x80; mul *= 128) { b = bytes[p++]; v += (b & 0x7f) * mul; }
    h += v;
    let s = home(h);
    while (used[s]) s = s + 1 === size ? 0 : s + 1;
    used[s] = 1;
    hashes[s * STRIDE] = h;
    b = bytes[p++];
    let mask = b & 0x7f;
    for (let mul = 128; b >= 0x80; mul *= 128) { b = bytes[p++]; mask += (b & 0x7f) * mul; }
    for (let t = 0; t < T; t++) {
      if (!(mask & (1 << t))) continue;
      b = bytes[p++];
      v = b & 0x7f;
      for (let mul = 128; b >= 0x80; mul *= 128) { b = bytes[p++]; v += (b & 0x7f) * mul; }
      weights[s * STRIDE + 1 + t] = (v % 2 ? -(v + 1) / 2 : v / 2) * scale;
    }
  }
  const transitions = new Float32Array(T * T);
  for (let i = 0; i < T * T; i++) transitions[i] = zigzag();
  const starts = new Float32Array(T);
  for (let i = 0; i < T; i++) starts[i] = zigzag();
  // A one-hash filter of the stored hashes (8 bits per row, about 1 in 20 absent features passes), read
  // before the table: most word pairs are not in the model, and the filter stays in cache.
  let bits = 1 << 16;
  while (bits < n * 8) bits <<= 1;
  const filter = new Uint32Array(bits >>> 5);
  const fmask = bits - 1;
  for (let s = 0; s < size; s++) {
    if (!used[s]) continue;
    const key = hashes[s * STRIDE];
    const b = (key ^ (key >>> 16)) & fmask;
    filter[b >>> 5] |= 1 << (b & 31);
  }
  const find = (hash: number): number => {
    const b = (hash ^ (hash >>> 16)) & fmask;
    if (!(filter[b >>> 5] & (1 << (b & 31)))) return -1;
    let s = home(hash);
    while (used[s]) {
      if (hashes[s * STRIDE] === hash) return s * STRIDE + 1;
      s = s + 1 === size ? 0 : s + 1;
    }
    return -1;
  };
  const edges = new Float32Array(OFFSETS.length * 2 * T);
  const model = { find, weights, transitions, starts, edges, nameWords: new Set(data.nameWords ? data.nameWords.split('\n') : []) };
  OFFSETS.forEach((o, j) => {
    addFeatures(model, [edgeFeature(o, true)], edges, 2 * j * T);
    addFeatures(model, [edgeFeature(o, false)], edges, (2 * j + 1) * T);
  });
  return model;
}

/** Adds the row of a feature hash, if the model has one, into out at base. */
function addRow(model: LinearModel, hash: number, out: Float32Array, base: number): void {
  const k = model.find(hash);
  if (k < 0) return;
  const w = model.weights;
  const T = TAG_COUNT;
  for (let t = 0; t < T; t++) out[base + t] += w[k + t];
}

/** Sums the rows of a list of features (names) into out[base …]. */
export function addFeatures(model: LinearModel, features: readonly string[], out: Float32Array, base = 0): void {
  for (const f of features) addRow(model, featureHash(f), out, base);
}

/** Per window offset: the hash state of its feature prefix, and which feature groups it takes. */
const OFFSET_STATES = OFFSETS.map((o) => fnv1a(offsetPrefix(o)));
const NEAR = OFFSETS.map((o) => groupsAt(o)[0]);
const CENTER = OFFSETS.map((o) => groupsAt(o)[1]);

/** Per cached word type, one row of 32-bit words: its emission vectors at each window offset
 *  (OFFSETS.length * T floats), then the hash states of its pair and class features (ROW_STATES words:
 *  pair left, pair right, class left, class right, class trigram), so that a token reads one row. */
const VECTOR_WORDS = OFFSETS.length * TAG_COUNT;
const ROW_STATES = 5;
const ROW = VECTOR_WORDS + ROW_STATES;
const PAIR_L = VECTOR_WORDS;
const PAIR_R = VECTOR_WORDS + 1;
const CLASS_L = VECTOR_WORDS + 2;
const CLASS_R = VECTOR_WORDS + 3;
const CLASS_TRI = VECTOR_WORDS + 4;

/**
 * Per word type: its emission contribution at each window offset and the hash states of its pair and
 * class features, in one row of a pooled buffer (see ROW). Bounded: cleared when it grows past `limit` types.
 */
export class EmissionCache {
  private readonly index = new Map<string, number>();
  /** The rows, as floats (the vectors) and as words (the states): two views of one buffer. */
  private vectors = new Float32Array(0);
  private states = new Uint32Array(0);
  private stems: string[] = [];
  private classNames: string[] = [];
  /** Stands for this cache's slots in word records; replaced when the cache is emptied (EmissionSlots). */
  private stamp: object = {};
  constructor(private readonly limit = 100_000) {}

  get size(): number { return this.index.size; }

  /** Slot of a word type, computed on first sight. */
  slot(model: LinearModel, key: string, marked: boolean, lex: Lexicon): number {
    const k = marked ? key + '\u0001' : key;
    let s = this.index.get(k);
    if (s !== undefined) return s;
    s = this.index.size;
    if ((s + 1) * ROW > this.vectors.length) this.grow(Math.max(4096, Math.ceil(s * 1.5)));
    const row = s * ROW;
    this.vectors.fill(0, row, row + ROW); // a slot reused after a clear
    // The word's features are built once and hashed under each offset's prefix (no prefixed strings).
    const [all, near, center] = wordFeatures(key, lex, marked);
    for (let j = 0; j < OFFSETS.length; j++) {
      const state = OFFSET_STATES[j];
      const base = row + j * TAG_COUNT;
      for (const f of all) addRow(model, fnv1a(f, state), this.vectors, base);
      if (NEAR[j]) for (const f of near) addRow(model, fnv1a(f, state), this.vectors, base);
      if (CENTER[j]) for (const f of center) addRow(model, fnv1a(f, state), this.vectors, base);
    }
    const st = stem(key)[1];
    const [l, r] = pairStates(st);
    this.states[row + PAIR_L] = l;
    this.states[row + PAIR_R] = r;
    this.stems[s] = st;
    const cls = wordClass(key, lex);
    this.classNames[s] = cls;
    this.states.set(classStates(cls), row + CLASS_L);
    this.index.set(k, s);
    return s;
  }

  /** slot() for a token, read from its word record when this cache gave the record a slot already. */
  slotOf(model: LinearModel, tok: Token, lex: Lexicon): number {
    const marked = hasTanween(tok);
    let e = tok.type.emission;
    if (e !== undefined && e.stamp === this.stamp) {
      const s = marked ? e.marked : e.plain;
      if (s >= 0) return s;
    } else {
      tok.type.emission = e = { stamp: this.stamp, plain: -1, marked: -1 };
    }
    const s = this.slot(model, tokenKey(tok), marked, lex);
    if (marked) e.marked = s;
    else e.plain = s;
    return s;
  }

  private grow(types: number): void {
    const buffer = new ArrayBuffer(types * ROW * 4);
    const v = new Float32Array(buffer);
    v.set(this.vectors);
    this.vectors = v;
    this.states = new Uint32Array(buffer);
  }

  /** Room for `types` new word types without a clear inside one sequence (slots stay valid for it). */
  reserve(types: number): void {
    if (this.index.size + types > this.limit) { this.index.clear(); this.stems = []; this.classNames = []; this.stamp = {}; }
  }

  /** The pooled rows as floats: a slot's vector at offset index j starts at slot * ROW + j * T. */
  pool(): Float32Array { return this.vectors; }
  /** The pooled rows as words (the hash states at slot * ROW + PAIR_L …). */
  statePool(): Uint32Array { return this.states; }
  stemOf(slot: number): string { return this.stems[slot]; }
  classOf(slot: number): string { return this.classNames[slot]; }
}

const BOS_LEFT = pairStates(BOS_STEM)[0];
const BOS_CLASS = classStates(BOS_STEM);

/**
 * Emission scores of tokens[from … to), [position * T + tag]. Each word type's vector is computed once
 * and kept in `cache`, so repeated words cost a look-up; the pair features are hashed from cached states.
 */
export function emissions(model: LinearModel, tokens: readonly Token[], lex: Lexicon, cache: EmissionCache, from = 0, to = tokens.length): Float32Array {
  const T = TAG_COUNT;
  const n = to - from;
  const out = new Float32Array(n * T);
  const slots = new Int32Array(n);
  cache.reserve(n);
  for (let i = 0; i < n; i++) slots[i] = cache.slotOf(model, tokens[from + i], lex);
  const edge = model.edges;
  const vec = cache.pool();
  const st = cache.statePool();
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let j = 0; j < OFFSETS.length; j++) {
      const k = i + OFFSETS[j];
      if (k < 0 || k >= n) {
        const src = (k < 0 ? 2 * j : 2 * j + 1) * T;
        for (let t = 0; t < T; t++) out[base + t] += edge[src + t];
      } else {
        const src = slots[k] * ROW + j * T;
        for (let t = 0; t < T; t++) out[base + t] += vec[src + t];
      }
    }
    const here = slots[i] * ROW;
    const prev = i ? slots[i - 1] * ROW : -1;
    // Word pairs: '<' + previous stem + '|' + stem, '>' + stem + '|' + next stem.
    addRow(model, fnv1a(cache.stemOf(slots[i]), prev >= 0 ? st[prev + PAIR_L] : BOS_LEFT), out, base);
    addRow(model, fnv1a(i + 1 < n ? cache.stemOf(slots[i + 1]) : EOS_STEM, st[here + PAIR_R]), out, base);
    // Class n-grams: '<c' + previous + '|' + this, '>c' + this + '|' + next, '3c' + previous + '|' + this + '|' + next.
    const clsHere = cache.classOf(slots[i]);
    const clsNext = i + 1 < n ? cache.classOf(slots[i + 1]) : EOS_STEM;
    addRow(model, fnv1a(clsHere, prev >= 0 ? st[prev + CLASS_L] : BOS_CLASS[0]), out, base);
    addRow(model, fnv1a(clsNext, st[here + CLASS_R]), out, base);
    addRow(model, fnv1a(clsNext, fnv1a('|', fnv1a(clsHere, prev >= 0 ? st[prev + CLASS_TRI] : BOS_CLASS[2]))), out, base);
  }
  return out;
}

/** Per tag, the tags allowed before it (BIO), as a flat list with offsets. */
const PREDS: Int8Array[] = Array.from({ length: TAG_COUNT }, (_, t) => Int8Array.from(Array.from({ length: TAG_COUNT }, (_, p) => p).filter((p) => ALLOWED[(p + 1) * TAG_COUNT + t])));

/** The best BIO-valid tag sequence for the given emission scores (Viterbi, linear in the length). */
export function viterbi(model: { readonly transitions: ArrayLike<number>; readonly starts: ArrayLike<number> }, em: ArrayLike<number>, n: number): Uint8Array {
  const T = TAG_COUNT;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const tr = model.transitions;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? model.starts[t] + em[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const here = i * T;
    for (let t = 0; t < T; t++) {
      const preds = PREDS[t];
      let arg = preds[0];
      let best = score[prev + arg] + tr[arg * T + t];
      for (let q = 1; q < preds.length; q++) {
        const p = preds[q];
        const s = score[prev + p] + tr[p * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[here + t] = best + em[here + t];
      back[here + t] = arg;
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
