// Coded problems: quotes nobody is credited with, marks that cannot be paired, unnamed sources, and one
// person spelled two ways.
import type { Problem, ProblemCode, Severity } from './types';
import type { UnpairedMark } from './quotes';
import type { PersonCluster } from './people';

/** Every code the engine reports, with the severity it reports it with. */
export const DEFAULT_SEVERITY: Readonly<Record<ProblemCode, Severity>> = {
  'unattributed-quote': 'warning',
  'unclosed-quote': 'warning',
  'unpaired-quote-mark': 'warning',
  'anonymous-source': 'information',
  'name-variant': 'hint',
  'unused-disable-directive': 'information',
};

export const PROBLEM_CODES: readonly ProblemCode[] = Object.keys(DEFAULT_SEVERITY) as ProblemCode[];

export interface QuoteFacts {
  readonly start: number;
  readonly end: number;
  readonly speech: boolean;
  readonly speaker: { name: string; type: string } | null;
  /** The last person quoted before this quote, for the message of an unattributed one. */
  readonly previousSpeaker: string | null;
}

export function quoteProblems(quotes: readonly QuoteFacts[]): Problem[] {
  const out: Problem[] = [];
  for (const q of quotes) {
    if (!q.speech) continue;
    if (!q.speaker) {
      const likely = q.previousSpeaker;
      out.push({
        code: 'unattributed-quote', severity: DEFAULT_SEVERITY['unattributed-quote'], start: q.start, end: q.end,
        message: likely ? `No one is credited with this quote; the last person quoted was ${likely}.` : 'No one is credited with this quote.',
        data: likely ? { likelySpeaker: likely } : undefined,
      });
    } else if (q.speaker.type === 'anonymous') {
      out.push({ code: 'anonymous-source', severity: DEFAULT_SEVERITY['anonymous-source'], start: q.start, end: q.end, message: `Quote attributed to an unnamed source: ${q.speaker.name}.` });
    }
  }
  return out;
}

export function markProblems(text: string, unpaired: readonly UnpairedMark[]): Problem[] {
  return unpaired.map((u) => u.role === 'open'
    ? {
      code: 'unclosed-quote' as const, severity: DEFAULT_SEVERITY['unclosed-quote'], start: u.offset, end: u.offset + 1,
      message: `Quotation mark ${u.char} is never closed.`, data: { closeWith: u.closeWith, closeAt: u.closeAt },
    }
    : {
      code: 'unpaired-quote-mark' as const, severity: DEFAULT_SEVERITY['unpaired-quote-mark'], start: u.offset, end: u.offset + 1,
      message: `Closing quotation mark ${u.char} has no opening mark.`,
    });
}

/** One hint per mention whose spelling of a name word differs from the spelling used most for that person. */
export function variantProblems(clusters: readonly PersonCluster[]): Problem[] {
  const out: Problem[] = [];
  for (const c of clusters) {
    const counts = new Map<string, Map<string, number>>();
    for (const m of c.mentions) {
      m.keys.forEach((k, i) => {
        const by = counts.get(k) ?? new Map<string, number>();
        by.set(m.spellings[i], (by.get(m.spellings[i]) ?? 0) + 1);
        counts.set(k, by);
      });
    }
    const preferred = new Map<string, string>();
    for (const [k, by] of counts) {
      if (by.size < 2) continue;
      preferred.set(k, [...by.entries()].sort((a, b) => b[1] - a[1])[0][0]);
    }
    if (!preferred.size) continue;
    for (const m of c.mentions) {
      const fixed = m.keys.map((k, i) => preferred.get(k) ?? m.spellings[i]);
      if (fixed.every((s, i) => s === m.spellings[i])) continue;
      const odd = m.spellings.filter((s, i) => s !== fixed[i]);
      out.push({
        code: 'name-variant', severity: DEFAULT_SEVERITY['name-variant'], start: m.start, end: m.end,
        message: `${c.name} is spelled ${odd.join(' ')} here and ${fixed.filter((s, i) => s !== m.spellings[i]).join(' ')} elsewhere.`,
        data: { preferredSpelling: fixed.join(' ') },
      });
    }
  }
  return out;
}
