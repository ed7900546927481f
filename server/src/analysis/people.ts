// Named persons: mentions with their spans (no title, no clitic), the role phrase next to each, and one
// cluster per person across spellings and short forms.
//
// A name starts at a given name from the lexicons, after a person title (الرئيس أوباما), or where the
// article has already taught it; it grows over name-chain particles (بن، آل، أبو) and father's names, and
// takes at most one family name. Short forms (الخطيب for سامي الخطيب) join the cluster whose family name
// they spell; chain names (محمد بن سلمان) are shortened to their first name only after a title.
import type { KnownPerson, Span } from './types';
import type { Lexicon } from './lexicon';
import { offsetAfterLetters, type Token } from './tokens';
import { normalize, phoneticKey, plain } from './text';
import { spellingKey } from './lexicon';
import { isQuoteMark } from './quotes';
import { tagNames, type NameSpan } from './tagger/tag';
import { stripClitic, stripIn, stripMemo } from './people/clitics';

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
  role: (Span & { text: string }) | null;
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
  readonly roles: Map<number, { last: number; span: Span; text: string }>;
  /** The tagger's organizations and places, by first token (subjects the lexicons do not know). */
  readonly bodies: ReadonlyMap<number, NameSpan>;
}

/** A word that carries a clitic and the article (بالعراق، للرئيس، والولايات). */
const CLITIC_ARTICLE = /^(وال|بال|كال|لل|وبال|ولل)../;

const ABD: ReadonlySet<string> = new Set(['عبد', 'عبدال']);
const KUNYA: ReadonlySet<string> = new Set(['ابو', 'ام']);
/** A word ending in a possessive pronoun as written (ه، ها، هم، هما — not the ة of a name). */
const POSSESSIVE = /..(ه|ها|هم|هما|كم|هن)$/;
const COMPLEMENTIZER = /^(ان|انه|انها|بان|بانه|بانها)$/;

export function findPeople(text: string, tokens: readonly Token[], lex: Lexicon, known: readonly KnownPerson[] = []): PeopleResult {
  const roles = findRoles(text, tokens, lex);
  // The learned tagger's persons: a rule's name must overlap one of them, and the ones no rule found are
  // added after the rules (their spans are the tagger's).
  const taggedNames = tagNames(tokens, lex);
  const taggedPersons = taggedNames.filter((s) => s.type === 'PER');
  const bodies = new Map(taggedNames.filter((s) => s.type !== 'PER').map((s) => [s.first, s]));
  const taggedAt = new Uint8Array(tokens.length);
  for (const s of taggedPersons) taggedAt.fill(1, s.first, s.last + 1);
  const tagged = (m: NameMention) => taggedAt.subarray(m.first, m.last + 1).includes(1);
  /** Per token inside a tagged person: the last token of that span. */
  const taggedEnd = new Int32Array(tokens.length).fill(-1);
  for (const s of taggedPersons) taggedEnd.fill(s.last, s.first, s.last + 1);
  // stripIn per token and set: the hot path of the name passes (see stripRow).
  const tstrip = (k: number, set: ReadonlySet<string>): [number, string] | null => stripMemo(tokens[k].norm, set);
  /** Token k is a form of a reporting verb or participle, bare or after و/ف (a name that starts like ك + يرى is not a verb). */
  const verbFormAt = (k: number): string | null => {
    const hit = tstrip(k, lex.reportingForms);
    return hit && (hit[0] === 0 || (hit[0] === 1 && /^[وف]/.test(tokens[k].norm))) ? hit[1] : null;
  };
  /** Token k is a reporting verb (not a participle: مؤكداً is followed by its object). */
  const verbAt = (k: number): boolean => {
    const form = verbFormAt(k);
    return form !== null && !lex.reportingVerbs.get(form)?.participle;
  };
  const roleEndingAt = new Map<number, number>(); // last token → head token
  for (const [head, r] of roles) roleEndingAt.set(r.last, head);
  const covered = new Uint8Array(tokens.length);

  const prevWord = (i: number) => (i > 0 && tokens[i - 1].kind === 'word' ? i - 1 : -1);

  const firstWord = tokens.findIndex((x) => x.kind === 'word');
  const clusters: PersonCluster[] = [];
  /** Clusters by each of their name words' keys. */
  const byKey = new Map<string, Set<PersonCluster>>();
  for (const kp of known) {
    const keys = nameKeys(kp.name);
    if (!keys.length) continue;
    const c: PersonCluster = { id: clusters.length, name: kp.name, keys, mentions: [], roles: kp.role ? [kp.role] : [], chain: keys.some((k) => lex.particles.has(k)), aliases: (kp.aliases ?? []).map(nameKeys) };
    clusters.push(c);
    index(c);
    // Other spellings the newsroom knows: their words point to the same person.
    for (const alias of kp.aliases ?? []) {
      for (const k of nameKeys(alias)) {
        const set = byKey.get(k);
        if (set) set.add(c); else byKey.set(k, new Set([c]));
      }
    }
  }
  // First names written as they are; then names behind a clitic (لماركوف), unless the whole word is
  // already a known name (a known name starting with ب is not ب + the rest).
  for (const clitics of [false, true]) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || covered[i]) continue;
      if (clitics && (byKey.has(phoneticKey(t.norm)) || lex.givenNames.has(t.norm))) continue;
      // Only a given name, عبد or أبو behind a clitic can start a name in the second pass.
      if (clitics && !((tstrip(i, lex.givenNames)?.[0] ?? 0) > 0 || (tstrip(i, ABD)?.[0] ?? 0) > 0 || (tstrip(i, KUNYA)?.[0] ?? 0) > 0)) continue;
      const start = nameStart(i);
      if (!start || (start.prefix > 0) !== clitics) continue;
      let m = extend(i, start);
      if (!m) continue;
      // Behind a clitic (وجود is not و + جود), a given name needs a name after it: a father's name, a
      // chain particle or a family name with the article.
      const second = m.last > m.first ? tokens[m.first + 1].norm : '';
      const foreignFirst = lex.foreignGiven.has(m.keys[0]) && !lex.arabicGiven.has(m.keys[0]);
      if (clitics && !(second && (lex.givenNames.has(second) || lex.particles.has(second) || (second.startsWith('ال') && !foreignFirst)))) continue;
      // Evidence of the rule's own stands without the tagger: a title or role beside the name, a name the
      // frame teaches, a quoted name, or an unambiguous given name followed by more of the name.
      const givenAndMore = m.last > m.first && lex.unambiguousGiven.has(tokens[m.first].norm.slice(start.prefix));
      if (!tagged(m) && !m.role && !start.taught && start.upTo === undefined && !givenAndMore) continue;
      m = alignToTagger(m);
      assign(m);
      for (let k = m.first; k <= m.last; k++) covered[k] = 1;
      i = m.last;
    }
  }
  for (const s of taggedPersons) {
    let free = !insideInstitutionName(s.first);
    // Never a name: inside an institution's name, a word with tanween (an adverb), a function word, a
    // reporting verb (قائلا), an acronym in capitals or a Latin word with an Arabic clitic (لـCNN).
    for (let k = s.first; k <= s.last; k++) if (covered[k] || notNameWord(tokens[k])) free = false;
    if (!free) continue;
    assign(mentionOfSpan(s));
    for (let k = s.first; k <= s.last; k++) covered[k] = 1;
  }

  // Full mentions' starts in order, so that the nearest one before a short form is a binary search away.
  const fullStarts = new Map(clusters.map((c) => [c, c.mentions.map((m) => m.start).sort((a, b) => a - b)]));
  const lastShort = new Map<PersonCluster, number>();
  const shortKeyOf = new Map<string, [number, string] | null>();
  // Short forms: words that spell a known person's family name (or a chain name's first name after a title).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || covered[i]) continue;
    // Which reading of the word (itself, or behind a clitic) spells a known name word: fixed for the
    // whole pass, so looked up once per distinct word.
    let candidate = shortKeyOf.get(t.norm);
    if (candidate === undefined) {
      candidate = stripClitic(t.norm, (k) => byKey.has(phoneticKey(k)));
      shortKeyOf.set(t.norm, candidate);
    }
    if (!candidate) continue;
    const hit = stripClitic(t.norm, (k) => byKey.has(phoneticKey(k)) && shortFormOwners(phoneticKey(k), i).length > 0);
    if (!hit) continue;
    if (hit[0] === 1 && t.norm.startsWith('لل')) continue; // للأسد: no span holds الأسد
    const key = phoneticKey(hit[1]);
    const owners = shortFormOwners(key, i);
    const start = hit[0] ? offsetAfterLetters(t, hit[0]) : t.start;
    const owner = nearestCluster(owners, t.start, fullStarts, lastShort);
    const m: NameMention = {
      start, end: t.end, first: i, last: i, text: text.slice(start, t.end), keys: [key], spellings: [plain(text.slice(start, t.end))],
      role: roleBefore(i), person: owner.id,
    };
    owner.mentions.push(m);
    lastShort.set(owner, m.start);
    covered[i] = 1;
  }

  for (const c of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    for (const m of c.mentions) if (m.role && !c.roles.includes(m.role.text)) c.roles.push(m.role.text);
  }
  const live = clusters.filter((c) => c.mentions.length > 0);
  live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const renumbered = live.map((c, id) => {
    const n: PersonCluster = { ...c, id };
    for (const m of n.mentions) m.person = id;
    return n;
  });
  const byFirstToken = new Map<number, NameMention>();
  for (const c of renumbered) for (const m of c.mentions) byFirstToken.set(m.first, m);
  return { clusters: renumbered, byFirstToken, roles, bodies };

  // ---- helpers (closures over the tokens) ----

  /** A rule's name whose end differs from the tagger's: cut where the tagger ends when the rule ran on
   *  (ميشال عون رفض، كيم والرئيس) unless what is cut holds a chain particle or a given name (بن، آل، محمد);
   *  carry it on to the tagger's end when the rule stopped short (إيما → إيما بويلاند) over words that can
   *  be part of a name. */
  function alignToTagger(m: NameMention): NameMention {
    let end = -1;
    for (let k = m.first; k <= m.last; k++) end = Math.max(end, taggedEnd[k]);
    if (end < m.first || end === m.last) return m;
    if (end > m.last) {
      for (let k = m.last + 1; k <= end; k++) if (tokens[k].kind !== 'word' || covered[k] || notNameWord(tokens[k])) return m;
    } else {
      for (let k = end + 1; k <= m.last; k++) {
        const n = tokens[k].norm;
        if (lex.particles.has(n) || lex.givenNames.has(n) || ABD.has(n)) return m;
      }
    }
    return mentionOfSpan({ start: m.start, end: tokens[end].end, first: m.first, last: end, type: 'PER', propagated: false });
  }

  function notNameWord(w: Token): boolean {
    if (/[\u064B-\u064D]/.test(w.text) || lex.functionSpellings.has(spellingKey(w.text))) return true;
    if (lex.reportingForms.has(w.norm) && !lex.givenNames.has(w.norm)) return true;
    return /^[A-Z0-9]{2,}$/.test(w.text) || /[\u0600-\u06FF\u0640][A-Za-z]/.test(w.text);
  }

  /** A mention for a tagged span: its words' keys (عبد + X as one), the role next to it. */
  function mentionOfSpan(s: NameSpan): NameMention {
    const keys: string[] = [];
    const spellings: string[] = [];
    for (let k = s.first; k <= s.last; k++) {
      const w = tokens[k];
      if (w.kind !== 'word') continue;
      const from = k === s.first ? s.start : w.start;
      const norm = normalize(text.slice(from, w.end));
      if (ABD.has(norm) && k < s.last && tokens[k + 1].kind === 'word') {
        keys.push(phoneticKey(norm + tokens[k + 1].norm));
        spellings.push(plain(text.slice(from, w.end)) + ' ' + plain(tokens[k + 1].text));
        k++;
        continue;
      }
      keys.push(phoneticKey(norm));
      spellings.push(plain(text.slice(from, w.end)));
    }
    return { start: s.start, end: s.end, first: s.first, last: s.last, text: text.slice(s.start, s.end), keys, spellings, role: roleBefore(s.first) ?? roleAfter(s.last), person: -1 };
  }

  function nameStart(i: number): { prefix: number; compound: boolean; taught?: boolean; upTo?: number } | null {
    const t = tokens[i];
    // Most words cannot start a name: not a given name (behind a clitic or not), not after a role,
    // and not after a word that describes a person (an article-word or a reporting verb). Leave early.
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const describes = !!prev && prev.kind === 'word' && (prev.norm.startsWith('ال') || verbAt(i - 1));
    const chain = i + 1 < tokens.length && (tokens[i + 1].norm === 'بن' || tokens[i + 1].norm === 'ابن' || tokens[i + 1].norm === 'بنت');
    // X الله, a word in quotation marks after a word, or a word after عن (… عن X قوله).
    const otherStart = tokens[i + 1]?.norm === 'الله' || (i > 1 && isMark(prev) && tokens[i - 2].kind === 'word') || prev?.norm === 'عن';
    if (!describes && !chain && !otherStart && !roleEndingAt.has(i - 1) && !tstrip(i, lex.givenNames) && !tstrip(i, ABD) && !tstrip(i, KUNYA)) return null;
    // (a title word already taken into a name — حسان الشيخ — teaches nothing)
    const afterTitle = roleEndingAt.has(i - 1) && !covered[i - 1] && personTitle(roleEndingAt.get(i - 1)!);
    const next = i + 1 < tokens.length && tokens[i + 1].kind === 'word' ? tokens[i + 1] : undefined;
    // Names inside the names of places, prizes and institutions are not persons.
    if (insideInstitutionName(i)) return null;
    if (lex.functionSpellings.has(spellingKey(t.text))) return null;
    // Part of a body's or place's name of several words (بيونغ يانغ).
    if ((prev?.kind === 'word' && lex.multiWordByFirst.has(prev.norm) && lex.multiWordNames.has(prev.norm + ' ' + t.norm)) ||
      (next && lex.multiWordByFirst.has(t.norm) && lex.multiWordNames.has(t.norm + ' ' + next.norm))) return null;
    // Tanween marks an adverb or an indefinite noun (هاتفياً), never a proper name; nor is a reporting
    // verb, an acronym or a Latin word with an Arabic clitic.
    if (notNameWord(t)) return null;
    // A name in quotation marks right after a reporting verb (وحذّر "السديس"): its words are the name.
    if (i > 1 && isMark(tokens[i - 1]) && verbAt(i - 2) && nameLike(t.norm) && !lex.orgNames.has(t.norm) && !lex.places.has(t.norm)) {
      for (let k = i; k <= i + 4 && k < tokens.length; k++) {
        // Words, or a hyphen between two words (كيم مين-سيوك).
        if (tokens[k].kind === 'punct' && tokens[k].text === '-' && k > i && tokens[k + 1]?.kind === 'word') continue;
        if (tokens[k].kind !== 'word' || !nameLike(tokens[k].norm)) break;
        if (isMark(tokens[k + 1])) return { prefix: 0, compound: false, upTo: k };
      }
    }
    // A word that is itself a given name is never read as clitic + another name (كريم is not ك + ريم).
    const whole = lex.givenNames.has(t.norm);
    const strip = (set: ReadonlySet<string>) => (whole ? (set.has(t.norm) ? ([0, t.norm] as [number, string]) : null) : tstrip(i, set));
    const given = strip(lex.unambiguousGiven);
    if (given) return { prefix: given[0], compound: false };
    // X الله written apart (نصر الله، فضل الله): one given name, like عبد الله.
    if (next && next.norm === 'الله' && lex.givenNames.has(t.norm + 'الله')) return { prefix: 0, compound: true };
    const abd = tstrip(i, ABD);
    if (abd && next && !lex.functionWords.has(next.norm)) return { prefix: abd[0], compound: true };
    const amb = strip(lex.ambiguousGiven);
    const commonNoun = lex.termDesignators.has(t.norm) || lex.orgHeads.has(t.norm) || lex.anonymousHeads.has(t.norm) || lex.titleHeads.has(t.norm) || lex.notNames.has(t.norm) || lex.institutionHeads.has(t.norm);
    // A byline: the article's first line holds only a name (بدر العتيبي – …).
    const byline = i === firstWord && t.line === 0 && !!next && familyLike(next.norm) &&
      (!tokens[i + 2] || tokens[i + 2].kind !== 'word' || tokens[i + 2].line !== 0);
    const nameNext = byline || !!next && !commonNoun && ((lex.unambiguousGiven.has(next.norm) && !lex.foreignGiven.has(next.norm)) || (tokens[i + 2]?.norm === 'الله' && lex.givenNames.has(next.norm + 'الله')));
    // …or after a nationality or role adjective (مهاجمه الفرنسي كريم بنزيمة).
    const afterAdjective = !!prev && prev.kind === 'word' && lex.roleAdjectives.has(prev.norm) && !!next && nameLike(next.norm);
    if (amb && (afterTitle || (next && lex.particles.has(next.norm)) || nameNext || afterAdjective)) return { prefix: amb[0], compound: false };
    const kunya = tstrip(i, KUNYA);
    if (kunya && next && nameLike(next.norm) && (afterTitle || lex.givenNames.has(next.norm) || (next.norm.startsWith('ال') && next.norm.length > 3))) {
      return { prefix: kunya[0], compound: true };
    }
    // X بن Y: a word the lexicons do not know, followed by بن/ابن/بنت and a name, is a given name.
    if (next && (next.norm === 'بن' || next.norm === 'ابن' || next.norm === 'بنت') && tokens[i + 2]?.kind === 'word' && nameLike(tokens[i + 2].norm) &&
      nameLike(t.norm) && !t.norm.startsWith('ال') && !lex.places.has(t.norm) && !lex.orgHeads.has(t.norm) && !lex.termDesignators.has(t.norm) && !lex.institutionHeads.has(t.norm)) {
      return { prefix: 0, compound: false };
    }
    if (afterTitle && t.line === tokens[i - 1].line && !(next && (lex.givenNames.has(next.norm) || lex.particles.has(next.norm) || next.norm === 'ابو'))) {
      // Taught by a title: الرئيس أوباما. With the article only after an honorific title (الرئيس الأسد),
      // never a word carrying a clitic and the article (للائتلاف).
      const strong = tstrip(roleEndingAt.get(i - 1)!, lex.honorificTitles) !== null;
      const personal = tstrip(roleEndingAt.get(i - 1)!, lex.personTitles) !== null;
      const n = t.norm;
      const withArticle = n.startsWith('ال');
      // Not a body or a kind of thing behind a clitic either (الأمين العام لحزب الله).
      const bodyBehindClitic = stripClitic(n, (k) => lex.orgHeads.has(k) || lex.termDesignators.has(k) || lex.places.has(k) || lex.institutionHeads.has(k)) !== null;
      // A word followed by a definite noun is a construct (لرعاية الشباب), not a name. After an
      // occupation (اللاعب، الممثلة) the name must stand before punctuation, a verb or إن/أن.
      const after1 = tokens[i + 1];
      const nounShape = /^[لبك]/.test(n) || plain(t.text).endsWith('ة');
      const construct = nounShape && !!after1 && after1.kind === 'word' && after1.norm.startsWith('ال') && !lex.functionWords.has(after1.norm);
      const closed = !after1 || after1.kind !== 'word' || after1.line !== t.line || COMPLEMENTIZER.test(after1.norm) || verbFormAt(i + 1) !== null;
      if ((strong || (personal && !withArticle && closed)) && !(construct && !withArticle) && nameLike(n) && !bodyBehindClitic && !CLITIC_ARTICLE.test(n) && !lex.places.has(n) && !lex.orgNames.has(n) && !lex.orgHeads.has(n)) {
        return { prefix: 0, compound: false, taught: true };
      }
    }
    // Two words the lexicons do not know, then a boundary, right after a role (المتحدث باسم الهيئة
    // زاهر قنديلو،), after a reporting verb (وقال ماركو بيلاتي الرئيس …), or after a description that follows
    // one (وقال المستثمر العقاري معتز الخياط إن): a given and a family name.
    if (next && t.line === next.line && unknownWord(t.norm, i) && describedBy(i) !== null) {
      const after = tokens[i + 2];
      // An unknown word with a clitic letter in front is more likely بـ/لـ/و + a noun than a name, unless a
      // reporting verb comes right before and a title or punctuation right after (وقال فينسنت كوشيتيل مدير …).
      const strongFrame = i > 0 && verbAt(i - 1) && (!after || after.kind !== 'word' || roles.has(i + 2));
      const family = (!/^[وفبلك]/.test(t.norm) || lex.givenNames.has(t.norm) || strongFrame) && (unknownWord(next.norm, i + 1) || (strongFrame && CLITIC_ARTICLE.test(next.norm) && nameLike(next.norm)) || (next.norm.startsWith('ال') && familyLike(next.norm) && !knownKey(next.norm) && !lex.anonymousHeads.has(next.norm.slice(2))));
      // After a role the two words are the name whatever follows (المدير الفني … أوناي ايمري سعيهم).
      if (family && (!after || isBoundary(i + 2) || (describedBy(i) === 'role' && !unknownWord(after.norm, i + 2)))) return { prefix: 0, compound: false, upTo: i + 1 };
      // Three words the lexicons do not know right after a reporting verb or a role, closed by a title or
      // punctuation (تعهد خوسيب ماريا بارتوميو رئيس …).
      const third = tokens[i + 2];
      const fourth = tokens[i + 3];
      if (family && third && third.kind === 'word' && third.line === t.line && unknownWord(third.norm, i + 2) &&
        (verbAt(i - 1) || roleEndingAt.has(i - 1)) && (!fourth || fourth.kind !== 'word' || roles.has(i + 3))) {
        return { prefix: 0, compound: false, upTo: i + 2 };
      }
    }
    // نقلت … عن X قوله: the one or two words between عن and a noun of saying are a name.
    if (prev?.norm === 'عن' && unknownWord(t.norm, i)) {
      const say = (k: number) => /^(ب|ل)?(قوله|قولها|تاكيده|تصريحه)$/.test(tokens[k]?.norm ?? '');
      if (say(i + 1)) return { prefix: 0, compound: false, upTo: i };
      if (next && say(i + 2) && (unknownWord(next.norm, i + 1) || familyLike(next.norm))) return { prefix: 0, compound: false, upTo: i + 1 };
    }
    // One unknown word right after a reporting verb, before a colon, a quote, a comma or إن/أن: a name the
    // article teaches (وقال قنديلو إن، وقالت الشركة، …).
    const after1 = tokens[i + 1];
    if (after1 && after1.line === t.line && i > 0 && verbAt(i - 1) && unknownWord(t.norm, i) &&
      (after1.kind !== 'word' ? /[:«"“،,]/.test(after1.text) : COMPLEMENTIZER.test(after1.norm))) {
      return { prefix: 0, compound: false, taught: true };
    }
    return null;
  }

  function extend(i: number, s: { prefix: number; compound: boolean; taught?: boolean; upTo?: number }): NameMention | null {
    if (s.upTo !== undefined) {
      // A span fixed by the start rule: a quoted name, or a three-word name the lexicons do not know.
      const end = tokens[s.upTo].end;
      const words = tokens.slice(i, s.upTo + 1);
      return { start: tokens[i].start, end, first: i, last: s.upTo, text: text.slice(tokens[i].start, end), keys: words.map((w) => phoneticKey(w.norm)), spellings: words.map((w) => plain(w.text)), role: roleBefore(i) ?? roleAfter(s.upTo), person: -1 };
    }
    const t = tokens[i];
    const start = s.prefix ? offsetAfterLetters(t, s.prefix) : t.start;
    const keys: string[] = [];
    const spellings: string[] = [];
    let last = i;
    const firstNorm = s.prefix ? t.norm.slice(s.prefix) : t.norm;
    if (s.compound && KUNYA.has(firstNorm)) {
      // أبو بكر: two words of the name.
      keys.push(phoneticKey(firstNorm), phoneticKey(tokens[i + 1].norm));
      spellings.push(plain(t.text.slice(start - t.start)), plain(tokens[i + 1].text));
      last = i + 1;
    } else if (s.compound) {
      keys.push(phoneticKey(firstNorm + tokens[i + 1].norm));
      spellings.push(plain(t.text.slice(start - t.start)) + ' ' + plain(tokens[i + 1].text));
      last = i + 1;
    } else {
      keys.push(phoneticKey(firstNorm));
      spellings.push(plain(text.slice(start, t.end)));
    }
    const foreignStart = lex.foreignGiven.has(firstNorm) && !lex.arabicGiven.has(firstNorm);
    // A name taught by a title is the family name itself: only a chain may follow (الرئيس أوباما).
    let family = !!s.taught;
    for (;;) {
      const j = last + 1;
      const w = tokens[j];
      if (!w || w.kind !== 'word' || w.line !== t.line) break;
      // A function word (على is not علي), a word with tanween (ضيفاً) or with a possessive pronoun
      // (لنفسه) ends the name.
      if (notNameWord(w)) break;
      if (POSSESSIVE.test(plain(w.text)) && !lex.givenNames.has(w.norm)) break;
      const nx = tokens[j + 1];
      if (lex.particles.has(w.norm) && nx && nx.kind === 'word' && nameLike(nx.norm)) {
        // بن X، آل X، أبو X, and عبد + X after a particle (بن عبد الله).
        let end = j + 1;
        let key = nx.norm;
        if ((nx.norm === 'عبد' || nx.norm === 'عبدال') && tokens[j + 2]?.kind === 'word') { end = j + 2; key = nx.norm + tokens[j + 2].norm; }
        keys.push(phoneticKey(w.norm), phoneticKey(key));
        spellings.push(plain(w.text), plain(text.slice(nx.start, tokens[end].end)));
        last = end;
        // آل X is the family: the name ends there. بن X may go on (بن X بن Y, or a family name).
        family = w.norm === 'ال';
        continue;
      }
      if (family && !(foreignStart && keys.length === 2)) break;
      if (nx && nx.norm === 'الله' && lex.givenNames.has(w.norm + 'الله') && !family) {
        keys.push(phoneticKey(w.norm + 'الله'));
        spellings.push(plain(w.text) + ' ' + plain(nx.text));
        last = j + 1;
        family = true;
        continue;
      }
      if (w.norm === 'عبد' && nx && nx.kind === 'word' && nameLike(nx.norm)) {
        keys.push(phoneticKey(w.norm + nx.norm));
        spellings.push(plain(w.text) + ' ' + plain(nx.text));
        last = j + 1;
        continue;
      }
      // A father's name; one that is also a common word (عادل، سعيد) only when the name goes on after it.
      const goesOn = !!nx && nx.kind === 'word' && nx.line === w.line && (lex.givenNames.has(nx.norm) || lex.particles.has(nx.norm) || familyLike(nx.norm));
      if ((!foreignStart || goesOn) && lex.givenNames.has(w.norm) && (!lex.ambiguousGiven.has(w.norm) || goesOn) && keys.length < 4) {
        keys.push(phoneticKey(w.norm));
        spellings.push(plain(w.text));
        last = j;
        continue;
      }
      if (!family && foreignStart && lex.foreignGiven.has(w.norm) && keys.length < 3 && nx && nx.kind === 'word' && nameLike(nx.norm)) {
        keys.push(phoneticKey(w.norm));
        spellings.push(plain(w.text));
        last = j;
        continue;
      }
      // A family name that looks like a clitic + the article (بالمييري) after a foreign given name, or
      // one that is also a title (حسان الشيخ) when no name follows it.
      const foreignFamily = foreignStart && CLITIC_ARTICLE.test(w.norm) && nameLike(w.norm);
      // (العقيد حسان الشيخ: a title word after a name that had its own title is the family name.)
      const titleFamily = lex.titleHeads.has(w.norm) && w.norm.startsWith('ال') && !(nx && nx.kind === 'word' && lex.givenNames.has(nx.norm)) &&
        (!nx || nx.kind !== 'word' || roleEndingAt.has(i - 1));
      // A third word of a foreign name (كيم مين سيوك) when a boundary follows it.
      if (family && foreignStart && keys.length === 2 && nameLike(w.norm) && !w.norm.startsWith('ال') && familyLike(w.norm) && (!nx || nx.kind !== 'word' || lex.functionWords.has(nx.norm) || COMPLEMENTIZER.test(nx.norm))) {
        keys.push(phoneticKey(w.norm));
        spellings.push(plain(w.text));
        last = j;
        break;
      }
      if (family) break;
      if (familyLike(w.norm) || foreignFamily || titleFamily) {
        keys.push(phoneticKey(w.norm));
        spellings.push(plain(w.text));
        last = j;
        family = true;
        continue;
      }
      break;
    }
    const single = last === i && !s.compound;
    // A lone given name is a mention only after a title; otherwise it is too often a word or a place name.
    if (single && !(roleEndingAt.has(i - 1) && personTitle(roleEndingAt.get(i - 1)!))) {
      const known = tstrip(i, lex.givenNames);
      if (known) return null;
    }
    const end = tokens[last].end;
    return { start, end, first: i, last, text: text.slice(start, end), keys, spellings, role: roleBefore(i) ?? roleAfter(last), person: -1 };
  }

  function unknownWord(n: string, k: number): boolean {
    // A possessive pronoun written on the word (بلاده، خارجيته، قادتها) marks a common noun.
    if (POSSESSIVE.test(plain(tokens[k].text)) && !lex.givenNames.has(n)) return false;
    return nameLike(n) && !n.startsWith('ال') && !CLITIC_ARTICLE.test(n) && !lex.places.has(n) && !lex.orgNames.has(n) && !lex.orgHeads.has(n) &&
      !lex.termDesignators.has(n) && !lex.anonymousHeads.has(n) && !lex.honorifics.has(n) && !lex.accordingTo.has(n) && verbFormAt(k) === null &&
      stripClitic(n, knownKey) === null;
  }


  function isBoundary(k: number): boolean {
    const w = tokens[k];
    if (!w || w.kind !== 'word') return true;
    return lex.functionWords.has(w.norm) || COMPLEMENTIZER.test(w.norm) || roles.has(k) || verbFormAt(k) !== null;
  }

  /** After a role, a reporting verb, or up to three article-words that follow either. */
  /** 'verb' or 'role' when a reporting verb or a role comes before position i across a description
   *  (article-words, لل/بال words, bodies and places: المدير الفني لنادي اشبيلية الأسباني), else null. */
  function describedBy(i: number): 'verb' | 'role' | null {
    if (roleEndingAt.has(i - 1)) return 'role';
    let throughBody = false;
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      const w = tokens[k];
      // A preposition inside the description (الخبيرة في الموارد المائية منى الشاذلي) is stepped over.
      if (w.kind === 'word' && (w.norm === 'في' || w.norm === 'من') && tokens[k + 1]?.norm.startsWith('ال') && k < i - 1) continue;
      if (w.kind !== 'word' || w.line !== tokens[i].line || lex.functionSpellings.has(spellingKey(w.text))) return null;
      // A body right after the verb is its subject (تعلن وزارة الدفاع حصيلة …): only a role may stand
      // before a description that names a body (المدير الفني لنادي اشبيلية …).
      if (verbAt(k)) return throughBody ? null : 'verb';
      if (roleEndingAt.has(k)) return 'role';
      const article = w.norm.startsWith('ال') || /^(لل|بال|وال)/.test(w.norm);
      const body = lex.places.has(w.norm) || tstrip(k, lex.orgHeads) !== null;
      if (body) throughBody = true;
      if ((!article && !body) || lex.functionWords.has(w.norm)) return null;
    }
    return null;
  }

  function knownKey(n: string): boolean {
    return byKey.has(phoneticKey(n));
  }

  function nameLike(norm: string): boolean {
    return norm.length >= 2 && !lex.functionWords.has(norm) && !lex.titleHeads.has(norm) && !lex.roleAdjectives.has(norm) &&
      !lex.reportingForms.has(norm) && !lex.notNames.has(norm) && !/^[0-9\u0660-\u0669]/.test(norm) && /[\u0621-\u064a]/.test(norm);
  }

  function familyLike(norm: string): boolean {
    if (!nameLike(norm) || lex.titleContinuations.has(norm) || lex.particles.has(norm)) return false;
    if (lex.places.has(norm) || lex.orgHeads.has(norm)) return false;
    // A word with a clitic and the article (بالعراق، للرئيس، والولايات) does not continue a name.
    if (CLITIC_ARTICLE.test(norm)) return false;
    // A word with the conjunction و glued on starts a new phrase (شجاع وجريء), unless it is a name itself.
    if (norm.startsWith('و') && !lex.givenNames.has(norm)) return false;
    return true;
  }

  function personTitle(head: number): boolean {
    const r = roles.get(head)!;
    for (let k = head; k <= r.last; k++) {
      const hit = tstrip(k, lex.titleHeads);
      if (hit) return true;
    }
    return false;
  }

  function insideInstitutionName(i: number): boolean {
    // Inside a role phrase: an institution head right before the title that precedes the name
    // (مدير جامعة الملك منصور: منصور names the university).
    const head = roleEndingAt.get(i - 1);
    if (head !== undefined && i - 2 >= head && tstrip(i - 2, lex.institutionHeads) !== null) return true;
    let k = prevWord(i);
    if (k >= 0 && roleEndingAt.has(k)) k = prevWord(roleEndingAt.get(k)!);
    if (k < 0) return false;
    return tstrip(k, lex.institutionHeads) !== null;
  }

  function roleBefore(i: number): (Span & { text: string }) | null {
    const head = roleEndingAt.get(i - 1);
    if (head === undefined) return null;
    const r = roles.get(head)!;
    return { ...r.span, text: r.text };
  }

  function roleAfter(last: number): (Span & { text: string }) | null {
    let j = last + 1;
    if (tokens[j]?.kind === 'punct' && (tokens[j].text === '،' || tokens[j].text === ',')) j++;
    const r = roles.get(j);
    return r ? { ...r.span, text: r.text } : null;
  }

  function nameKeys(name: string): string[] {
    return name.split(/\s+/).filter(Boolean).map((w) => phoneticKey(w));
  }

  function index(c: PersonCluster): void {
    for (const k of c.keys) {
      const set = byKey.get(k);
      if (set) set.add(c); else byKey.set(k, new Set([c]));
    }
  }

  function assign(m: NameMention): void {
    let best: PersonCluster | undefined;
    let bestScore = 0;
    // Every candidate shares the mention's last word (see matchScore).
    for (const c of byKey.get(m.keys[m.keys.length - 1]) ?? []) {
      let s = matchScore(m.keys, c.keys);
      // A chain name's first name after a title (الشيخ خالد for الشيخ خالد بن ناصر آل حمدان).
      if (!s && c.chain && m.keys.length === 1 && m.role && c.keys[0] === m.keys[0]) s = 2;
      // A spelling the newsroom listed for a known person.
      if (!s && c.aliases?.some((a) => a.length === m.keys.length && a.every((k, x) => k === m.keys[x]))) s = 3;
      if (s > bestScore || (s === bestScore && s > 0 && best && lastMention(c) > lastMention(best))) { best = c; bestScore = s; }
    }
    if (!best) {
      best = { id: clusters.length, name: m.text, keys: [...m.keys], mentions: [], roles: [], chain: m.keys.some((k) => lex.particles.has(k)) };
      clusters.push(best);
      index(best);
    } else if (m.keys.length > best.keys.length) {
      best.keys = [...m.keys];
      best.name = m.text;
      best.chain = m.keys.some((k) => lex.particles.has(k));
      index(best);
    }
    m.person = best.id;
    best.mentions.push(m);
  }

  function shortFormOwners(key: string, i: number): PersonCluster[] {
    return [...(byKey.get(key) ?? [])].filter((c) => {
      if (c.keys.length < 2) return c.keys[0] === key && c.mentions.length > 0 || (c.mentions.length === 0 && c.keys[0] === key);
      // A chain name (محمد بن نايف) is shortened to its first name after a title; one that ends with a
      // family name (… بن عبدالعزيز السديس) also to that family name.
      if (c.chain) {
        const fam = c.keys[c.keys.length - 1];
        if (fam === key && fam.startsWith('ال') && c.keys.length >= 3 && !lex.particles.has(c.keys[c.keys.length - 2])) return true;
        return c.keys[0] === key && roleEndingAt.has(i - 1) && personTitle(roleEndingAt.get(i - 1)!);
      }
      // A family name that is also a given name (سالم، حسن) stands for the person only right after a
      // reporting verb or a title (وأشار سالم إلى …).
      // (a family name that is a foreign first name elsewhere — بيل — still stands for the person)
      const foreignOnly = lex.foreignGiven.has(key) && !lex.arabicGiven.has(key) && !lex.ambiguousGiven.has(key);
      return c.keys[c.keys.length - 1] === key && (!lex.givenNames.has(key) || foreignOnly || (i > 0 && (verbAt(i - 1) || roleEndingAt.has(i - 1))));
    });
  }
}

/** 3: same words; 2: one is the other's short form (its words inside, same family name); 0: different people. */
function isMark(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && isQuoteMark(t.text);
}

function matchScore(a: readonly string[], b: readonly string[]): number {
  if (a.length === b.length && a.every((k, i) => k === b[i])) return 3;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (small.every((k) => big.includes(k)) && small[small.length - 1] === big[big.length - 1]) return 2;
  return 0;
}

function lastMention(c: PersonCluster): number {
  return c.mentions.length ? c.mentions[c.mentions.length - 1].start : -1;
}

/** The owner mentioned most recently before offset: by its full mentions' starts (sorted) or a short form already given. */
function nearestCluster(owners: PersonCluster[], offset: number, fullStarts: ReadonlyMap<PersonCluster, number[]>, lastShort: ReadonlyMap<PersonCluster, number>): PersonCluster {
  let best = owners[0];
  let bestPos = -Infinity;
  for (const c of owners) {
    const starts = fullStarts.get(c) ?? [];
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    const pos = Math.max(lo > 0 ? starts[lo - 1] : -Infinity, lastShort.get(c) ?? -Infinity);
    if (pos > bestPos) { best = c; bestPos = pos; }
  }
  return best;
}

/**
 * Role phrases: a title head (وزير، الرئيس، المتحدث …) and what carries it on (الخارجية الأمريكي، باسم
 * الكرملين). An unknown word with the article joins only when the phrase goes on after it, so that
 * الرئيس الأسد keeps الأسد as a name.
 */
function findRoles(text: string, tokens: readonly Token[], lex: Lexicon): Map<number, { last: number; span: Span; text: string }> {
  const out = new Map<number, { last: number; span: Span; text: string }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const head = stripIn(t.norm, lex.titleHeads);
    if (!head) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < 10; j++) {
      const w = tokens[j];
      if (w.kind !== 'word' || w.line !== t.line) break;
      const n = w.norm;
      if (lex.titleHeads.has(n) || lex.titleContinuations.has(n) || lex.roleAdjectives.has(n) || lex.places.has(n)) { last = j; continue; }
      if (n === 'باسم' || n === 'لشوون' || n === 'لشئون') { last = j; continue; }
      if (n.startsWith('ال') && n.length > 3 && !lex.functionWords.has(n) && !lex.givenNames.has(n)) {
        const nx = tokens[j + 1];
        const goesOn = nx && nx.kind === 'word' && (lex.titleHeads.has(nx.norm) || lex.titleContinuations.has(nx.norm) || lex.roleAdjectives.has(nx.norm) || lex.givenNames.has(nx.norm) || nx.norm === 'باسم');
        if (goesOn) { last = j; continue; }
      }
      break;
    }
    const start = head[0] ? offsetAfterLetters(t, head[0]) : t.start;
    const end = tokens[last].end;
    out.set(i, { last, span: { start, end }, text: plain(text.slice(start, end)) });
    i = last;
  }
  return out;
}
