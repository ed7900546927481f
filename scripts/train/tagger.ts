// Trains the name tagger on NewsFANE (../shared/data/newsfane, CC BY-SA 3.0; see the README) and on the
// project's own annotated articles (test/devgold, persons only, partial labels; see owngold.ts), reports
// cross-validated entity F1 (exact span match) — 5 folds over NewsFANE (contiguous, so that one article's
// sentences stay in one fold) with all the own gold in training, and 5 folds over the own-gold articles
// with all of NewsFANE in training — then trains on everything and writes
// server/src/analysis/tagger/model-data.json.
//   node --import tsx scripts/train/tagger.ts [--folds N] [--epochs N] [--interleaved] [--no-write]
//     [--no-gold] [--hold-out PREFIX] [--gold-folds N] [--gold-weight N] [--cv newsfane|gold|none]
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { tokenize, type Token } from '../../server/src/analysis/tokens';
import { positionFeatures, stem } from '../../server/src/analysis/tagger/features';
import { encodeModel, type ModelData } from '../../server/src/analysis/tagger/model';
import { makeTagger, tagNames } from '../../server/src/analysis/tagger/tag';
import { partialSequences, readOwnGold, type GoldArticle } from './owngold';
import { TAGS, TAG_COUNT, type NameType } from '../../server/src/analysis/tagger/tags';
import { train, type Example, type Trained } from './perceptron';
import { readNewsfane, type Sentence } from './newsfane';

const root = resolve(__dirname, '..', '..');
const shared = resolve(root, '..', 'shared');
const corpus = join(shared, 'data', 'newsfane', 'train.conll');
const out = join(root, 'server', 'src', 'analysis', 'tagger', 'model-data.json');
const arg = (name: string, def: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : def; };
const FOLDS = arg('--folds', 5);
const EPOCHS = arg('--epochs', 16);
/** Features kept in the shipped model: largest averaged weight at least this (in update units). At 1
 *  rather than 0.5 the model holds half the features and scores the same (person F1 on held-out gold
 *  batches within 0.002). */
const PRUNE = 1;
/** Weights are stored as multiples of the largest one / LEVELS (9 bits): 1/8 of an update. */
const LEVELS = 511;
/** --interleaved: sentence i in fold i mod N (names of one article fall in several folds: optimistic). */
const INTERLEAVED = process.argv.includes('--interleaved');
const GOLD_FOLDS = arg('--gold-folds', 5);
/** Times each own-gold line is visited per epoch. */
const GOLD_WEIGHT = arg('--gold-weight', 2);
const CV = (() => { const i = process.argv.indexOf('--cv'); return i > 0 ? process.argv[i + 1] : 'both'; })();

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

/** A training sequence: tokens and tags, with the allowed tags per position when the labels are partial. */
interface Labelled { readonly tokens: readonly Token[]; readonly tags: Uint8Array; readonly mask?: Uint8Array }

function examplesOf(items: readonly Labelled[], ids: Map<number, number>, grow: boolean): Example[] {
  const lex = lexiconFor();
  return items.map((p) => ({
    tags: p.tags,
    mask: p.mask,
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
  let maxAbs = 0;
  for (const [h, id] of ids) {
    const row = model.weights.subarray(id * T, id * T + T);
    const top = Math.max(...row.map(Math.abs));
    if (top >= prune) { rows.set(h, row); maxAbs = Math.max(maxAbs, top); }
  }
  for (const a of [model.transitions, model.starts]) for (const x of a) maxAbs = Math.max(maxAbs, Math.abs(x));
  return encodeModel(rows, model.transitions, model.starts, words, TAGS, (maxAbs || 1) / LEVELS);
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

/** Person mentions found by the tagger in whole gold articles (exact spans), as the engine runs it. */
export function evaluateGold(data: ModelData, articles: readonly GoldArticle[]): Counts {
  const lex = lexiconFor();
  const tagger = makeTagger(data);
  const c = zero();
  for (const a of articles) {
    const gold = new Set(a.persons.map((m) => `${m.start}:${m.end}`));
    for (const s of tagNames(tokenize(a.text), lex, tagger)) {
      if (s.type !== 'PER') continue;
      const k = `${s.start}:${s.end}`;
      if (gold.has(k)) { c.tp++; gold.delete(k); } else c.fp++;
    }
    c.fn += gold.size;
  }
  return c;
}

/** Trains on NewsFANE sentences and own-gold lines (each gold line GOLD_WEIGHT times). */
export function trainOn(items: readonly Prepared[], gold: readonly GoldArticle[], seed: number): ModelData {
  const ids = new Map<number, number>();
  const lines = gold.flatMap(partialSequences);
  const examples = examplesOf([...items, ...lines], ids, true);
  const weighted = [...examples, ...Array.from({ length: GOLD_WEIGHT - 1 }, () => examples.slice(items.length)).flat()];
  const model = train(weighted, ids.size, EPOCHS, seed);
  lastFeatureCount = ids.size;
  return toModelData(model, ids, nameWords(items), PRUNE);
}
let lastFeatureCount = 0;

function main(): void {
  if (!existsSync(corpus)) {
    console.log('train: skipped (../shared/data/newsfane is not beside the project)');
    return;
  }
  const items = prepare(readNewsfane(corpus));
  console.log(`NewsFANE: ${items.length} sentences, ${items.reduce((n, p) => n + p.tokens.length, 0)} tokens, ${items.reduce((n, p) => n + p.sentence.names.filter((x) => x.type === 'PER').length, 0)} person names`);
  // --hold-out PREFIX: leave test/devgold/batches/PREFIX* out of training (to score the engine on them unseen).
  const holdOut = (() => { const i = process.argv.indexOf('--hold-out'); return i > 0 ? process.argv[i + 1] ?? '' : null; })();
  const gold = process.argv.includes('--no-gold') ? [] : readOwnGold(root, shared, holdOut);
  if (gold === null) console.log('own gold: skipped (../shared/corpus/snn-dev and pan-dev are not beside the project): training on NewsFANE alone');
  const own = gold ?? [];
  if (own.length) console.log(`own gold: ${own.length} articles, ${own.reduce((n, a) => n + a.persons.length, 0)} person mentions (persons only: partial labels)`);
  if (CV === 'both' || CV === 'newsfane') {
    const total: Record<NameType, Counts> = { PER: zero(), ORG: zero(), LOC: zero() };
    for (let k = 0; k < FOLDS; k++) {
      const lo = Math.floor((k * items.length) / FOLDS);
      const hi = Math.floor(((k + 1) * items.length) / FOLDS);
      const inFold = (i: number) => (INTERLEAVED ? i % FOLDS === k : i >= lo && i < hi);
      const c = evaluate(trainOn(items.filter((_, i) => !inFold(i)), own, k + 1), items.filter((_, i) => inFold(i)));
      for (const t of ['PER', 'ORG', 'LOC'] as const) { total[t].tp += c[t].tp; total[t].fp += c[t].fp; total[t].fn += c[t].fn; }
      console.log(`fold ${k + 1}/${FOLDS}: person ${fmt(c.PER)} · organization ${fmt(c.ORG)} · place ${fmt(c.LOC)}`);
    }
    if (FOLDS > 1) console.log(`NewsFANE cross-validated (${FOLDS} ${INTERLEAVED ? 'interleaved' : 'contiguous'} folds, exact entity match${own.length ? ', all own gold in training' : ''}): person ${fmt(total.PER)} · organization ${fmt(total.ORG)} · place ${fmt(total.LOC)}`);
  }
  if ((CV === 'both' || CV === 'gold') && own.length && GOLD_FOLDS > 1) {
    // Folds by article (article i in fold i mod N): all of NewsFANE and the other folds' articles train.
    const total = zero();
    for (let k = 0; k < GOLD_FOLDS; k++) {
      const c = evaluateGold(trainOn(items, own.filter((_, i) => i % GOLD_FOLDS !== k), k + 1), own.filter((_, i) => i % GOLD_FOLDS === k));
      total.tp += c.tp; total.fp += c.fp; total.fn += c.fn;
      console.log(`own-gold fold ${k + 1}/${GOLD_FOLDS}: person ${fmt(c)}`);
    }
    console.log(`own gold cross-validated (${GOLD_FOLDS} folds by article, tagger persons, exact span): person ${fmt(total)}`);
  }
  if (process.argv.includes('--no-write')) return;
  const data = trainOn(items, own, 1);
  writeFileSync(out, JSON.stringify(data) + '\n');
  console.log(`model: ${data.count} of ${lastFeatureCount} features kept, ${(JSON.stringify(data).length / 1024).toFixed(0)} KB → ${out}`);
}

if (process.argv[1]?.endsWith("tagger.ts")) main();
