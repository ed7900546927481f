// Shared set-up for the unit tests of the person stage's modules (server/src/analysis/people/): one
// document's tokens, role phrases, word tests and an empty cluster index. Texts are invented.
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { phoneticKey } from '../../server/src/analysis/text';
import { tokenize } from '../../server/src/analysis/tokens';
import { ClusterIndex } from '../../server/src/analysis/people/clusters';
import { RolePhrases } from '../../server/src/analysis/people/roles';
import { NameWords, type NameDoc } from '../../server/src/analysis/people/words';

export function nameDocFor(text: string) {
  const lex = lexiconFor();
  const tokens = tokenize(text);
  const roles = new RolePhrases(text, tokens, lex);
  const index = new ClusterIndex(lex);
  const words = new NameWords(tokens, lex, roles, (n) => index.hasKey(phoneticKey(n)));
  const doc: NameDoc = { text, tokens, lex, roles, words, covered: new Uint8Array(tokens.length) };
  /** Index of the (n-th) token written as word. */
  const at = (word: string, n = 0): number => {
    const hits = tokens.flatMap((t, i) => (t.text === word ? [i] : []));
    if (hits[n] === undefined) throw new Error(`test bug: no token ${word}`);
    return hits[n];
  };
  return { doc, index, lex, at };
}
