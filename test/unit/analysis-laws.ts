// The laws every Analysis keeps, whatever the text: spans inside the text on code-unit boundaries that do
// not split a surrogate pair, quotes that nest, and people, quotes, cues and problems that refer to each
// other consistently. checkLaws throws an Error naming the first law broken.
import type { Analysis, Span } from '../../server/src/analysis';

/** Every character the pairing treats as a quotation mark. */
export const QUOTE_MARKS = '«»“”„‟"＂‹›';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Offset b lies between two code units of one surrogate pair. */
export function splitsPair(text: string, b: number): boolean {
  return b > 0 && b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b));
}

function fail(message: string): never {
  throw new Error(message);
}

function checkSpan(text: string, s: Span, what: string): void {
  const n = text.length;
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n)) fail(`${what}: span ${s.start}..${s.end} outside 0..${n}`);
  if (splitsPair(text, s.start) || splitsPair(text, s.end)) fail(`${what}: span ${s.start}..${s.end} splits a surrogate pair`);
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

export function checkLaws(text: string, a: Analysis): void {
  const n = text.length;
  if (a.textLength !== n) fail(`textLength ${a.textLength} ≠ ${n}`);
  if (!(a.arabicRatio >= 0 && a.arabicRatio <= 1)) fail(`arabicRatio ${a.arabicRatio}`);

  // Quotes: sorted, marks at both ends, properly nested, parent the innermost enclosing quote.
  const open: number[] = []; // enclosing quotes of the current one, outermost first
  a.quotes.forEach((q, i) => {
    const what = `quote ${i}`;
    if (q.id !== i) fail(`${what} has id ${q.id}`);
    checkSpan(text, q, what);
    checkSpan(text, q.inner, `${what} inner`);
    if (q.end - q.start < 2 || q.inner.start !== q.start + 1 || q.inner.end !== q.end - 1) fail(`${what}: inner ${q.inner.start}..${q.inner.end} is not the span between the marks`);
    if (!QUOTE_MARKS.includes(text[q.start]) || !QUOTE_MARKS.includes(text[q.end - 1])) fail(`${what} does not start and end with a mark`);
    if (q.open !== text[q.start] || q.close !== text[q.end - 1]) fail(`${what}: open/close characters differ from the text`);
    if (i > 0 && a.quotes[i - 1].start >= q.start) fail(`${what}: quotes not sorted by start`);
    while (open.length && a.quotes[open[open.length - 1]].end <= q.start) open.pop();
    const enclosing = open.length ? open[open.length - 1] : null;
    if (enclosing !== null && q.end > a.quotes[enclosing].end) fail(`${what} (${q.start}..${q.end}) crosses quote ${enclosing} (${a.quotes[enclosing].start}..${a.quotes[enclosing].end})`);
    if (q.parentId !== enclosing) fail(`${what}: parentId ${q.parentId}, innermost enclosing quote ${enclosing}`);
    open.push(i);
    let last = q.start;
    for (const c of q.continuations) {
      if (!(c > last && c < q.end - 1 && QUOTE_MARKS.includes(text[c]))) fail(`${what}: continuation ${c} not a mark inside the quote, in order`);
      last = c;
    }
    if (q.kind !== 'speech' && q.kind !== 'term') fail(`${what}: kind ${q.kind}`);
    if (typeof q.kindReason !== 'string' || !q.kindReason) fail(`${what}: no kind reason`);
    const at = q.attribution;
    if (at) {
      if (!(Number.isInteger(at.entityId) && at.entityId >= 0 && at.entityId < a.entities.length)) fail(`${what}: entity ${at.entityId} out of range`);
      if (!(at.confidence >= 0 && at.confidence <= 1)) fail(`${what}: confidence ${at.confidence}`);
      if (at.cue && !a.cues.some((c) => sameSpan(c, at.cue!) && c.entityId === at.cue!.entityId)) fail(`${what}: its cue is not one of the analysis's cues`);
    }
  });

  // Entities: persons first, mentions and quote lists that point back at them.
  let seenOther = false;
  a.entities.forEach((e, id) => {
    const what = `entity ${id}`;
    if (e.id !== id) fail(`${what} has id ${e.id}`);
    if (e.type !== 'person') seenOther = true;
    else if (seenOther) fail(`${what}: a person after a body or an unnamed source`);
    if (!e.name) fail(`${what}: empty name`);
    for (const m of e.mentions) {
      checkSpan(text, m, `${what} mention`);
      if (m.entityId !== id) fail(`${what}: a mention points at entity ${m.entityId}`);
      if (m.role) checkSpan(text, m.role, `${what} mention role`);
    }
    const attributed = a.quotes.filter((q) => q.attribution?.entityId === id).map((q) => q.id);
    if (JSON.stringify(attributed) !== JSON.stringify(e.quoteIds)) fail(`${what}: quoteIds ${JSON.stringify(e.quoteIds)}, quotes attributed to it ${JSON.stringify(attributed)}`);
    if (e.type !== 'person' && e.quoteIds.length === 0) fail(`${what}: a ${e.type} credited with no quote is kept`);
  });

  for (const [i, c] of a.cues.entries()) {
    checkSpan(text, c, `cue ${i}`);
    if (c.subject) checkSpan(text, c.subject, `cue ${i} subject`);
    if (c.entityId !== null && !(c.entityId >= 0 && c.entityId < a.entities.length)) fail(`cue ${i}: entity ${c.entityId} out of range`);
  }

  // Problems: sorted, each about what it names.
  const markEnds = new Set<number>();
  for (const q of a.quotes) {
    markEnds.add(q.start);
    markEnds.add(q.end - 1);
    for (const c of q.continuations) markEnds.add(c);
  }
  const reportedMarks = new Set<number>();
  a.problems.forEach((p, i) => {
    const what = `problem ${i} (${p.code})`;
    checkSpan(text, p, what);
    if (i > 0 && (a.problems[i - 1].start > p.start || (a.problems[i - 1].start === p.start && a.problems[i - 1].end > p.end))) fail(`${what}: problems not sorted`);
    switch (p.code) {
      case 'unattributed-quote':
      case 'anonymous-source': {
        const q = a.quotes.find((x) => sameSpan(x, p));
        if (!q || q.kind !== 'speech') fail(`${what}: not the span of a speech quote`);
        const speaker = q.attribution ? a.entities[q.attribution.entityId] : null;
        if (p.code === 'unattributed-quote' ? speaker !== null : speaker?.type !== 'anonymous') fail(`${what}: the quote's speaker is ${speaker?.type ?? 'nobody'}`);
        break;
      }
      case 'unclosed-quote':
      case 'unpaired-quote-mark':
        if (p.end !== p.start + 1 || !QUOTE_MARKS.includes(text[p.start])) fail(`${what}: not on a quotation mark`);
        if (markEnds.has(p.start)) fail(`${what}: the mark also belongs to a quote`);
        if (reportedMarks.has(p.start)) fail(`${what}: the mark is reported twice`);
        reportedMarks.add(p.start);
        if (p.code === 'unclosed-quote') {
          const at = p.data?.closeAt;
          if (at === undefined || !(at >= 0 && at <= n) || splitsPair(text, at)) fail(`${what}: closeAt ${at}`);
          if (!p.data?.closeWith || !QUOTE_MARKS.includes(p.data.closeWith)) fail(`${what}: closeWith ${p.data?.closeWith}`);
        }
        break;
      case 'name-variant':
        if (!a.entities.some((e) => e.type === 'person' && e.mentions.some((m) => sameSpan(m, p)))) fail(`${what}: not the span of a person mention`);
        break;
      default:
        fail(`${what}: unknown code`);
    }
  });
  // Every quote speech with no speaker is reported, once.
  for (const q of a.quotes) {
    if (q.kind !== 'speech') continue;
    const speaker = q.attribution ? a.entities[q.attribution.entityId] : null;
    const code = speaker === null ? 'unattributed-quote' : speaker.type === 'anonymous' ? 'anonymous-source' : null;
    if (code && a.problems.filter((p) => p.code === code && sameSpan(p, q)).length !== 1) fail(`quote ${q.id}: not reported once as ${code}`);
  }
  // Every quotation mark is accounted for: in a quote (an end or a reopening mark) or reported, or it
  // opens a line after an unclosed mark (it may reopen that quote's next paragraph).
  const firstUnclosed = a.problems.find((p) => p.code === 'unclosed-quote')?.start ?? n;
  for (let i = 0; i < n; i++) {
    if (!QUOTE_MARKS.includes(text[i]) || markEnds.has(i) || reportedMarks.has(i)) continue;
    if (i > firstUnclosed && opensLine(text, i)) continue;
    fail(`mark ${text[i]} at ${i} is neither in a quote nor reported`);
  }
}

/** Only spaces between the line's start and offset i. */
function opensLine(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n' || c === '\r') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}
