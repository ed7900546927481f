// The engine's reason for calling a quote speech or a term (Quote.kindReason, English text written by
// analysis/kinds.ts) in the interface language. A reason that names a word of the article is matched by
// its pattern and translated with that word as the argument; one not in the catalogue stays as written.
import type { Translator } from './translator';

/** Reasons with a word of the article in them: the pattern, and the catalogue key with {0} for that word. */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^the marks name a (.+)$/su, 'the marks name a {0}'],
  [/^a name after (.+)$/su, 'a name after {0}'],
  [/^a thing with a name: (.+) after the marks$/su, 'a thing with a name: {0} after the marks'],
];

/** The learned model's reason (analysis/kinds.ts learnedKind): its probability, kind, strongest feature and the rules' reason. */
const LEARNED = /^learned: ([0-9.]+) (speech|term), most of all for (.+) \(rules: (.*)\)$/su;

export function kindReason(reason: string, tr: Translator): string {
  if (tr.language === 'en' || reason === '') return reason;
  const learned = LEARNED.exec(reason);
  if (learned) {
    const [, p, kind, strongest, rules] = learned as unknown as [string, string, string, string, string];
    const why = strongest === 'the prior' ? tr.t('the prior') : strongest;
    return tr.t('learned: {0} {1}, most of all for {2} (rules: {3})', p, tr.t(kind), why, kindReason(rules, tr));
  }
  for (const [pattern, key] of PATTERNS) {
    const m = pattern.exec(reason);
    if (m) return tr.t(key, m[1]!);
  }
  return tr.t(reason);
}
