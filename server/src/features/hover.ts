// Hovers: on a speech quote (speaker, cue, confidence, other quotes), a term quote, or a person's mention.
// VS Code renders LSP hovers without HTML, so Arabic goes in paragraphs of its own, marks keep bidi runs apart.
// The labels are in the interface language; the Arabic card is Arabic throughout, so that each of its lines
// is one right-to-left run (an RLM at the end keeps trailing punctuation at the run's end).
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { mentionAt, quoteAt, speakerOf, type AttributionMethod, type Entity, type Quote } from '../analysis';
import {
  RLM,
  confidenceWord,
  escapeMarkdown,
  firstWords,
  positionLink,
  spanToRange,
  type AnalysedDocument,
} from './common';
import { translatorFor, type Translator } from '../l10n/translator';
import { kindReason } from '../l10n/reasons';

// English messages, also the keys of the catalogues (server/src/l10n/bundle.l10n*.json).
const METHOD: Record<AttributionMethod, string> = {
  explicit: 'explicit reporting cue',
  implicit: 'cue without subject, previous speaker',
  colon: 'name followed by a colon',
  after: 'cue after the quote',
  sentence: 'speaker of the preceding sentence',
  context: 'chosen from the names around the quote',
  enclosing: 'nested in a quote of the same speaker',
};

const TYPE: Record<Entity['type'], string> = { person: 'Person', organization: 'Organization', anonymous: 'Anonymous source' };

/** An Arabic paragraph: starts with the Arabic text, ends with an RLM so trailing punctuation stays put. */
function arabic(text: string): string {
  return `${escapeMarkdown(text)}${RLM}`;
}

const CONFIDENCE = {
  high: 'Confidence: high ({0})',
  medium: 'Confidence: medium ({0})',
  low: 'Confidence: low ({0})',
} as const;

/** A line of labels: in Arabic, ends with an RLM like the Arabic paragraphs (and has no italics: Arabic type has none). */
function label(tr: Translator, text: string): string {
  return tr.language === 'ar' ? `${text}${RLM}` : text;
}

function nameParagraphs(entity: Entity): string[] {
  const out = [`**${arabic(entity.name)}**`];
  if (entity.roles.length > 0) out.push(arabic(entity.roles.join('، ')));
  return out;
}

function count(tr: Translator, n: number, one: string, many: string): string {
  return tr.t(n === 1 ? one : many, n);
}

export function hover(ad: AnalysedDocument, offset: number): Hover | null {
  const { analysis, document } = ad;
  const tr = translatorFor(ad.settings.interfaceLanguage);
  const mention = mentionAt(analysis, offset);
  if (mention) {
    const entity = analysis.entities[mention.entityId];
    if (!entity) return null;
    const paragraphs = nameParagraphs(entity);
    const mentions = count(tr, entity.mentions.length, '{0} mention', '{0} mentions');
    const quotes = count(tr, entity.quoteIds.length, '{0} quote', '{0} quotes');
    paragraphs.push(label(tr, tr.t('*{0}* · {1} · {2}', tr.t(TYPE[entity.type]), mentions, quotes)));
    if (entity.spellings.length > 0) {
      paragraphs.push(label(tr, tr.t('Spellings seen:')), entity.spellings.map((s) => `- ${arabic(s)}`).join('\n'));
    }
    return { contents: { kind: MarkupKind.Markdown, value: paragraphs.join('\n\n') }, range: spanToRange(document, mention) };
  }
  const quote = quoteAt(analysis, offset);
  if (!quote) return null;
  return { contents: { kind: MarkupKind.Markdown, value: quoteHover(ad, quote, tr) }, range: spanToRange(document, quote) };
}

function quoteHover(ad: AnalysedDocument, quote: Quote, tr: Translator): string {
  const { analysis, document } = ad;
  if (quote.kind === 'term') {
    return label(tr, tr.t('*Term, not speech* · {0}', escapeMarkdown(kindReason(quote.kindReason, tr))));
  }
  const speaker = speakerOf(analysis, quote);
  const attribution = quote.attribution;
  if (!speaker || !attribution) {
    const why = quote.kindReason ? label(tr, tr.t('Speech because: {0}', escapeMarkdown(kindReason(quote.kindReason, tr)))) : '';
    return [label(tr, tr.t('*Speech quote* · no speaker found')), why].filter((p) => p !== '').join('\n\n');
  }
  const paragraphs = [label(tr, tr.t('*Speech quote* · said by')), ...nameParagraphs(speaker)];
  if (attribution.cue) paragraphs.push(label(tr, tr.t('Reporting verb: {0}', escapeMarkdown(attribution.cue.text))));
  const method = METHOD[attribution.method] ? tr.t(METHOD[attribution.method]) : attribution.method;
  paragraphs.push(label(tr, tr.t(CONFIDENCE[confidenceWord(attribution.confidence)], method)));
  const others = speaker.quoteIds.filter((id) => id !== quote.id).map((id) => analysis.quotes[id]).filter((q): q is Quote => !!q);
  if (others.length > 0) {
    paragraphs.push(label(tr, tr.t('Other quotes by this speaker ({0}):', others.length)));
    paragraphs.push(
      others
        .map((q) => `- [${arabic(firstWords(document, q))}](${positionLink(document.uri, document.positionAt(q.start))})`)
        .join('\n'),
    );
  }
  return paragraphs.join('\n\n');
}
