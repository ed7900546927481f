// The project's own annotated articles as extra training data for the name tagger: the development gold
// (test/devgold/*.gold.json and test/devgold/batches/*.gold.json — never test/devgold/fresh/, the sealed
// test slice) gives every named-person mention of its articles, by offset into the article text of
// ../shared/corpus/{snn-dev,pan-dev}/articles.jsonl. It annotates persons only, so the labels are partial:
// a token inside a person mention is B-PER/I-PER, every other token is "not a person" (O, ORG or LOC,
// left to the model: see the latent training in perceptron.ts).
import { join } from 'node:path';
import { devGoldFiles, loadGoldFiles } from './devgold';
import { tokenize, type Token } from '../../server/src/analysis/tokens';
import { sequences } from '../../server/src/analysis/tagger/tag';
import { TAGS, TAG_COUNT } from '../../server/src/analysis/tagger/tags';

export interface GoldArticle {
  /** Corpus and id, e.g. "snn-dev/2015-07-21#129". */
  readonly key: string;
  readonly text: string;
  /** Person mentions, [start, end) in UTF-16 code units of text. */
  readonly persons: readonly { start: number; end: number }[];
}

/** One line of a gold article: its tokens, the tags fixed by the gold, and the tags allowed per token. */
export interface PartialSequence {
  readonly tokens: Token[];
  /** B-PER / I-PER inside a person mention, O elsewhere (O stands for "any tag but a person's"). */
  readonly tags: Uint8Array;
  /** Allowed tags, [position * T + tag]: the person tags inside mentions, every other tag elsewhere. */
  readonly mask: Uint8Array;
}

/** The gold files read for training (absolute paths), in a fixed order: test/devgold/*.gold.json, then
 *  batches/*.gold.json. `holdOut`: leave out batches/<holdOut>*.gold.json, or any of several prefixes joined by
 *  commas ('' leaves out every batch, null none). */
export function goldFiles(root: string, holdOut: string | null = null): string[] {
  return heldIn(root, holdOut).map((f) => join(root, 'test', 'devgold', f));
}

function heldIn(root: string, holdOut: string | null): string[] {
  const prefixes = holdOut?.split(',') ?? [];
  return devGoldFiles(root).filter((f) => holdOut === null || !f.startsWith('batches/') || !prefixes.some((p) => f.slice('batches/'.length).startsWith(p)));
}

/** The annotated articles (each once), or null when the corpora in ../shared are not beside the project. */
export function readOwnGold(root: string, shared: string, holdOut: string | null = null): GoldArticle[] | null {
  const docs = loadGoldFiles(heldIn(root, holdOut), root, join(shared, 'corpus'));
  if (!docs) return null;
  const out: GoldArticle[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    const key = `${doc.corpus ?? 'snn-dev'}/${doc.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const persons = (doc.people ?? []).flatMap((p) => p.mentions.map(([start, end]) => ({ start, end })));
    out.push({ key, text: doc.text, persons: persons.sort((a, b) => a.start - b.start) });
  }
  return out;
}

const B_PER = TAGS.indexOf('B-PER');
const I_PER = TAGS.indexOf('I-PER');

/** The lines of a gold article as partially labelled sequences (the tagger decodes one line at a time). */
export function partialSequences(article: GoldArticle): PartialSequence[] {
  const T = TAG_COUNT;
  const all = tokenize(article.text);
  const tags = new Uint8Array(all.length);
  for (const m of article.persons) {
    let first = true;
    for (let i = 0; i < all.length; i++) {
      const t = all[i];
      if (t.kind === 'break' || t.end <= m.start || t.start >= m.end) continue;
      tags[i] = first ? B_PER : I_PER;
      first = false;
    }
  }
  return sequences(all).map(([s, e]) => {
    const n = e - s;
    const mask = new Uint8Array(n * T);
    const seqTags = tags.slice(s, e);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < T; t++) {
        const person = t === B_PER || t === I_PER;
        mask[i * T + t] = seqTags[i] ? (t === seqTags[i] ? 1 : 0) : person ? 0 : 1;
      }
    }
    return { tokens: all.slice(s, e), tags: seqTags, mask };
  });
}
