// The development gold (test/devgold/*.gold.json and batches/, never the evaluation slices fresh/ and sealed/) with each
// document's article text from ../shared/corpus (snn-dev or pan-dev, by the document's "corpus").
// Returns null when ../shared is not beside the project. loadSeedGold: the seed articles' gold, the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GoldSpeaker { readonly name: string; readonly type: 'person' | 'organization' | 'anonymous'; readonly aliases?: readonly string[] }
export interface GoldQuote { readonly start: number; readonly end: number; readonly kind: 'speech' | 'term'; readonly speaker?: GoldSpeaker | null }
export interface GoldDocument {
  readonly id: string;
  readonly file: string;
  readonly corpus?: string;
  readonly quotes: readonly GoldQuote[];
  readonly people: readonly { name: string; mentions: readonly [number, number][] }[];
  /** The gold file's name and the article's text (added on loading). */
  readonly set?: string;
  text: string;
}

const ROOT = resolve(__dirname, '..', '..');
const SHARED_CORPUS = resolve(ROOT, '..', 'shared', 'corpus');

/** The development gold files, as paths under test/devgold/ (top level, then batches/, each sorted; not
 *  recursive, so test/devgold/fresh/ is never listed). */
export function devGoldFiles(root = ROOT): string[] {
  const dir = join(root, 'test', 'devgold');
  const list = (d: string) => (existsSync(d) ? readdirSync(d).filter((n) => n.endsWith('.gold.json')).sort() : []);
  return [...list(dir), ...list(join(dir, 'batches')).map((n) => `batches/${n}`)];
}

/** The documents of the given gold files (paths under test/devgold/), with their article texts, in file
 *  and document order; null when the corpora are absent. The sealed slice is refused. */
export function loadGoldFiles(files: readonly string[], root = ROOT, corpus = SHARED_CORPUS): GoldDocument[] | null {
  const corpora = ['snn-dev', 'pan-dev'].map((c) => join(corpus, c, 'articles.jsonl'));
  if (!corpora.every(existsSync)) return null;
  const texts = new Map<string, string>();
  for (const file of corpora) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; content: string };
      texts.set(a.id, a.content);
    }
  }
  const docs: GoldDocument[] = [];
  for (const f of files) {
    if (f.includes('fresh') || f.includes('sealed')) throw new Error('the evaluation slices (fresh/, sealed/) are not for training');
    const gold = JSON.parse(readFileSync(join(root, 'test', 'devgold', f), 'utf8')) as { name?: string; documents: GoldDocument[] };
    for (const d of gold.documents) {
      const text = texts.get(d.id);
      if (text === undefined) throw new Error(`article ${d.id} of ${f} is not in ../shared/corpus`);
      docs.push({ ...d, set: gold.name ?? f, text });
    }
  }
  return docs;
}

/** All the development gold; only: the gold files to read (by name), e.g. to leave out a batch still
 *  being annotated. */
export function loadDevGold(only?: RegExp): GoldDocument[] | null {
  const docs = loadGoldFiles(devGoldFiles().filter((f) => !only || only.test(f.replace(/^batches\//, ''))));
  return docs && docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The five seed articles and their gold (../shared/corpus/seeds), or null when absent. */
export function loadSeedGold(): GoldDocument[] | null {
  const dir = join(SHARED_CORPUS, 'seeds');
  if (!existsSync(join(dir, 'gold.json'))) return null;
  return (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')).documents as GoldDocument[]).map((d) => ({ ...d, id: `seeds/${d.file}`, text: readFileSync(join(dir, d.file), 'utf8') }));
}

/** The scorer's name match (../shared/eval/README.md): persons on their tokens and last token, bodies
 *  and unnamed sources on their head noun. */
export function sameName(name: string, aliases: readonly string[], type: string): boolean {
  const person = type === 'person';
  const a = person ? words(name) : heads(name);
  if (!a.length) return false;
  return aliases.some((alias) => {
    const b = person ? words(alias) : heads(alias);
    if (!b.length) return false;
    if (a.join(' ') === b.join(' ')) return true;
    const [small, big] = a.length <= b.length ? [a, b] : [b, a];
    return small.every((w) => big.includes(w)) && small.includes(person ? big[big.length - 1] : big[0]);
  });
}

function heads(s: string): string[] {
  return words(s).filter((w) => !/^(هذا|هذه|ذلك|تلك|هذان|هاتان|هؤلاء)$/.test(w)).map((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w));
}
function words(s: string): string[] {
  return s.replace(/[\u064B-\u0652\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
