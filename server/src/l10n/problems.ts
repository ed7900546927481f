// A problem's message in the interface language, for the diagnostics and the command line's report. The
// engine writes its messages in English (the JSON contract keeps them) and English uses them as written;
// for another language each code's message is rebuilt from the problem, its data and the analysis,
// through the catalogue, whose keys are the engine's English messages with {0} … for what varies (a test
// checks that the English templates still give the engine's messages). When what a message needs cannot
// be found, the engine's own message is kept.
import { PROBLEM_CODES, mentionAt, quoteAt, speakerOf, type Analysis, type Problem } from '../analysis';
import type { Translator } from './translator';

const words = (s: string): string[] => s.split(/\s+/u).filter((w) => w.length > 0);

/** The words of a mention that differ from the preferred spelling, and their preferred forms. */
function variantWords(written: string, preferred: string): { here: string; elsewhere: string } {
  const a = words(written);
  const b = words(preferred);
  if (a.length !== b.length) return { here: a.join(' '), elsewhere: b.join(' ') };
  const differ = a.map((w, i) => w !== b[i]);
  return { here: a.filter((_, i) => differ[i]).join(' '), elsewhere: b.filter((_, i) => differ[i]).join(' ') };
}

export function problemMessage(problem: Problem, analysis: Analysis, text: string, tr: Translator): string {
  return tr.language === 'en' ? problem.message : rebuiltMessage(problem, analysis, text, tr);
}

/** The message rebuilt through the catalogue (exported for the test of the English templates). */
export function rebuiltMessage(problem: Problem, analysis: Analysis, text: string, tr: Translator): string {
  const data = problem.data ?? {};
  switch (problem.code) {
    case 'unattributed-quote': {
      const likely = data.likelySpeaker?.trim();
      return likely
        ? tr.t('No one is credited with this quote; the last person quoted was {0}.', likely)
        : tr.t('No one is credited with this quote.');
    }
    case 'anonymous-source': {
      const quote = quoteAt(analysis, problem.start);
      const source = quote && speakerOf(analysis, quote);
      return source ? tr.t('Quote attributed to an unnamed source: {0}.', source.name) : problem.message;
    }
    case 'unclosed-quote': {
      const mark = text.slice(problem.start, problem.end);
      return mark ? tr.t('Quotation mark {0} is never closed.', mark) : problem.message;
    }
    case 'unpaired-quote-mark': {
      const mark = text.slice(problem.start, problem.end);
      return mark ? tr.t('Closing quotation mark {0} has no opening mark.', mark) : problem.message;
    }
    case 'name-variant': {
      const preferred = data.preferredSpelling;
      const entity = analysis.entities[mentionAt(analysis, problem.start)?.entityId ?? -1];
      if (!preferred || !entity) return problem.message;
      const { here, elsewhere } = variantWords(text.slice(problem.start, problem.end), preferred);
      return tr.t('{0} is spelled {1} here and {2} elsewhere.', entity.name, here, elsewhere);
    }
    case 'unused-disable-directive': {
      const codes = data.codes ?? [];
      switch (data.directive) {
        case 'unknown-code':
          return tr.t("Unknown code '{0}' in isnad-disable-next-line (the codes are {1}).", codes[0] ?? '', PROBLEM_CODES.join(', '));
        case 'silences-nothing':
          return codes.length
            ? tr.t('This isnad-disable-next-line silences nothing: no {0} on the next line.', codes.join(tr.t(' or ')))
            : tr.t('This isnad-disable-next-line silences nothing: no problem is reported on the next line.');
        case 'code-unused':
          return tr.t('No {0} on the next line to silence.', codes[0] ?? '');
        default:
          return problem.message;
      }
    }
    default:
      return problem.message;
  }
}
