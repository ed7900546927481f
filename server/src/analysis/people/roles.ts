// Role phrases: a title head (وزير، الرئيس، المتحدث …) and what carries it on (الخارجية الأمريكي، باسم
// الكرملين), found once per document, and the questions the name passes ask of them: which phrase ends
// right before a word, which stands right after a name, whether a phrase holds a person's title.
import type { Span } from '../types';
import type { Lexicon } from '../lexicon';
import { offsetAfterLetters, type Token } from '../tokens';
import { plain } from '../text';
import { stripType } from './clitics';
import { ownCopy, type DocLines } from '../reuse';

/** A role phrase: its last token, its span (the head's clitic left out) and its plain text. */
export interface RolePhrase {
  readonly last: number;
  readonly span: Span;
  readonly text: string;
}

/** A role as a mention carries it. */
export type MentionRole = Span & { text: string };

/** How many tokens a role phrase spans at the most. */
const MAX_ROLE_TOKENS = 10;

/** Words that carry a role on whatever follows (باسم الكرملين، لشؤون الشرق الأوسط). */
const ROLE_LINKS: ReadonlySet<string> = new Set(['باسم', 'لشوون', 'لشئون']);

/**
 * Role phrases by head token. An unknown word with the article joins only when the phrase goes on after
 * it, so that الرئيس الأسد keeps الأسد as a name.
 */
export function findRoles(text: string, tokens: readonly Token[], lex: Lexicon, lines?: DocLines): Map<number, RolePhrase> {
  const out = new Map<number, RolePhrase>();
  if (lines) {
    // A phrase never leaves its head's line: each line's phrases are kept by its text.
    for (let l = 0; l < lines.count; l++) {
      const entry = lines.entries[l];
      const first = lines.tokenStart[l];
      const base = lines.starts[l];
      if (!entry.roles) {
        const found: LineRole[] = [];
        rolesIn(text, tokens, lex, first, lines.tokenEnd[l], (head, r) => found.push({ head: head - first, last: r.last - first, start: r.span.start - base, end: r.span.end - base, text: ownCopy(r.text) }));
        entry.roles = found;
      }
      for (const r of entry.roles) out.set(first + r.head, { last: first + r.last, span: { start: base + r.start, end: base + r.end }, text: r.text });
    }
    return out;
  }
  rolesIn(text, tokens, lex, 0, tokens.length, (head, r) => out.set(head, r));
  return out;
}

/** A role phrase as a line keeps it: token indices from the line's first token, offsets from its start. */
export interface LineRole {
  readonly head: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The role phrases whose heads are among tokens [from, to), in order. */
function rolesIn(text: string, tokens: readonly Token[], lex: Lexicon, from: number, to: number, found: (head: number, r: RolePhrase) => void): void {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const head = stripType(t.type, lex.titleHeads);
    if (!head) continue;
    const last = roleEnd(tokens, i, lex);
    const start = head[0] ? offsetAfterLetters(t, head[0]) : t.start;
    const end = tokens[last].end;
    found(i, { last, span: { start, end }, text: plain(text.slice(start, end)) });
    i = last;
  }
}

/** The last token of the role phrase whose head is token i: words on the head's line that carry it on. */
function roleEnd(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_ROLE_TOKENS; j++) {
    const w = tokens[j];
    if (w.kind !== 'word' || w.line !== tokens[i].line || !carriesRole(w.norm, tokens[j + 1], lex)) break;
    last = j;
  }
  return last;
}

/** A word goes on with a role: a title word, an adjective, a place, a link word, or a word with the
 *  article the lexicons do not know when the phrase goes on after it. */
export function carriesRole(n: string, next: Token | undefined, lex: Lexicon): boolean {
  if (lex.titleHeads.has(n) || lex.titleContinuations.has(n) || lex.roleAdjectives.has(n) || lex.places.has(n)) return true;
  if (ROLE_LINKS.has(n)) return true;
  if (!n.startsWith('ال') || n.length <= 3 || lex.functionWords.has(n) || lex.givenNames.has(n)) return false;
  return !!next && next.kind === 'word' && (lex.titleHeads.has(next.norm) || lex.titleContinuations.has(next.norm) ||
    lex.roleAdjectives.has(next.norm) || lex.givenNames.has(next.norm) || next.norm === 'باسم');
}

/** A document's role phrases, by head and by last token. */
export class RolePhrases {
  /** Role phrases by head token. */
  readonly byHead: Map<number, RolePhrase>;
  /** Head token by last token. */
  private readonly headByLast = new Map<number, number>();

  constructor(text: string, private readonly tokens: readonly Token[], private readonly lex: Lexicon, lines?: DocLines) {
    this.byHead = findRoles(text, tokens, lex, lines);
    for (const [head, r] of this.byHead) this.headByLast.set(r.last, head);
  }

  /** A role phrase starts at token k. */
  startsAt(k: number): boolean {
    return this.byHead.has(k);
  }

  /** A role phrase ends at token k. */
  endsAt(k: number): boolean {
    return this.headByLast.has(k);
  }

  /** The head of the role phrase that ends at token k. */
  headEndingAt(k: number): number | undefined {
    return this.headByLast.get(k);
  }

  /** The phrase whose head is token head holds a person's title (a title word, behind a clitic or not). */
  personTitle(head: number): boolean {
    const r = this.byHead.get(head)!;
    for (let k = head; k <= r.last; k++) {
      if (stripType(this.tokens[k].type, this.lex.titleHeads)) return true;
    }
    return false;
  }

  /** A role phrase holding a person's title ends right before token i. */
  titleBefore(i: number): boolean {
    return this.headByLast.has(i - 1) && this.personTitle(this.headByLast.get(i - 1)!);
  }

  /** The role phrase that ends right before token i. */
  roleBefore(i: number): MentionRole | null {
    const head = this.headByLast.get(i - 1);
    if (head === undefined) return null;
    const r = this.byHead.get(head)!;
    return { ...r.span, text: r.text };
  }

  /** The role phrase right after token last, across a comma. */
  roleAfter(last: number): MentionRole | null {
    let j = last + 1;
    if (this.tokens[j]?.kind === 'punct' && (this.tokens[j].text === '،' || this.tokens[j].text === ',')) j++;
    const r = this.byHead.get(j);
    return r ? { ...r.span, text: r.text } : null;
  }

  /** The role of a name from first to last: the phrase before it, else the one after it. */
  roleAround(first: number, last: number): MentionRole | null {
    return this.roleBefore(first) ?? this.roleAfter(last);
  }
}
