// Hovers: on a speech quote (speaker, cue, confidence, other quotes), a term quote, or a person's mention.
// VS Code renders LSP hovers without HTML, so Arabic goes in paragraphs of its own, marks keep bidi runs apart.
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

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameParagraphs(entity: Entity): string[] {
  const out = [`**${arabic(entity.name)}**`];
  if (entity.roles.length > 0) out.push(arabic(entity.roles.join('، ')));
  return out;
}

export function hover(ad: AnalysedDocument, offset: number): Hover | null {
  const { analysis, document } = ad;
  const mention = mentionAt(analysis, offset);
  if (mention) {
    const entity = analysis.entities[mention.entityId];
    if (!entity) return null;
    const paragraphs = nameParagraphs(entity);
    paragraphs.push(`*${TYPE[entity.type]}* · ${count(entity.mentions.length, 'mention')} · ${count(entity.quoteIds.length, 'quote')}`);
    if (entity.spellings.length > 0) {
      paragraphs.push('Spellings seen:', entity.spellings.map((s) => `- ${arabic(s)}`).join('\n'));
    }
    return { contents: { kind: MarkupKind.Markdown, value: paragraphs.join('\n\n') }, range: spanToRange(document, mention) };
  }
  const quote = quoteAt(analysis, offset);
  if (!quote) return null;
  return { contents: { kind: MarkupKind.Markdown, value: quoteHover(ad, quote) }, range: spanToRange(document, quote) };
}

function quoteHover(ad: AnalysedDocument, quote: Quote): string {
  const { analysis, document } = ad;
  if (quote.kind === 'term') {
    return [`*Term, not speech* · ${escapeMarkdown(quote.kindReason)}`].join('\n\n');
  }
  const speaker = speakerOf(analysis, quote);
  const attribution = quote.attribution;
  if (!speaker || !attribution) {
    const why = quote.kindReason ? `Speech because: ${escapeMarkdown(quote.kindReason)}` : '';
    return ['*Speech quote* · no speaker found', why].filter((p) => p !== '').join('\n\n');
  }
  const paragraphs = ['*Speech quote* · said by', ...nameParagraphs(speaker)];
  if (attribution.cue) paragraphs.push(`Reporting verb: ${escapeMarkdown(attribution.cue.text)}`);
  paragraphs.push(`Confidence: ${confidenceWord(attribution.confidence)} (${METHOD[attribution.method] ?? attribution.method})`);
  const others = speaker.quoteIds.filter((id) => id !== quote.id).map((id) => analysis.quotes[id]).filter((q): q is Quote => !!q);
  if (others.length > 0) {
    paragraphs.push(`Other quotes by this speaker (${others.length}):`);
    paragraphs.push(
      others
        .map((q) => `- [${arabic(firstWords(document, q))}](${positionLink(document.uri, document.positionAt(q.start))})`)
        .join('\n'),
    );
  }
  return paragraphs.join('\n\n');
}
