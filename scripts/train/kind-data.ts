// The gold articles for the kind trainer (scripts/train/kinds.ts) and the error listing
// (scripts/train/kind-errors.ts): each gold document with its article text and gold quotes.
//   dev part:  test/devgold/snn-dev*.gold.json and every batch but the held ones
//   held part: batches snn-b3, snn-b4, pan-b3, pan-b4 (never test/devgold/fresh/: the sealed slice)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { devGoldFiles, loadGoldFiles } from './devgold';

const shared = resolve(__dirname, '..', '..', '..', 'shared');

/** The held part, kept apart to measure the kind rules on articles not studied while writing them. */
export const HELD_FILES = ['batches/snn-b3.gold.json', 'batches/snn-b4.gold.json', 'batches/pan-b3.gold.json', 'batches/pan-b4.gold.json'];
/** Everything else: the older sets and every other batch. */
export const DEV_FILES = devGoldFiles().filter((f) => !HELD_FILES.includes(f));

export interface GoldQuote { readonly start: number; readonly end: number; readonly kind: 'speech' | 'term' }
export interface GoldArticle {
  readonly set: string;
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly quotes: readonly GoldQuote[];
}

export function sharedPresent(): boolean {
  return existsSync(join(shared, 'corpus', 'snn-dev', 'articles.jsonl'));
}

export function loadGold(files: readonly string[]): GoldArticle[] {
  return (loadGoldFiles(files) ?? []).map((d) => ({ set: d.set ?? '', id: d.id, file: d.file, text: d.text, quotes: d.quotes }));
}
