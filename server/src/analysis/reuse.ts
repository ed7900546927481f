// What one analysis of a document leaves for the next one: the results that are a pure function of one
// line's text (and of the options that shape them), kept by the line's text. The caller makes one
// AnalysisReuse per document and passes it as AnalysisOptions.reuse on every analysis of that document;
// after an edit only the lines it touched are worked out again, and the result is identical to an
// analysis without it (test/unit/reuse.test.ts checks that after many random edits). The stages that
// read a line's entry fill it in (tokens.ts, quotes.ts, tagger/tag.ts, people/roles.ts, people/mentions.ts);
// the document-wide passes run again on every analysis over these per-line pieces.
//
// Bounded: when an analysis ends, the lines it did not use are dropped, so the object holds one
// document's lines (and those of an analysis cancelled since, until the next one ends).
import type { LinePairing } from './quotes';
import type { Token, TokenKind } from './tokens';
import type { WordForm } from './word-types';
import type { LineRole } from './people/roles';
import type { LineRuleMemo } from './people/mentions';
import type { SplitHashes } from './people/short-forms';
import type { LineTagSpans } from './tagger/tag';

/** A line's tokens with offsets from the line's start (line breaks are not among them). */
export interface LineTokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: readonly TokenKind[];
  readonly forms: readonly WordForm[];
}

/** The tokens made for one place of a line (its offset, its line number, its line break's length),
 *  moved with the line from one analysis to the next (tokens.ts). */
export interface PlacedTokens {
  base: number;
  line: number;
  readonly breakLength: number;
  /** The line's tokens, then its line break when it has one. */
  readonly tokens: readonly Token[];
}

/** Everything kept for one line's text. Fields are filled by the stages on first use. */
export class LineEntry {
  /** The analysis that last used the entry, and how many of its lines had this text. */
  generation = 0;
  uses = 0;
  tokens: LineTokens | undefined = undefined;
  /** Per occurrence of the text in the latest analysis, the tokens made for it (moved where the line moved). */
  readonly placed: (PlacedTokens | undefined)[] = [];
  /** The line's quotation marks paired on their own (quotes.ts), or null for a blank line. */
  pairing: LinePairing | null | undefined = undefined;
  /** The tagger's per-line tags (Viterbi over the line's tokens). */
  tags: Uint8Array | undefined = undefined;
  /** The role phrases on the line (people/roles.ts). */
  roles: readonly LineRole[] | undefined = undefined;
  /** The hashes of the line's words' readings (people/short-forms.ts). */
  splitHashes: SplitHashes | undefined = undefined;
  /** Per token of the line, its byte of token-classes.ts. */
  classes: Uint8Array | undefined = undefined;
  /** Per token of the line: 1 for a word a cue reader may take (speakers/cues.ts cueWord). */
  cueWords: Uint8Array | undefined = undefined;
  /** The name rules' results on the line, with what they read from outside it (people/mentions.ts). */
  rules: LineRuleMemo | undefined = undefined;
  /** The tagger's spans on the line and what they read of the document (tagger/tag.ts). */
  tagSpans: LineTagSpans | undefined = undefined;
  /** Per token of the line: keyHash of its word and of its stem (tagger/tag.ts propagatePersons). */
  nameHashes: Int32Array | undefined = undefined;
  constructor(readonly text: string) {}
}

/** A set of words that can only be asked. */
export interface WordSet {
  has(word: string): boolean;
}

/** The lines of the text being analysed, each with its entry. Line i spans [starts[i], ends[i]) (its
 *  line break excluded); tokens.ts fills in which tokens each line holds. */
export interface DocLines {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Where the next line starts (ends[i] + the line break's length; the text's length for the last line). */
  readonly nexts: Int32Array;
  readonly entries: readonly LineEntry[];
  /** Which occurrence of its text line i is (0 for the first line with that text). */
  readonly occurrence: Int32Array;
  /** First token of line i, and the end of its tokens before its line break (filled by tokenizeLines). */
  readonly tokenStart: Int32Array;
  readonly tokenEnd: Int32Array;
  /** The normalised words of the whole text (once tokenizeLines has run). */
  words(): WordSet;
  /** The union over the document's lines of a list of strings each line gives (a pure function of the
   *  entry, filled in by then), kept up to date from the lines that came and went since the last
   *  analysis instead of being gathered from every line again. */
  union(listOf: (entry: LineEntry) => readonly string[]): WordSet;
}

/** The counts behind one DocLines.union: per string, how many of the document's lines give it. */
interface LineUnion {
  readonly counts: Map<string, number>;
  /** Per entry: its list, and how many places of it the counts hold. */
  readonly counted: WeakMap<LineEntry, { readonly list: readonly string[]; places: number }>;
}

export class AnalysisReuse {
  private readonly entries = new Map<string, LineEntry>();
  private optionsKey: string | undefined = undefined;
  private generation = 0;
  /** The unions asked for, by the function that gives a line's list. */
  private readonly unions = new Map<(entry: LineEntry) => readonly string[], LineUnion>();

  /** How many lines are kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Drops everything kept. */
  clear(): void {
    this.entries.clear();
    this.unions.clear();
  }

  /**
   * Starts an analysis of `text` with the options summed up by `optionsKey`: its lines with their
   * entries (kept ones for the texts seen before). Undefined when the text cannot be cut into lines that
   * stand alone (a high surrogate right before a line break is tokenised with the break: then nothing is
   * reused).
   */
  begin(text: string, optionsKey: string): DocLines | undefined {
    if (optionsKey !== this.optionsKey) {
      this.entries.clear();
      this.unions.clear();
      this.optionsKey = optionsKey;
    }
    const generation = ++this.generation;
    const n = text.length;
    // Line breaks as tokenize reads them: \n, \r\n or \r.
    const bounds: number[] = [];
    const crlf = text.indexOf('\r') >= 0;
    let from = 0;
    for (;;) {
      let to = crlf ? nextBreak(text, from) : text.indexOf('\n', from);
      if (to < 0) to = n;
      const c = to > from ? text.charCodeAt(to - 1) : 0;
      if (to < n && c >= 0xd800 && c <= 0xdbff) return undefined;
      const next = to >= n ? n : text.charCodeAt(to) === 0x0d && text.charCodeAt(to + 1) === 0x0a ? to + 2 : to + 1;
      bounds.push(from, to, next);
      if (to >= n) break;
      from = next;
    }
    const count = bounds.length / 3;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const nexts = new Int32Array(count);
    const occurrence = new Int32Array(count);
    const entries: LineEntry[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const s = bounds[3 * i];
      const e = bounds[3 * i + 1];
      starts[i] = s;
      ends[i] = e;
      nexts[i] = bounds[3 * i + 2];
      const lineText = text.slice(s, e);
      let entry = this.entries.get(lineText);
      if (!entry) {
        entry = new LineEntry(ownCopy(lineText));
        this.entries.set(entry.text, entry);
      }
      if (entry.generation !== generation) {
        entry.generation = generation;
        entry.uses = 0;
      }
      occurrence[i] = entry.uses++;
      entries[i] = entry;
    }
    const union = (listOf: (entry: LineEntry) => readonly string[]) => this.union(generation, listOf);
    return { count, starts, ends, nexts, entries, occurrence, tokenStart: new Int32Array(count), tokenEnd: new Int32Array(count), words: () => union(distinctWords), union };
  }

  /** The union of the lists of the lines of analysis `generation`: the counts are moved by the lines
   *  whose number of places changed since they were last counted (those dropped from the document count
   *  for none). */
  private union(generation: number, listOf: (entry: LineEntry) => readonly string[]): WordSet {
    let u = this.unions.get(listOf);
    if (!u) this.unions.set(listOf, (u = { counts: new Map(), counted: new WeakMap() }));
    const { counts, counted } = u;
    for (const entry of this.entries.values()) {
      const target = entry.generation === generation ? entry.uses : 0;
      let state = counted.get(entry);
      if ((state?.places ?? 0) === target) continue;
      if (!state) counted.set(entry, (state = { list: listOf(entry), places: 0 }));
      const delta = target - state.places;
      for (const w of state.list) {
        const c = (counts.get(w) ?? 0) + delta;
        if (c > 0) counts.set(w, c);
        else counts.delete(w);
      }
      state.places = target;
    }
    return counts;
  }

  /** Ends the analysis begun last: the lines it did not use are dropped. */
  end(): void {
    const generation = this.generation;
    for (const listOf of this.unions.keys()) this.union(generation, listOf); // (the lines dropped below count for nothing)
    for (const [key, entry] of this.entries) {
      if (entry.generation !== generation) this.entries.delete(key);
      else if (entry.placed.length > entry.uses) entry.placed.length = entry.uses;
    }
  }
}

/** The distinct normalised words among a line's tokens. */
function distinctWords(entry: LineEntry): string[] {
  const rel = entry.tokens;
  if (!rel) return [];
  const out = new Set<string>();
  for (let j = 0; j < rel.kinds.length; j++) if (rel.kinds[j] === 'word') out.add(rel.forms[j].type.norm);
  return [...out];
}

/** Offset of the next \n or \r at or after from, or -1. */
function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return -1;
}

/**
 * A copy of a line that does not keep the whole text alive: a slice of a long string points into it, so
 * a kept line would hold every version of the document it was cut from. Reading a character of a
 * concatenation makes the engine write it out as a string of its own (a V8 behaviour; elsewhere the
 * copy is at worst the slice itself, and nothing but memory depends on it).
 */
export function ownCopy(s: string): string {
  if (s.length < 16) return s;
  const copy = ' ' + s;
  copy.charCodeAt(copy.length - 1);
  return copy.slice(1);
}
