// Pairs quotation marks, linear in the text length whatever the marks.
//
// Each line is paired on its own with a stack (roles of ambiguous marks such as " and ” are decided by
// what flanks them and what is open); then lines are joined: a quote left open at the end of a line is
// closed by the first unmatched closing mark of the next non-blank line, or continued when that line
// starts with a reopening mark of the same family (the multi-paragraph convention). What is left is
// unpaired.
import { isSpace } from './text';
import type { DocLines } from './reuse';

type Family = 'guillemet' | 'curly' | 'straight' | 'single-guillemet';

export interface MarkPair {
  readonly open: number;
  readonly close: number;
  /** Offsets of reopening marks at the start of continuing paragraphs. */
  readonly continuations: readonly number[];
}

export interface UnpairedMark {
  readonly offset: number;
  readonly char: string;
  readonly role: 'open' | 'close';
  /** For an opener: the character that would close it. */
  readonly closeWith: string;
  /** For an opener: where a closing mark would go (end of its line, before trailing space). */
  readonly closeAt: number;
}

export interface Pairing {
  readonly pairs: MarkPair[];
  readonly unpaired: UnpairedMark[];
}

const FAMILY: Record<string, Family> = {
  '«': 'guillemet', '»': 'guillemet',
  '“': 'curly', '”': 'curly', '„': 'curly', '‟': 'curly',
  '"': 'straight', '＂': 'straight',
  '‹': 'single-guillemet', '›': 'single-guillemet',
};

const MARK_CODES = new Set(Object.keys(FAMILY).map((c) => c.charCodeAt(0)));

/** A quotation mark's code unit (MARK_CODES): letters and most punctuation fail the first test. */
function isMarkCode(code: number): boolean {
  return code < 0x2000 ? code === 0x22 || code === 0xab || code === 0xbb : MARK_CODES.has(code);
}

export function isQuoteMark(ch: string): boolean {
  return ch in FAMILY;
}

interface Open { pos: number; family: Family; ch: string; continuations: number[] }
/** One line's marks paired on their own (kept per line by reuse.ts, offsets from the line's start). */
export type LinePairing = LineResult;
interface LineResult {
  pairs: Map<number, MarkPair>; // by opener offset
  openAtEnd: Open[]; // bottom → top
  closers: { pos: number; family: Family; ch: string }[]; // unmatched, in order
  dead: Open[]; // openers abandoned inside the line
  firstMark: { pos: number; family: Family; role: 'open' | 'close' } | null;
  firstNonSpace: number;
  lastNonSpace: number; // offset after the last non-space character
}

function closerFor(ch: string): string {
  switch (ch) {
    case '«': return '»';
    case '»': return '«';
    case '“': case '„': case '‟': return '”';
    case '”': return '”';
    case '‹': return '›';
    case '›': return '‹';
    default: return ch;
  }
}

function pairLine(text: string, from: number, to: number): LineResult {
  const stack: Open[] = [];
  const count: Record<Family, number> = { guillemet: 0, curly: 0, straight: 0, 'single-guillemet': 0 };
  const res: LineResult = { pairs: new Map(), openAtEnd: [], closers: [], dead: [], firstMark: null, firstNonSpace: to, lastNonSpace: from };
  // Guillemets still ahead on the line: a » with nothing open opens a same-mark or reversed pair only when
  // more » than « follow it, so that one of them is left to close it (إن» … » … «X» … »Y»).
  let closersAhead = 0;
  let openersAhead = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xbb) closersAhead++;
    else if (c === 0xab) openersAhead++;
  }
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) {
      if (res.firstNonSpace === to) res.firstNonSpace = i;
      res.lastNonSpace = i + 1;
    }
    if (!isMarkCode(code)) continue;
    if (code === 0xbb) closersAhead--;
    else if (code === 0xab) openersAhead--;
    const ch = text[i];
    const family = FAMILY[ch];
    const before = i > from ? text.charCodeAt(i - 1) : 0x20;
    const after = i + 1 < to ? text.charCodeAt(i + 1) : 0x20;
    const canOpen = !isSpace(after) && !isClosingPunct(after);
    // After a tatweel (لـ«) a mark opens.
    const canClose = !isSpace(before) && !isOpeningPunct(before) && before !== 0x0640;
    const open = count[family] > 0;
    const top = stack.length ? stack[stack.length - 1] : undefined;
    let role: 'open' | 'close';
    switch (ch) {
      case '«': case '‹':
        role = top && top.family === family && top.ch !== ch && canClose && !canOpen ? 'close' : 'open';
        break;
      case '»':
        role = open ? 'close' : (canOpen && !canClose) || closersAhead > openersAhead ? 'open' : 'close';
        break;
      case '›':
        role = open || !(canOpen && !canClose) ? 'close' : 'open';
        break;
      case '“': case '„': case '‟':
        role = open && canClose && !canOpen && ch === '“' ? 'close' : 'open';
        break;
      case '”':
        role = open ? 'close' : 'open';
        break;
      default: // straight quotes
        if (open && canClose) role = 'close';
        else if (canOpen) role = 'open';
        else role = open ? 'close' : 'open';
    }
    if (!res.firstMark) res.firstMark = { pos: i, family, role };
    if (role === 'open') {
      stack.push({ pos: i, family, ch, continuations: [] });
      count[family]++;
      continue;
    }
    if (!open) {
      res.closers.push({ pos: i, family, ch });
      continue;
    }
    // Close the nearest opener of the family; openers of other families above it were never closed.
    for (;;) {
      const o = stack.pop()!;
      count[o.family]--;
      if (o.family === family) {
        res.pairs.set(o.pos, { open: o.pos, close: i, continuations: o.continuations });
        break;
      }
      res.dead.push(o);
    }
  }
  res.openAtEnd = stack;
  return res;
}

function isClosingPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x060c || c === 0x061b || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x29 || c === 0x5d;
}
/** Characters after which a mark opens rather than closes: brackets, a colon (قال:«…»), a comma. */
function isOpeningPunct(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x3a || c === 0x060c || c === 0x2c;
}

export function pairQuotes(text: string, lines?: DocLines): Pairing {
  const pairs: MarkPair[] = [];
  const unpaired: UnpairedMark[] = [];
  const deadOpener = (o: Open, lineEnd: number) =>
    unpaired.push({ offset: o.pos, char: o.ch, role: 'open', closeWith: closerFor(o.ch), closeAt: lineEnd });
  let carry: { open: Open; lineEnd: number }[] = [];
  /** Joins one non-blank line, paired on its own, to the quotes carried from the lines before it. */
  const join = (line: LineResult) => {
    for (const o of line.dead) deadOpener(o, line.lastNonSpace);
    const startsWithOpener = line.firstMark && line.firstMark.role === 'open' && line.firstMark.pos === line.firstNonSpace ? line.firstMark : null;
    const top = carry.length ? carry[carry.length - 1] : undefined;
    // Spans of the line closed within it: a closing mark inside one cannot close a quote carried from
    // an earlier line, or the two quotes would cross («… \n “… » …”).
    const closedSpans: { open: number; close: number }[] = [...line.pairs.values()];
    if (top && startsWithOpener && startsWithOpener.family === top.open.family) {
      // A reopening mark continues the quote left open on the previous paragraph.
      top.open.continuations.push(startsWithOpener.pos);
      const inner = line.pairs.get(startsWithOpener.pos);
      if (inner) {
        line.pairs.delete(startsWithOpener.pos);
        pairs.push({ open: top.open.pos, close: inner.close, continuations: top.open.continuations });
        carry.pop();
      } else {
        line.openAtEnd = line.openAtEnd.filter((o) => o.pos !== startsWithOpener.pos);
        top.lineEnd = line.lastNonSpace;
        // The carried quote now ends (or goes on) with this line.
        line.openAtEnd.unshift(top.open);
        carry.pop();
      }
    }
    const enclosed = enclosedBy(closedSpans);
    let stillOpen = 0; // line.openAtEnd[0 .. stillOpen) were opened before the last carried quote closed
    for (const c of line.closers) {
      const t = carry.length ? carry[carry.length - 1] : undefined;
      if (t && t.open.family === c.family && !enclosed(c.pos)) {
        pairs.push({ open: t.open.pos, close: c.pos, continuations: t.open.continuations });
        carry.pop();
        // As within a line: closing a quote abandons the marks opened inside it and left open.
        while (stillOpen < line.openAtEnd.length && line.openAtEnd[stillOpen].pos < c.pos) deadOpener(line.openAtEnd[stillOpen++], line.lastNonSpace);
      } else {
        unpaired.push({ offset: c.pos, char: c.ch, role: 'close', closeWith: '', closeAt: c.pos });
      }
    }
    // Whatever the previous line left open and this line neither closed nor continued is unclosed.
    for (const t of carry) deadOpener(t.open, t.lineEnd);
    carry = line.openAtEnd.slice(stillOpen).map((o) => ({ open: o, lineEnd: line.lastNonSpace }));
    for (const p of line.pairs.values()) pairs.push(p);
  };
  if (lines) {
    // Each line's own pairing is kept by its text (offsets from its start) and placed anew.
    for (let l = 0; l < lines.count; l++) {
      const entry = lines.entries[l];
      if (entry.pairing === undefined) entry.pairing = hasMarkOrText(entry.text, 0, entry.text.length) ? pairLine(entry.text, 0, entry.text.length) : null;
      if (entry.pairing) join(placeLine(entry.pairing, lines.starts[l]));
    }
  } else {
    let from = 0;
    const n = text.length;
    while (from <= n) {
      let to = from;
      while (to < n && text.charCodeAt(to) !== 0x0a && text.charCodeAt(to) !== 0x0d) to++;
      const next = to < n && text.charCodeAt(to) === 0x0d && text.charCodeAt(to + 1) === 0x0a ? to + 2 : to + 1;
      // (a line with text is non-blank: its firstNonSpace is before its end)
      if (hasMarkOrText(text, from, to)) join(pairLine(text, from, to));
      if (to >= n) break;
      from = next;
    }
  }
  for (const t of carry) deadOpener(t.open, t.lineEnd);
  pairs.sort((a, b) => a.open - b.open);
  unpaired.sort((a, b) => a.offset - b.offset);
  return { pairs, unpaired };
}

/** A line's own pairing (pairLine of the line's text alone) moved to the line's offset, as new objects:
 *  joining the lines changes them. */
function placeLine(rel: LineResult, base: number): LineResult {
  const pairs = new Map<number, MarkPair>();
  for (const p of rel.pairs.values()) pairs.set(p.open + base, { open: p.open + base, close: p.close + base, continuations: [] });
  const open = (o: Open): Open => ({ pos: o.pos + base, family: o.family, ch: o.ch, continuations: [] });
  return {
    pairs,
    openAtEnd: rel.openAtEnd.map(open),
    closers: rel.closers.map((c) => ({ pos: c.pos + base, family: c.family, ch: c.ch })),
    dead: rel.dead.map(open),
    firstMark: rel.firstMark && { pos: rel.firstMark.pos + base, family: rel.firstMark.family, role: rel.firstMark.role },
    firstNonSpace: rel.firstNonSpace + base,
    lastNonSpace: rel.lastNonSpace + base,
  };
}

/** A test for offsets asked in increasing order: inside one of the spans (open < offset < close)? */
function enclosedBy(spans: { open: number; close: number }[]): (offset: number) => boolean {
  spans.sort((a, b) => a.open - b.open);
  let i = 0;
  let reach = -1; // the furthest close of the spans that open before the offset
  return (offset) => {
    while (i < spans.length && spans[i].open < offset) reach = Math.max(reach, spans[i++].close);
    return offset < reach;
  };
}

function hasMarkOrText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}
