// How far a name goes from its start: over name-chain particles (بن، آل، أبو) and what follows them,
// X الله and عبد X, father's names, a second foreign given name, and at most one family name. Each kind
// of word the name can take is one method that takes it or leaves it. One NameExtension per document.
import type { NameMention } from '../people';
import { offsetAfterLetters, type Token } from '../tokens';
import { phoneticKey, plain } from '../text';
import type { RolePhrases } from './roles';
import type { NameStart } from './starts';
import { ABD, COMPLEMENTIZER, CLITIC_ARTICLE, KUNYA, POSSESSIVE, type NameDoc } from './words';

/** A mention of tokens first..last (offsets start..end), with the role next to it and no person yet. */
export function nameMention(text: string, roles: RolePhrases, first: number, last: number, start: number, end: number,
  keys: string[], spellings: string[]): NameMention {
  return { start, end, first, last, text: text.slice(start, end), keys, spellings, role: roles.roleAround(first, last), person: -1 };
}

/** A name as it grows: its words' keys and spellings so far, its last token, whether it has its family name. */
interface Growth {
  readonly first: number;
  readonly start: number;
  readonly line: number;
  /** The first name is foreign (not also Arabic): a second given name or a third word may follow. */
  readonly foreignStart: boolean;
  readonly keys: string[];
  readonly spellings: string[];
  last: number;
  family: boolean;
}

/** Father's names a name takes at the most (its words' keys, the first included). */
const MAX_GIVEN_KEYS = 4;
/** Words a foreign name's given names take at the most. */
const MAX_FOREIGN_GIVEN_KEYS = 3;

export class NameExtension {
  constructor(private readonly doc: NameDoc) {}

  /** The mention that starts at token i as s says, or null (a lone given name with no title before it is
   *  too often a word or a place name). */
  extend(i: number, s: NameStart): NameMention | null {
    if (s.upTo !== undefined) return this.fixedSpan(i, s.upTo);
    const g = this.firstName(i, s);
    while (this.grow(g));
    if (g.last === i && !s.compound && !this.doc.roles.titleBefore(i) && this.doc.words.strip(i, this.doc.lex.givenNames)) return null;
    return nameMention(this.doc.text, this.doc.roles, i, g.last, g.start, this.doc.tokens[g.last].end, g.keys, g.spellings);
  }

  /** A span fixed by the start rule: a quoted name, or a three-word name the lexicons do not know. */
  private fixedSpan(i: number, upTo: number): NameMention {
    const words = this.doc.tokens.slice(i, upTo + 1);
    return nameMention(this.doc.text, this.doc.roles, i, upTo, this.doc.tokens[i].start, this.doc.tokens[upTo].end,
      words.map((w) => phoneticKey(w.norm)), words.map((w) => plain(w.text)));
  }

  /** The name's first word (two for عبد X, أبو X, X الله), its clitic left out. */
  private firstName(i: number, s: NameStart): Growth {
    const { text, tokens, lex } = this.doc;
    const t = tokens[i];
    const start = s.prefix ? offsetAfterLetters(t, s.prefix) : t.start;
    const firstNorm = s.prefix ? t.norm.slice(s.prefix) : t.norm;
    const foreignStart = lex.foreignGiven.has(firstNorm) && !lex.arabicGiven.has(firstNorm);
    // A name taught by a title is the family name itself: only a chain may follow (الرئيس أوباما).
    const g: Growth = { first: i, start, line: t.line, foreignStart, keys: [], spellings: [], last: i, family: !!s.taught };
    if (!s.compound) {
      add(g, phoneticKey(firstNorm), plain(text.slice(start, t.end)), i);
    } else if (KUNYA.has(firstNorm)) {
      // أبو بكر: two words of the name.
      add(g, phoneticKey(firstNorm), plain(t.text.slice(start - t.start)), i);
      add(g, phoneticKey(tokens[i + 1].norm), plain(tokens[i + 1].text), i + 1);
    } else {
      add(g, phoneticKey(firstNorm + tokens[i + 1].norm), plain(t.text.slice(start - t.start)) + ' ' + plain(tokens[i + 1].text), i + 1);
    }
    return g;
  }

  /** Takes the next word or words into the name; false when the name ends. */
  private grow(g: Growth): boolean {
    const { tokens, lex, words } = this.doc;
    const j = g.last + 1;
    const w = tokens[j];
    if (!w || w.kind !== 'word' || w.line !== g.line) return false;
    // A function word (على is not علي), a word with tanween (ضيفاً), a preposition on a hamza (بإعادة) or
    // a word with a possessive pronoun (لنفسه) ends the name.
    if (words.endsName(w) || (POSSESSIVE.test(plain(w.text)) && !lex.givenNames.has(w.norm))) return false;
    const nx = tokens[j + 1];
    if (lex.particles.has(w.norm) && nx && nx.kind === 'word' && words.nameLike(nx.norm)) return this.takeChain(g, j);
    if (g.family && !(g.foreignStart && g.keys.length === 2)) return false;
    return this.takeCompound(g, j) || this.takeGiven(g, j) || this.takeFamily(g, j);
  }

  /** بن X، آل X، أبو X, and عبد + X after a particle (بن عبد الله). آل X is the family: the name ends
   *  there; بن X may go on (بن X بن Y, or a family name). */
  private takeChain(g: Growth, j: number): boolean {
    const { text, tokens } = this.doc;
    const w = tokens[j];
    const nx = tokens[j + 1];
    const abdX = ABD.has(nx.norm) && tokens[j + 2]?.kind === 'word';
    const end = abdX ? j + 2 : j + 1;
    addWord(g, w, j);
    add(g, phoneticKey(abdX ? nx.norm + tokens[j + 2].norm : nx.norm), plain(text.slice(nx.start, tokens[end].end)), end);
    g.family = w.norm === 'ال';
    return true;
  }

  /** X الله written apart (then the name has its family name's place taken) or عبد X as one name. */
  private takeCompound(g: Growth, j: number): boolean {
    const { tokens, lex, words } = this.doc;
    const w = tokens[j];
    const nx = tokens[j + 1];
    if (nx && nx.norm === 'الله' && lex.givenNames.has(w.norm + 'الله') && !g.family) {
      add(g, phoneticKey(w.norm + 'الله'), plain(w.text) + ' ' + plain(nx.text), j + 1);
      g.family = true;
      return true;
    }
    if (w.norm === 'عبد' && nx && nx.kind === 'word' && words.nameLike(nx.norm)) {
      add(g, phoneticKey(w.norm + nx.norm), plain(w.text) + ' ' + plain(nx.text), j + 1);
      return true;
    }
    return false;
  }

  /** A father's name or a foreign name's second given name. */
  private takeGiven(g: Growth, j: number): boolean {
    const w = this.doc.tokens[j];
    const nx = this.doc.tokens[j + 1];
    if (!this.fathersName(g, w, nx) && !this.foreignGiven(g, w, nx)) return false;
    addWord(g, w, j);
    return true;
  }

  /** A father's name; one that is also a common word (عادل، سعيد) only when the name goes on after it. */
  private fathersName(g: Growth, w: Token, nx: Token | undefined): boolean {
    const { lex, words } = this.doc;
    const goesOn = !!nx && nx.kind === 'word' && nx.line === w.line && (lex.givenNames.has(nx.norm) || lex.particles.has(nx.norm) || words.familyLike(nx.norm));
    return (!g.foreignStart || goesOn) && lex.givenNames.has(w.norm) && (!lex.ambiguousGiven.has(w.norm) || goesOn) && g.keys.length < MAX_GIVEN_KEYS;
  }

  /** A foreign name's second given name, when more of the name follows. */
  private foreignGiven(g: Growth, w: Token, nx: Token | undefined): boolean {
    const { lex, words } = this.doc;
    return !g.family && g.foreignStart && lex.foreignGiven.has(w.norm) && g.keys.length < MAX_FOREIGN_GIVEN_KEYS && !!nx && nx.kind === 'word' && words.nameLike(nx.norm);
  }

  /** The family name, which ends the name; or a third word of a foreign name (كيم مين سيوك) when a
   *  boundary follows it. */
  private takeFamily(g: Growth, j: number): boolean {
    const { tokens, lex, words } = this.doc;
    const w = tokens[j];
    const nx = tokens[j + 1];
    if (g.family && g.foreignStart && g.keys.length === 2 && this.foreignThird(w, nx)) {
      addWord(g, w, j);
      return false;
    }
    if (g.family) return false;
    // A family name that looks like a clitic + the article (بالمييري) after a foreign given name.
    const foreignFamily = g.foreignStart && CLITIC_ARTICLE.test(w.norm) && words.nameLike(w.norm);
    if (!words.familyLike(w.norm) && !foreignFamily && !this.titleFamily(g, w, nx)) return false;
    addWord(g, w, j);
    g.family = true;
    return true;
  }

  /** A foreign name's third word, without the article, before punctuation, a function word or إن/أن. */
  private foreignThird(w: Token, nx: Token | undefined): boolean {
    const { lex, words } = this.doc;
    return words.nameLike(w.norm) && !w.norm.startsWith('ال') && words.familyLike(w.norm) &&
      (!nx || nx.kind !== 'word' || lex.functionWords.has(nx.norm) || COMPLEMENTIZER.test(nx.norm));
  }

  /** A family name that is also a title (حسان الشيخ) when no name follows it (العقيد حسان الشيخ: a title
   *  word after a name that had its own title is the family name). */
  private titleFamily(g: Growth, w: Token, nx: Token | undefined): boolean {
    const { lex, roles } = this.doc;
    return lex.titleHeads.has(w.norm) && w.norm.startsWith('ال') && !(nx && nx.kind === 'word' && lex.givenNames.has(nx.norm)) &&
      (!nx || nx.kind !== 'word' || roles.endsAt(g.first - 1));
  }
}

/** Takes token j, word w, into a growing name as it is written. */
function addWord(g: Growth, w: Token, j: number): void {
  add(g, phoneticKey(w.norm), plain(w.text), j);
}

/** Takes a word (or words, to token last) into a growing name. */
function add(g: Growth, key: string, spelling: string, last: number): void {
  g.keys.push(key);
  g.spellings.push(spelling);
  g.last = last;
}
