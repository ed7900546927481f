// The gold articles for the kind trainer (scripts/train/kinds.ts) and the error listing
// (scripts/train/kind-errors.ts): each gold document with its article text and gold quotes.
//   dev part:  test/devgold/snn-dev*.gold.json, batches snn-b1, snn-b2, pan-b1, pan-b2
//   held part: batches snn-b3, snn-b4, pan-b3, pan-b4 (never test/devgold/fresh/: the sealed slice)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const shared = resolve(root, '..', 'shared');
const devgold = join(root, 'test', 'devgold');

export const DEV_FILES = ['snn-dev.gold.json', 'snn-dev-holdout.gold.json', 'snn-dev-blind.gold.json',
  'batches/snn-b1.gold.json', 'batches/snn-b2.gold.json', 'batches/pan-b1.gold.json', 'batches/pan-b2.gold.json'];
export const HELD_FILES = ['batches/snn-b3.gold.json', 'batches/snn-b4.gold.json', 'batches/pan-b3.gold.json', 'batches/pan-b4.gold.json'];

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

function readArticles(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const c of ['snn-dev', 'pan-dev']) {
    const f = join(shared, 'corpus', c, 'articles.jsonl');
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; content: string };
      texts.set(`${c}:${a.id}`, a.content);
    }
  }
  return texts;
}

export function loadGold(files: readonly string[]): GoldArticle[] {
  const texts = readArticles();
  const out: GoldArticle[] = [];
  for (const f of files) {
    if (f.includes('fresh')) throw new Error('the fresh slice is sealed');
    const g = JSON.parse(readFileSync(join(devgold, f), 'utf8')) as { name: string; documents: { id: string; file: string; corpus?: string; quotes: GoldQuote[] }[] };
    for (const d of g.documents) {
      const text = texts.get(`${d.corpus ?? 'snn-dev'}:${d.id}`);
      if (text === undefined) throw new Error(`article ${d.id} not found`);
      out.push({ set: g.name ?? f, id: d.id, file: d.file, text, quotes: d.quotes });
    }
  }
  return out;
}
