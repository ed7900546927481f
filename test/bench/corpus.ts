// The real text of the benchmarks: the snn-dev articles of ../shared/corpus when it is beside the
// project (read here, never copied into the repository), else the project's samples and generated text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { article } from './articles';

export const ROOT = resolve(__dirname, '..', '..');
export const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'snn-dev', 'articles.jsonl');

export interface Texts {
  /** Where the texts come from, for the report. */
  readonly source: string;
  readonly articles: readonly string[];
  readonly real: boolean;
}

export function loadArticles(): Texts {
  if (existsSync(CORPUS)) {
    const articles: string[] = [];
    for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const c = (JSON.parse(line) as { content?: unknown }).content;
        if (typeof c === 'string' && c.length > 0) articles.push(c);
      } catch {
        // a bad line: skipped
      }
    }
    if (articles.length > 0) return { source: '../shared/corpus/snn-dev/articles.jsonl', articles, real: true };
  }
  const samples = join(ROOT, 'samples');
  const articles = existsSync(samples)
    ? readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(samples, f), 'utf8'))
    : [];
  for (let i = 0; articles.length < 20; i++) articles.push(article(5_000, 500 + i));
  return { source: 'samples/ and generated articles (no ../shared/corpus)', articles, real: false };
}

/** About `chars` code units of text: the articles one after another, repeated when there are too few. */
export function realText(texts: Texts, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const a = texts.articles[i % texts.articles.length]!;
    parts.push(a);
    n += a.length + 2;
  }
  return parts.join('\n\n');
}
