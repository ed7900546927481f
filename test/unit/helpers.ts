// Shared helpers for the engine's unit tests. All texts used with them are written for these tests
// (fictional people and events).
import { analyzeArticle, type Analysis, type Entity, type Quote } from '../../server/src/analysis';

export { analyzeArticle };

/** Analysis of a text, cached per text so that several assertions on one sentence run the engine once. */
const cache = new Map<string, Analysis>();
export function analyze(text: string): Analysis {
  let a = cache.get(text);
  if (!a) {
    a = analyzeArticle(text);
    cache.set(text, a);
  }
  return a;
}

/** Every quote as written, marks included, in document order. */
export function quoteTexts(text: string): string[] {
  return analyze(text).quotes.map((q) => text.slice(q.start, q.end));
}

/** Every quote's inner text (between the marks). */
export function innerTexts(text: string): string[] {
  return analyze(text).quotes.map((q) => text.slice(q.inner.start, q.inner.end));
}

/** The innermost quote whose inner text contains the substring. */
export function quoteWith(text: string, sub: string): Quote {
  const a = analyze(text);
  const at = text.indexOf(sub);
  if (at < 0) throw new Error(`test bug: ${sub} not in text`);
  const hits = a.quotes.filter((q) => q.inner.start <= at && at + sub.length <= q.inner.end);
  if (!hits.length) throw new Error(`no quote found around «${sub}»; quotes: ${quoteTexts(text).join(' | ')}`);
  return hits.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
}

/** The entity credited with the quote containing the substring, or null. */
export function speakerEntity(text: string, sub: string): Entity | null {
  const q = quoteWith(text, sub);
  return q.attribution ? analyze(text).entities[q.attribution.entityId] : null;
}

/** Name of the entity credited with the quote containing the substring, or null. */
export function speakerOf(text: string, sub: string): string | null {
  return speakerEntity(text, sub)?.name ?? null;
}

/** Kind of the quote containing the substring. */
export function kindOf(text: string, sub: string): string {
  return quoteWith(text, sub).kind;
}

/** Every person mention's text, in document order. */
export function mentionTexts(text: string): string[] {
  return analyze(text).entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.mentions)
    .sort((a, b) => a.start - b.start)
    .map((m) => m.text);
}

/** Persons with the texts of their mentions. */
export function personClusters(text: string): string[][] {
  return analyze(text).entities.filter((e) => e.type === 'person').map((e) => e.mentions.map((m) => m.text));
}

/** The person entity one of whose mentions is exactly this text. */
export function personNamed(text: string, mention: string): Entity | undefined {
  return analyze(text).entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.text === mention));
}

/** Codes of the problems, in order. */
export function problemCodes(text: string): string[] {
  return analyze(text).problems.map((p) => p.code);
}

/** Structural invariants every analysis must keep, whatever the input. */
export function checkInvariants(text: string, a: Analysis): void {
  const n = text.length;
  const within = (s: { start: number; end: number }, what: string) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n)) {
      throw new Error(`${what} span ${s.start}..${s.end} outside 0..${n}`);
    }
  };
  if (a.textLength !== n) throw new Error(`textLength ${a.textLength} ≠ ${n}`);
  const MARKS = '«»“”„‟"＂‹›';
  a.quotes.forEach((q, i) => {
    if (q.id !== i) throw new Error(`quote ${i} has id ${q.id}`);
    within(q, 'quote');
    within(q.inner, 'quote inner');
    if (i > 0 && a.quotes[i - 1].start > q.start) throw new Error('quotes not sorted');
    if (!MARKS.includes(text[q.start]) || !MARKS.includes(text[q.end - 1])) throw new Error(`quote ${i} does not start and end with a mark: ${JSON.stringify(text.slice(q.start, q.end).slice(0, 40))}`);
    if (q.open !== text[q.start] || q.close !== text[q.end - 1]) throw new Error(`quote ${i} open/close chars wrong`);
    if (q.parentId !== null && !(q.parentId < a.quotes.length && a.quotes[q.parentId].start <= q.start && q.end <= a.quotes[q.parentId].end)) throw new Error(`quote ${i} parent wrong`);
    for (const c of q.continuations) if (!(c > q.start && c < q.end && MARKS.includes(text[c]))) throw new Error(`quote ${i} continuation ${c} wrong`);
    if (q.attribution && !(q.attribution.entityId >= 0 && q.attribution.entityId < a.entities.length)) throw new Error(`quote ${i} entity out of range`);
  });
  a.entities.forEach((e, i) => {
    if (e.id !== i) throw new Error(`entity ${i} has id ${e.id}`);
    for (const m of e.mentions) within(m, 'mention');
  });
  for (const c of a.cues) within(c, 'cue');
  for (const p of a.problems) within(p, 'problem');
}
