// The full name mentions of one document, in two passes. The rules first: names written as they are,
// then names behind a clitic (لماركوف); a rule's name needs the learned tagger to agree (its span
// overlaps a tagged person) unless it has evidence of its own, and its end is aligned to the tagger's.
// Then the tagger's persons that no rule found, with the tagger's spans. Each mention goes to the cluster
// index as it is found and covers its tokens.
import type { NameMention } from '../people';
import { normalize, phoneticKey, plain } from '../text';
import { phoneticOf } from '../word-types';
import type { NameSpan } from '../tagger/tag';
import type { ClusterIndex, KeyRecorder } from './clusters';
import { ownCopy, type DocLines } from '../reuse';
import { NameExtension, nameMention } from './extension';
import { NameStarts } from './starts';
import type { TaggedNames } from './tagging';
import { ABD, KUNYA, type NameDoc } from './words';

/** A mention as a line keeps it: token indices from the line's first token, offsets from its start. */
interface LineMention {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly keys: readonly string[];
  readonly spellings: readonly string[];
  readonly role: { readonly start: number; readonly end: number; readonly text: string } | null;
}

/** One rule pass over one line: the mentions it took and the keys it asked the cluster index (with the
 *  answers) that the line's own mentions did not put there. The pass is a function of the line's
 *  tokens, the tagger's persons on it, whether it is the first line, what the index answers and, for
 *  the second pass, the first pass's mentions on the line: where those are the same, so are its results. */
export interface RulePassMemo {
  readonly keys: readonly string[];
  readonly answers: readonly boolean[];
  readonly mentions: readonly LineMention[];
  /** After the second pass: the tagger's persons on the line taken as they are (addTagged). */
  tagged?: readonly LineMention[];
}

/** A line's two rule passes, kept by reuse.ts with the inputs they read besides the index. */
export interface LineRuleMemo {
  readonly firstLine: boolean;
  readonly tagged: Int32Array;
  readonly passes: [RulePassMemo, RulePassMemo | undefined];
}

const NO_INTS = new Int32Array(0);

/** A mention placed on a line as the line keeps it (strings copied out of the document's text). */
function lineMention(m: NameMention, from: number, base: number): LineMention {
  return {
    first: m.first - from, last: m.last - from, start: m.start - base, end: m.end - base,
    keys: m.keys.map(ownCopy), spellings: m.spellings.map(ownCopy),
    role: m.role && { start: m.role.start - base, end: m.role.end - base, text: ownCopy(m.role.text) },
  };
}

function sameInts(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class MentionFinder {
  private readonly starts: NameStarts;
  /** The lines' rule memos of this analysis (with reuse), for addTagged. */
  private memos: LineRuleMemo[] | undefined = undefined;
  private readonly extension: NameExtension;

  constructor(private readonly doc: NameDoc, private readonly tagger: TaggedNames, private readonly index: ClusterIndex) {
    this.starts = new NameStarts(doc);
    this.extension = new NameExtension(doc);
  }

  /** The rules' names: first names written as they are; then names behind a clitic (لماركوف), unless
   *  the whole word is already a known name (a known name starting with ب is not ب + the rest). With
   *  `lines` (reuse.ts), each line's names are kept with what they depended on outside the line and
   *  taken again where that has not changed (see LineRuleMemo). */
  findByRules(lines?: DocLines): void {
    if (!lines) {
      for (const clitics of [false, true]) this.scan(0, this.doc.tokens.length, clitics);
      return;
    }
    const tagged = this.taggedOnLines(lines);
    const memos: LineRuleMemo[] = new Array(lines.count);
    this.memos = memos;
    for (const clitics of [false, true]) {
      for (let l = 0; l < lines.count; l++) {
        const from = lines.tokenStart[l];
        const to = lines.tokenEnd[l];
        if (from === to) continue;
        const base = lines.starts[l];
        if (!clitics) {
          const entry = lines.entries[l];
          const kept = entry.rules;
          if (kept && kept.firstLine === (l === 0) && sameInts(kept.tagged, tagged[l]) && this.answersHold(kept.passes[0])) {
            this.replay(kept.passes[0].mentions, from, base);
            memos[l] = kept;
          } else {
            memos[l] = entry.rules = { firstLine: l === 0, tagged: tagged[l], passes: [this.record(from, to, false, base), undefined] };
          }
        } else {
          // The second pass reads the first's mentions on the line: its results are kept with them.
          const memo = memos[l];
          const kept = memo.passes[1];
          if (kept && this.answersHold(kept)) this.replay(kept.mentions, from, base);
          else memo.passes[1] = this.record(from, to, true, base);
        }
      }
    }
  }

  /** One pass of the rules over tokens [from, to); each mention found is taken (and passed to `found`). */
  private scan(from: number, to: number, clitics: boolean, found?: (m: NameMention) => void): void {
    for (let i = from; i < to; i++) {
      if (!this.mayStartHere(i, clitics)) continue;
      const m = this.ruleMention(i, clitics);
      if (!m) continue;
      const aligned = this.alignToTagger(m);
      this.take(aligned);
      found?.(aligned);
      i = aligned.last;
    }
  }

  /** scan over one line, keeping what it found and what it asked the cluster index of the lines before. */
  private record(from: number, to: number, clitics: boolean, base: number): RulePassMemo {
    const recorder: KeyRecorder = { asked: new Map(), own: new Set() };
    const mentions: LineMention[] = [];
    this.index.recorder = recorder;
    try {
      this.scan(from, to, clitics, (m) => {
        for (const k of m.keys) recorder.own.add(k);
        mentions.push(lineMention(m, from, base));
      });
    } finally {
      this.index.recorder = undefined;
    }
    return { keys: [...recorder.asked.keys()], answers: [...recorder.asked.values()], mentions };
  }

  /** The cluster index answers as it did when the line's results were kept. */
  private answersHold(memo: RulePassMemo): boolean {
    for (let k = 0; k < memo.keys.length; k++) if (this.index.hasKey(memo.keys[k]) !== memo.answers[k]) return false;
    return true;
  }

  /** Takes a line's kept mentions again, placed at its first token and offset. */
  private replay(kept: readonly LineMention[], from: number, base: number): void {
    const text = this.doc.text;
    for (const r of kept) {
      const start = base + r.start;
      const end = base + r.end;
      this.take({
        start, end, first: from + r.first, last: from + r.last, text: text.slice(start, end), keys: r.keys, spellings: r.spellings,
        role: r.role && { start: base + r.role.start, end: base + r.role.end, text: r.role.text }, person: -1,
      });
    }
  }

  /** Per line: the tagger's persons on it, as [first, last] token pairs from the line's first token. */
  private taggedOnLines(lines: DocLines): Int32Array[] {
    const out: Int32Array[] = new Array(lines.count);
    const persons = this.tagger.persons;
    let p = 0;
    for (let l = 0; l < lines.count; l++) {
      const from = lines.tokenStart[l];
      const to = lines.tokenEnd[l];
      const list: number[] = [];
      for (; p < persons.length && persons[p].first < to; p++) if (persons[p].first >= from) list.push(persons[p].first - from, persons[p].last - from);
      out[l] = list.length ? Int32Array.from(list) : NO_INTS;
    }
    return out;
  }

  /** The tagger's persons no rule found, where their words can be a name. */
  addTagged(lines?: DocLines): void {
    const memos = this.memos;
    if (!lines || !memos) {
      for (const s of this.tagger.persons) if (this.freeSpan(s)) this.take(this.mentionOfSpan(s));
      return;
    }
    // Per line, a function of what the rules' memo of the line was checked against (its tokens, the
    // tagger's persons on it) and of what the rules covered there: kept with the second pass's results.
    const persons = this.tagger.persons;
    let p = 0;
    for (let l = 0; l < lines.count && p < persons.length; l++) {
      const to = lines.tokenEnd[l];
      if (persons[p].first >= to) continue;
      const memo = memos[l].passes[1]!;
      const from = lines.tokenStart[l];
      const base = lines.starts[l];
      if (memo.tagged) {
        for (; p < persons.length && persons[p].first < to; p++);
        this.replay(memo.tagged, from, base);
        continue;
      }
      const kept: LineMention[] = [];
      for (; p < persons.length && persons[p].first < to; p++) {
        const s = persons[p];
        if (!this.freeSpan(s)) continue;
        const m = this.mentionOfSpan(s);
        this.take(m);
        kept.push(lineMention(m, from, base));
      }
      memo.tagged = kept;
    }
  }

  /** Token i is a word not yet covered; in the clitic pass, only a given name, عبد or أبو behind a
   *  clitic, in a word that is not itself a known name. */
  private mayStartHere(i: number, clitics: boolean): boolean {
    const { tokens, lex, words, covered } = this.doc;
    const t = tokens[i];
    if (t.kind !== 'word' || covered[i]) return false;
    if (!clitics) return true;
    // (the index is asked last: few words get that far, and with reuse what it is asked is kept)
    if (!((words.strip(i, lex.givenNames)?.[0] ?? 0) > 0 || (words.strip(i, ABD)?.[0] ?? 0) > 0 || (words.strip(i, KUNYA)?.[0] ?? 0) > 0)) return false;
    return !lex.givenNames.has(t.norm) && !this.index.hasKey(phoneticOf(t.type));
  }

  /** The rules' name at token i in this pass (behind a clitic or not), when the tagger sees a person
   *  there, a title or role stands beside it, or it stands in quotation marks after a reporting verb.
   *  Other evidence of the rules' own (a name the frame teaches, a three-word name the lexicons do not
   *  know, an unambiguous given name followed by more) no longer stands without the tagger: scored with taggers that had not seen the articles, it added
   *  wrong names and no right ones (person precision 0.64 → 0.72 and 0.69 → 0.73 on two held-out Saudi
   *  batches, recall 0.78 → 0.78 and 0.82 → 0.81). */
  private ruleMention(i: number, clitics: boolean): NameMention | null {
    const start = this.starts.at(i);
    if (!start || (start.prefix > 0) !== clitics) return null;
    const m = this.extension.extend(i, start);
    if (!m || (clitics && !this.namedAfterClitic(m))) return null;
    return this.tagger.overlaps(m.first, m.last) || m.role || start.quoted ? m : null;
  }

  /** Behind a clitic (وجود is not و + جود), a given name needs a name after it: a father's name, a
   *  chain particle or a family name with the article. */
  private namedAfterClitic(m: NameMention): boolean {
    const { tokens, lex } = this.doc;
    const second = m.last > m.first ? tokens[m.first + 1].norm : '';
    const foreignFirst = lex.foreignGiven.has(m.keys[0]) && !lex.arabicGiven.has(m.keys[0]);
    return !!second && (lex.givenNames.has(second) || lex.particles.has(second) || (second.startsWith('ال') && !foreignFirst));
  }

  /** Never a name: inside an institution's name, a word with tanween (an adverb), a function word, a
   *  reporting verb (قائلا), an acronym in capitals or a Latin word with an Arabic clitic (لـCNN). */
  private freeSpan(s: NameSpan): boolean {
    const { tokens, words, covered, lex } = this.doc;
    if (words.insideInstitutionName(s.first)) return false;
    // A title or role word alone (المهندس، الوزير) names no one, whatever the tagger says.
    const only = tokens[s.first].norm;
    if (s.first === s.last && (lex.titleHeads.has(only) || lex.honorifics.has(only) || lex.roleAdjectives.has(only) || lex.anonymousHeads.has(only))) return false;
    for (let k = s.first; k <= s.last; k++) if (covered[k] || words.notNameWord(tokens[k])) return false;
    return true;
  }

  /** Files the mention in its cluster and covers its tokens. */
  private take(m: NameMention): void {
    this.index.assign(m);
    this.doc.covered.fill(1, m.first, m.last + 1);
  }

  /** A rule's name whose end differs from the tagger's: cut where the tagger ends when the rule ran on
   *  into a word with a clitic (كيم والرئيس، عبد الرحمن لوكالة) unless what is cut holds a chain particle or
   *  a given name (بن، آل، محمد);
   *  carry it on to the tagger's end when the rule stopped short (إيما → إيما بويلاند) over words that can
   *  be part of a name. */
  alignToTagger(m: NameMention): NameMention {
    // Two persons the tagger tells apart, with a title between (كيم والرئيس ترمب), are two names: the
    // first ends where the tagger ends it.
    const own = this.tagger.endOf(m.first);
    if (own >= m.first && own < m.last && this.doc.roles.startsAt(own + 1) && this.tagger.secondPersonIn(own, m.last)) return this.cutAt(m, own);
    const end = this.tagger.furthestEnd(m.first, m.last);
    if (end < m.first || end === m.last) return m;
    if (end > m.last ? !this.canCarryOn(m.last, end) : this.cutHoldsName(end, m.last)) return m;
    return this.cutAt(m, end);
  }

  /** The rule's name with its last token moved to end. */
  private cutAt(m: NameMention, end: number): NameMention {
    return this.mentionOfSpan({ start: m.start, end: this.doc.tokens[end].end, first: m.first, last: end, type: 'PER', propagated: false });
  }

  /** Tokens after last up to end are free words that can be part of a name. */
  private canCarryOn(last: number, end: number): boolean {
    const { tokens, words, covered } = this.doc;
    for (let k = last + 1; k <= end; k++) if (tokens[k].kind !== 'word' || covered[k] || words.endsName(tokens[k])) return false;
    return true;
  }

  /** The words after end up to last may be the rest of the name: the first carries no conjunction or
   *  preposition (the tagger's shorter span may just miss a family name: ديمتري بيسكوف، رياض حجاب), or they
   *  hold a chain particle, a given name or عبد. */
  private cutHoldsName(end: number, last: number): boolean {
    const { tokens, lex } = this.doc;
    if (this.taughtThenUnknown(end, last)) return false;
    if (!/^[وفل]/.test(tokens[end + 1].norm) || lex.givenNames.has(tokens[end + 1].norm)) return true;
    for (let k = end + 1; k <= last; k++) {
      const n = tokens[k].norm;
      if (lex.particles.has(n) || lex.givenNames.has(n) || ABD.has(n)) return true;
    }
    return false;
  }

  /** The tagger's span ends on a word the article has already named someone with (عباس after محمود
   *  عباس) and the words the rule ran on into are no name word the article or the lexicons know (عباس
   *  صدور، كيم البالغ): the name ends where the tagger ends it. */
  private taughtThenUnknown(end: number, last: number): boolean {
    const { tokens, lex } = this.doc;
    if (!this.index.hasKey(phoneticOf(tokens[end].type))) return false;
    for (let k = end + 1; k <= last; k++) {
      const w = tokens[k];
      if (w.kind !== 'word' || this.index.hasKey(phoneticOf(w.type)) || lex.givenNames.has(w.norm) || lex.particles.has(w.norm) || ABD.has(w.norm)) return false;
    }
    return true;
  }

  /** A mention for a tagged span: its words' keys (عبد + X as one), the role next to it. */
  mentionOfSpan(s: NameSpan): NameMention {
    const { text, tokens } = this.doc;
    const keys: string[] = [];
    const spellings: string[] = [];
    for (let k = s.first; k <= s.last; k++) {
      const w = tokens[k];
      if (w.kind !== 'word') continue;
      const from = k === s.first ? s.start : w.start;
      const norm = normalize(text.slice(from, w.end));
      const abdX = ABD.has(norm) && k < s.last && tokens[k + 1].kind === 'word';
      keys.push(phoneticKey(abdX ? norm + tokens[k + 1].norm : norm));
      spellings.push(plain(text.slice(from, w.end)) + (abdX ? ' ' + plain(tokens[k + 1].text) : ''));
      if (abdX) k++;
    }
    return nameMention(text, this.doc.roles, s.first, s.last, s.start, s.end, keys, spellings);
  }
}
