// Lists every speaker name the engine gives over all development articles (../shared/corpus/snn-dev and
// pan-dev) that is not a name, an organization phrase or an unnamed-source phrase:
// - a person's name with a word that is no part of a name: a reporting verb or participle (قائلا), a
//   function word (given names aside), a title or role word alone (الراحل، النجم), a word carrying tanween, a glued preposition
//   before Latin letters (لCNN), a body's head noun or a place;
// - a body whose head is not a body, a document, a place or a known name (هذه الأعمال، توقعات اقتصادية),
//   unless the tagger found the phrase as an organization's name in the article;
// - an unnamed source whose head is not a source word or a role.
// Prints each with its article and the reason, then the count per reason; --max N exits 1 above N.
//   node --import tsx scripts/check-speaker-names.ts [--max N] [--all]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../server/src/analysis';
import { lexiconFor } from '../server/src/analysis/lexicon';
import { tokenize } from '../server/src/analysis/tokens';
import { tagNames } from '../server/src/analysis/tagger/tag';
import { plain } from '../server/src/analysis/text';
import { DEMONSTRATIVES, DOCUMENT_NOUNS } from '../server/src/analysis/speakers/subjects';

const root = resolve(__dirname, '..');
const corpora = ['snn-dev', 'pan-dev'].map((c) => resolve(root, '..', 'shared', 'corpus', c, 'articles.jsonl'));
const lex = lexiconFor();
/** Documents that speak for whoever issued them: the engine's, and the texts that rule. */
const DOCUMENTS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, 'دراسه', 'لائحه', 'قانون', 'ماده', 'قرار']);
const isDocument = (k: string) => DOCUMENTS.has(k.startsWith('ال') ? k.slice(2) : k);

function words(name: string) {
  return tokenize(name).filter((t) => t.kind === 'word');
}

/** Why a person's name is not a name, or null. */
function personProblem(name: string): string | null {
  const ws = words(name);
  if (!ws.length) return 'empty';
  for (const w of ws) {
    if (lex.givenNames.has(w.norm)) continue; // علي، روي: names that are spelled like other words
    if (lex.reportingForms.has(w.norm)) return 'reporting verb in a name';
    if (lex.functionWords.has(w.norm) && !lex.particles.has(w.norm)) return 'function word in a name';
    if (/[\u064B-\u064D]/.test(w.text)) return 'tanween in a name';
    if (/^[وفبلك][A-Za-z]/.test(w.text)) return 'clitic glued to a Latin name';
  }
  if (ws.length === 1) {
    const n = ws[0].norm;
    if (lex.titleHeads.has(n) || lex.honorifics.has(n) || lex.roleAdjectives.has(n) || lex.anonymousHeads.has(n)) return 'a title or role, not a name';
    if (lex.orgHeads.has(n) || lex.places.has(n)) return 'a body or place, not a person';
  }
  // (a title word may end a name as a family name: آل الشيخ، ماجد المهندس)
  const last = ws[ws.length - 1].norm;
  if (ws.length > 1 && lex.orgHeads.has(last)) return 'a body word after the name';
  return null;
}

/** Why a body's or an unnamed source's phrase is not one, or null. `bodies`: the names the tagger
 *  found as organizations in the article, and their words after the first (منظمة أوكسفام: أوكسفام,
 *  with no head noun, is that body's name). */
function phraseProblem(name: string, type: string, bodies: () => ReadonlySet<string>): string | null {
  if (type === 'organization' && bodies().has(plain(name))) return null;
  const ws = words(name).filter((w) => !DEMONSTRATIVES.has(w.norm));
  if (!ws.length) return 'empty';
  const head = ws[0].norm;
  const bare = head.startsWith('ال') ? head.slice(2) : head;
  const known = (k: string) => lex.orgHeads.has(k) || lex.orgNames.has(k) || lex.places.has(k) || lex.multiWordByFirst.has(k) || lex.anonymousHeads.has(k) || lex.titleHeads.has(k) || isDocument(k);
  if (known(head) || known(bare) || known('ال' + bare)) return null;
  return type === 'organization' ? 'head is not a body, document or place' : 'head is not a source word or role';
}

function main(): void {
  if (!corpora.every(existsSync)) { console.log('speaker names: skipped (../shared is not beside the project)'); return; }
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let speakers = 0;
  for (const file of corpora) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; content: string };
      const analysis = analyzeArticle(a.content);
      let orgs: Set<string> | undefined;
      const bodies = () => (orgs ??= new Set(tagNames(tokenize(a.content), lex).filter((s) => s.type === 'ORG')
        .flatMap((s) => { const n = plain(a.content.slice(s.start, s.end)); return [n, n.slice(n.indexOf(' ') + 1)]; })));
      for (const q of analysis.quotes) {
        if (!q.attribution) continue;
        speakers++;
        const e = analysis.entities[q.attribution.entityId];
        const why = e.type === 'person' ? personProblem(e.name) : phraseProblem(e.name, e.type, bodies);
        if (!why) continue;
        counts.set(why, (counts.get(why) ?? 0) + 1);
        const key = `${a.id}\t${e.name}`;
        if (!seen.has(key) || process.argv.includes('--all')) console.log(`${a.id}\t${e.type}\t${e.name}\t${why}`);
        seen.add(key);
      }
    }
  }
  const total = [...counts.values()].reduce((x, y) => x + y, 0);
  console.log(`speaker names: ${total} of ${speakers} attributed quotes have a speaker that is not a name or a body or source phrase`);
  for (const [why, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`  ${n}\t${why}`);
  const i = process.argv.indexOf('--max');
  if (i > 0 && total > Number(process.argv[i + 1])) process.exit(1);
}

main();
