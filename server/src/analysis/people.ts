// Named persons: mentions with their spans (no title, no clitic), the role phrase next to each, and one
// cluster per person across spellings and short forms.
//
// A name starts at a given name from the lexicons, after a person title (الرئيس أوباما), or where the
// article has already taught it; it grows over name-chain particles (بن، آل، أبو) and father's names, and
// takes at most one family name. Short forms (الخطيب for سامي الخطيب) join the cluster whose family name
// they spell; chain names (محمد بن سلمان) are shortened to their first name only after a title.
//
// The stages, one module each under ./people/:
//   clitics.ts     — clitic splits of a word and look-ups behind them, memoised (stripClitic, stripIn);
//   roles.ts       — role phrases and what the name passes ask of them (RolePhrases);
//   tagging.ts     — the learned tagger's persons and bodies (TaggedNames);
//   words.ts       — what one word can be in a name (NameWords) and what the passes share (NameDoc);
//   starts.ts      — where a name starts, one rule a method (NameStarts);
//   extension.ts   — how far a name goes from its start (NameExtension);
//   mentions.ts    — the rules' names gated by and aligned to the tagger, then the tagger's (MentionFinder);
//   clusters.ts    — the clusters and their key index: matching, naming, numbering (ClusterIndex);
//   short-forms.ts — family names and chain first names standing for a person (ShortForms).
import type { KnownPerson, Span } from './types';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';
import { phoneticKey } from './text';
import type { NameSpan } from './tagger/tag';
import { ClusterIndex } from './people/clusters';
import { MentionFinder } from './people/mentions';
import { RolePhrases, type MentionRole, type RolePhrase } from './people/roles';
import { ShortForms } from './people/short-forms';
import { TaggedNames } from './people/tagging';
import { NameWords, type NameDoc } from './people/words';
import type { DocLines } from './reuse';

export { stripClitic, stripIn } from './people/clitics';

export interface NameMention extends Span {
  /** First and last word token index (inclusive range [first, last]). */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /** Phonetic keys of the name's words (عبد + X folded into one). */
  readonly keys: readonly string[];
  /** Plain spellings of the same words. */
  readonly spellings: readonly string[];
  role: MentionRole | null;
  person: number;
}

export interface PersonCluster {
  readonly id: number;
  /** The fullest mention's text. */
  name: string;
  keys: string[];
  readonly mentions: NameMention[];
  readonly roles: string[];
  /** True when the fullest name is a chain (بن، آل): its short form is the first name. */
  chain: boolean;
  /** Other spellings of a known person (options), as key lists. */
  aliases?: string[][];
}

export interface PeopleResult {
  readonly clusters: PersonCluster[];
  /** Mention starting at a word token index. */
  readonly byFirstToken: Map<number, NameMention>;
  /** Role phrases found (token index of head → last token index). */
  readonly roles: Map<number, RolePhrase>;
  /** The tagger's organizations and places, by first token (subjects the lexicons do not know). */
  readonly bodies: ReadonlyMap<number, NameSpan>;
}

export function findPeople(text: string, tokens: readonly Token[], lex: Lexicon, known: readonly KnownPerson[] = [], lines?: DocLines): PeopleResult {
  const roles = new RolePhrases(text, tokens, lex, lines);
  const tagger = new TaggedNames(tokens, lex, lines);
  const index = new ClusterIndex(lex, known);
  const words = new NameWords(tokens, lex, roles, (n) => index.hasKey(phoneticKey(n)), (key) => index.hasKey(key));
  const doc: NameDoc = { text, tokens, lex, roles, words, covered: new Uint8Array(tokens.length) };
  const mentions = new MentionFinder(doc, tagger, index);
  mentions.findByRules(lines);
  mentions.addTagged(lines);
  new ShortForms(doc, index).run(lines);
  const { clusters, byFirstToken } = index.finish();
  return { clusters, byFirstToken, roles: roles.byHead, bodies: tagger.bodies };
}
