// Trains the name tagger on NewsFANE (../shared/data/newsfane, CC BY-SA 3.0; see the README), reports
// 5-fold cross-validated entity F1 (exact span match, contiguous folds so that one article's sentences
// stay in one fold), then trains on everything and writes server/src/analysis/tagger/model-data.json.
//   node --import tsx scripts/train/tagger.ts [--folds N] [--epochs N] [--no-write]
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { tokenize, type Token } from '../../server/src/analysis/tokens';
import { positionFeatures, stem } from '../../server/src/analysis/tagger/features';
import { encodeModel, type ModelData } from '../../server/src/analysis/tagger/model';
import { makeTagger, tagNames } from '../../server/src/analysis/tagger/tag';
import { TAGS, TAG_COUNT, type NameType } from '../../server/src/analysis/tagger/tags';
import { train, type Example, type Trained } from './perceptron';
import { readNewsfane, type Sentence } from './newsfane';

const root = resolve(__dirname, '..', '..');
const corpus = resolve(root, '..', 'shared', 'data', 'newsfane', 'train.conll');
const out = join(root, 'server', 'src', 'analysis', 'tagger', 'model-data.json');
const arg = (name: string, def: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : def; };
const FOLDS = arg('--folds', 5);
const EPOCHS = arg('--epochs', 8);
/** Features kept in the shipped model: largest averaged weight at least this (in update units). */
const PRUNE = 0.5;
/** --interleaved: sentence i in fold i mod N (names of one article fall in several folds: optimistic). */
const INTERLEAVED = process.argv.includes('--interleaved');

export interface Prepared { readonly sentence: Sentence; readonly tokens: Token[]; readonly tags: Uint8Array }

export function prepare(sentences: readonly Sentence[]): Prepared[] {
  return sentences.map((sentence) => {
    const tokens = tokenize(sentence.text).filter((t) => t.kind !== 'break');
    const tags = new Uint8Array(tokens.length);
    for (const n of sentence.names) {
      let first = true;
      tokens.forEach((t, i) => {
        if (t.end <= n.start || t.start >= n.end) return;
        tags[i] = TAGS.indexOf(`${first ? 'B' : 'I'}-${n.type}` as (typeof TAGS)[number]);
        first = false;
      });
    }
    return { sentence, tokens, tags };
  });
}

function examplesOf(items: readonly Prepared[], ids: Map<number, number>, grow: boolean): Example[] {
  const lex = lexiconFor();
  return items.map((p) => ({
    tags: p.tags,
    features: p.tokens.map((_, i) => {
      const fs = positionFeatures(p.tokens, i, lex);
      const out: number[] = [];
      for (const f of fs) {
        let id = ids.get(f);
        if (id === undefined && grow) ids.set(f, (id = ids.size));
        if (id !== undefined) out.push(id);
      }
      return Int32Array.from(out);
    }),
  }));
}

/** Words inside names (clitic-free), for the decision whether a leading letter is a clitic. */
function nameWords(items: readonly Prepared[]): string[] {
  const words = new Set<string>();
  for (const p of items) p.tokens.forEach((t, i) => { if (p.tags[i] && t.kind === 'word') words.add(stem(t.norm)[0] && p.sentence.names.some((n) => n.start > t.start && n.start < t.end) ? t.norm.slice(stem(t.norm)[0].length) : t.norm); });
  return [...words].sort();
}

/** The stored model: features (by hash) whose largest averaged weight is at least `prune`. */
export function toModelData(model: Trained, ids: Map<number, number>, words: string[], prune: number): ModelData {
  const T = TAG_COUNT;
  const rows = new Map<number, Float64Array>();
  for (const [h, id] of ids) {
    const row = model.weights.subarray(id * T, id * T + T);
    if (Math.max(...row.map(Math.abs)) >= prune) rows.set(h, row);
  }
  return encodeModel(rows, model.transitions, model.starts, words, TAGS);
}

interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function evaluate(data: ModelData, items: readonly Prepared[]): Record<NameType, Counts> {
  const lex = lexiconFor();
  const tagger = makeTagger(data);
  const c: Record<NameType, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
  for (const p of items) {
    const tokens = tokenize(p.sentence.text);
    const found = tagNames(tokens, lex, tagger);
    const gold = new Set(p.sentence.names.map((n) => `${n.type}:${n.start}:${n.end}`));
    for (const s of found) {
      const k = `${s.type}:${s.start}:${s.end}`;
      if (gold.has(k)) { c[s.type].tp++; gold.delete(k); } else c[s.type].fp++;
    }
    for (const k of gold) c[k.split(':')[0] as NameType].fn++;
  }
  return c;
}

const f1 = (c: Counts) => { const p = c.tp / (c.tp + c.fp || 1); const r = c.tp / (c.tp + c.fn || 1); return { p, r, f: (2 * p * r) / (p + r || 1) }; };
const fmt = (c: Counts) => { const x = f1(c); return `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f.toFixed(3)}`; };

function main(): void {
  if (!existsSync(corpus)) {
    console.log('train: skipped (../shared/data/newsfane is not beside the project)');
    return;
  }
  const items = prepare(readNewsfane(corpus));
  console.log(`NewsFANE: ${items.length} sentences, ${items.reduce((n, p) => n + p.tokens.length, 0)} tokens, ${items.reduce((n, p) => n + p.sentence.names.filter((x) => x.type === 'PER').length, 0)} person names`);
  const total: Record<NameType, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
  for (let k = 0; k < FOLDS; k++) {
    const lo = Math.floor((k * items.length) / FOLDS);
    const hi = Math.floor(((k + 1) * items.length) / FOLDS);
    const inFold = (i: number) => (INTERLEAVED ? i % FOLDS === k : i >= lo && i < hi);
    const trainItems = items.filter((_, i) => !inFold(i));
    const testItems = items.filter((_, i) => inFold(i));
    const ids = new Map<number, number>();
    const model = train(examplesOf(trainItems, ids, true), ids.size, EPOCHS, k + 1);
    const c = evaluate(toModelData(model, ids, nameWords(trainItems), PRUNE), testItems);
    for (const t of ['PER', 'ORG', 'LOC'] as const) { total[t].tp += c[t].tp; total[t].fp += c[t].fp; total[t].fn += c[t].fn; }
    console.log(`fold ${k + 1}/${FOLDS}: person ${fmt(c.PER)} · organization ${fmt(c.ORG)} · place ${fmt(c.LOC)}`);
  }
  if (FOLDS > 1) console.log(`cross-validated (${FOLDS} folds, exact entity match): person ${fmt(total.PER)} · organization ${fmt(total.ORG)} · place ${fmt(total.LOC)}`);
  if (process.argv.includes('--no-write')) return;
  const ids = new Map<number, number>();
  const model = train(examplesOf(items, ids, true), ids.size, EPOCHS, 1);
  const data = toModelData(model, ids, nameWords(items), PRUNE);
  writeFileSync(out, JSON.stringify(data) + '\n');
  console.log(`model: ${data.count} of ${ids.size} features kept, ${(JSON.stringify(data).length / 1024).toFixed(0)} KB → ${out}`);
}

if (process.argv[1]?.endsWith("tagger.ts")) main();
