// Trains the speech-or-term model (server/src/analysis/kind-model.ts) on the gold kinds: a logistic
// regression (L2, full-batch gradient descent, deterministic) over kind-features.ts, with the rules'
// verdict as a prior so that the weights learn corrections to the rules. Reports accuracy
// cross-validated by article (every quote of an article in one fold) for the rules and the model on
// the dev part; with --held also the model trained on dev scored on the held part, and both parts
// cross-validated. Writes server/src/analysis/kind-weights.json: the trained model when it beats the
// rules by MARGIN quotes in cross-validation, else an empty table (the engine then uses the rules).
//   node --import tsx scripts/train/kinds.ts [--held] [--folds N] [--train dev|all] [--l2 X] [--no-write]
// Without --held only the dev part is read (and --train dev is the only model it can write).
// The evaluation slices (test/devgold/fresh/ and sealed/) are never read.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kindFeatures } from '../../server/src/analysis/kind-features';
import type { KindModelData } from '../../server/src/analysis/kind-model';
import { ruleKinds } from '../../server/src/analysis/kinds';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { runStages } from '../../server/src/analysis/pipeline';
import { DEV_FILES, HELD_FILES, loadGold, sharedPresent, type GoldArticle } from './kind-data';

const root = resolve(__dirname, '..', '..');
const out = join(root, 'server', 'src', 'analysis', 'kind-weights.json');
const arg = (name: string, def: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const FOLDS = Number(arg('--folds', '5'));
/** The part the shipped model is trained on: dev (default) or all (dev and held; needs --held). */
const TRAIN_ON = arg('--train', 'dev');
/** A feature is kept when it occurs in at least this many training articles (no one article's words). */
const MIN_ARTICLES = 3;
const L2 = Number(arg('--l2', '0.005'));
const STEPS = Number(arg('--steps', '1500'));
/** The rules' verdict as a prior on the log-odds (the weights learn corrections to it). */
const PRIOR = Number(arg('--prior', '3'));
/** The model is written only when it beats the rules in cross-validation by at least this many quotes. */
/** How many more quotes the model must get right than the rules, in cross-validation, to ship: 1 in
 *  200 of the gold quotes (3 of 1,913 is noise, and the model's features cost a scan per quote). */
const MARGIN = 10;
const RATE = Number(arg('--rate', '2'));

export interface Example { readonly article: string; readonly features: readonly string[]; readonly speech: boolean; readonly rule: boolean; readonly certain: boolean }

/** Every gold quote the engine also finds, with its features, gold kind and the rules' kind. */
export function examplesOf(articles: readonly GoldArticle[]): Example[] {
  const lex = lexiconFor();
  const out: Example[] = [];
  for (const a of articles) {
    const { doc, people, cueIndex: cues } = runStages(a.text);
    const rules = ruleKinds(doc, people, cues, lex);
    const gold = new Map(a.quotes.map((q) => [`${q.start}:${q.end}`, q.kind]));
    const ctx = { doc, people, cues, lex, rules };
    doc.quotes.forEach((q, qi) => {
      const g = gold.get(`${q.start}:${q.end}`);
      if (!g) return;
      out.push({ article: `${a.set}/${a.id}`, features: kindFeatures(ctx, qi), speech: g === 'speech', rule: rules[qi].kind === 'speech', certain: !!rules[qi].certain });
    });
  }
  return out;
}

export function train(examples: readonly Example[]): KindModelData {
  const learn = examples.filter((e) => !e.certain);
  const articlesOf = new Map<string, Set<string>>();
  for (const e of learn) for (const f of e.features) (articlesOf.get(f) ?? articlesOf.set(f, new Set()).get(f)!).add(e.article);
  const names = [...articlesOf.keys()].filter((f) => articlesOf.get(f)!.size >= MIN_ARTICLES).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = learn.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(names.length);
  let b = 0;
  const n = learn.length;
  for (let step = 0; step < STEPS; step++) {
    const g = new Float64Array(names.length);
    let gb = 0;
    rows.forEach((r, i) => {
      let z = b + (learn[i].rule ? PRIOR : -PRIOR);
      for (const k of r) z += w[k];
      const err = 1 / (1 + Math.exp(-z)) - (learn[i].speech ? 1 : 0);
      gb += err;
      for (const k of r) g[k] += err;
    });
    b -= (RATE * gb) / n;
    for (let k = 0; k < w.length; k++) w[k] -= RATE * (g[k] / n + L2 * w[k]);
  }
  const weights: Record<string, number> = {};
  names.forEach((f, k) => { if (Math.abs(w[k]) >= 0.005) weights[f] = Math.round(w[k] * 1000) / 1000; });
  return { version: 1, bias: Math.round(b * 1000) / 1000, prior: PRIOR, weights };
}

export function predict(m: KindModelData, e: Example): boolean {
  if (e.certain) return e.rule;
  let z = m.bias + (e.rule ? m.prior : -m.prior);
  for (const f of e.features) z += m.weights[f] ?? 0;
  return z >= 0;
}

/** Deterministic fold of an article: a hash of its name. */
function foldOf(article: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < article.length; i++) h = Math.imul(h ^ article.charCodeAt(i), 16777619) >>> 0;
  return h % folds;
}

function rightCount(examples: readonly Example[], guess: (e: Example) => boolean): number {
  return examples.filter((e) => guess(e) === e.speech).length;
}

function show(right: number, total: number): string {
  return `${(right / total).toFixed(3)} (${right}/${total})`;
}

/** Quotes the model gets right when each article's quotes are guessed by a model trained without it. */
function crossValidate(examples: readonly Example[]): number {
  const guesses = new Map<Example, boolean>();
  for (let k = 0; k < FOLDS; k++) {
    const m = train(examples.filter((e) => foldOf(e.article, FOLDS) !== k));
    for (const e of examples) if (foldOf(e.article, FOLDS) === k) guesses.set(e, predict(m, e));
  }
  return rightCount(examples, (e) => guesses.get(e)!);
}

/** Rules and model on a part: the rules' accuracy and the model's, cross-validated by article. */
function compare(name: string, examples: readonly Example[]): { rules: number; model: number } {
  const rules = rightCount(examples, (e) => e.rule);
  const model = crossValidate(examples);
  console.log(`${name}: rules ${show(rules, examples.length)}; model, ${FOLDS}-fold by article ${show(model, examples.length)}`);
  return { rules, model };
}

function main(): void {
  if (!sharedPresent()) { console.log('kinds: skipped (../shared is not beside the project)'); return; }
  const dev = examplesOf(loadGold(DEV_FILES));
  let chosen = compare('dev part ', dev);
  let trainSet = dev;
  if (process.argv.includes('--held')) {
    const held = examplesOf(loadGold(HELD_FILES));
    const devModel = train(dev);
    console.log(`held part: rules ${show(rightCount(held, (e) => e.rule), held.length)}; model trained on the dev part ${show(rightCount(held, (e) => predict(devModel, e)), held.length)}`);
    const both = compare('both     ', [...dev, ...held]);
    if (TRAIN_ON === 'all') { chosen = both; trainSet = [...dev, ...held]; }
  }
  // The model ships only when it is worth its weight: otherwise an empty table (the rules decide).
  const model = chosen.model - chosen.rules >= MARGIN ? train(trainSet) : { version: 1, bias: 0, prior: PRIOR, weights: {} };
  if (!Object.keys(model.weights).length) console.log(`the model does not beat the rules by ${MARGIN} quotes: no weights`);
  if (!process.argv.includes('--no-write')) write(model);
}

function write(model: KindModelData): void {
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`wrote ${out} (${Object.keys(model.weights).length} weights)`);
}

main();
