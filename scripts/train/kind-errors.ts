// Lists the engine's kind errors on a part of the gold with the words around each quote, to study
// (only the dev part by default; --held for the held part).
//   node --import tsx scripts/train/kind-errors.ts [--held] [--all]
import { analyzeArticle } from '../../server/src/analysis';
import { DEV_FILES, HELD_FILES, loadGold } from './kind-data';

const held = process.argv.includes('--held');
const all = process.argv.includes('--all');
let right = 0, total = 0;
for (const a of loadGold(held ? HELD_FILES : DEV_FILES)) {
  const r = analyzeArticle(a.text);
  const byPos = new Map(r.quotes.map((q) => [`${q.start}:${q.end}`, q]));
  for (const g of a.quotes) {
    const q = byPos.get(`${g.start}:${g.end}`);
    if (!q) continue;
    total++;
    if (q.kind === g.kind) { right++; if (!all) continue; }
    const ctx = (s: string) => s.replace(/\s+/g, ' ');
    console.log(`${q.kind === g.kind ? 'ok ' : 'ERR'} gold ${g.kind} got ${q.kind} (${q.kindReason}) ${a.set}/${a.file}\n    …${ctx(a.text.slice(Math.max(0, g.start - 80), g.start))}⟦${ctx(a.text.slice(g.start, g.end))}⟧${ctx(a.text.slice(g.end, g.end + 40))}…`);
  }
}
console.log(`kind accuracy ${(right / total).toFixed(3)} (${right}/${total})`);
