// When to suggest opening a document as Arabic News (no VS Code API here, so that it is unit-tested):
// a plain text or Markdown document the server calls an Arabic article, not asked about before in this
// session, while no other suggestion is showing, unless the user said "Don't ask again".
import type { DocumentStats } from '../../server/src/protocol';

/** The languages a document is offered to leave for arabic-news. */
export const SUGGESTED_FROM: readonly string[] = ['plaintext', 'markdown'];

export interface SuggestionState {
  /** "Don't ask again" was chosen (kept in globalState). */
  readonly dontAsk: boolean;
  /** Documents (URIs) already asked about in this session. */
  readonly asked: ReadonlySet<string>;
  /** A suggestion is on screen. */
  readonly showing: boolean;
}

export function shouldSuggest(uri: string, languageId: string, stats: DocumentStats | null, state: SuggestionState): boolean {
  return (
    stats?.arabicArticle === true &&
    SUGGESTED_FROM.includes(languageId) &&
    !state.dontAsk &&
    !state.showing &&
    !state.asked.has(uri)
  );
}
