// The engine's time is linear in the text: hostile shapes (1 MB of opening marks, 20,000 quotes nested in
// each other, a 2 MB single line) and 5 MB of prose cost about what their length in ordinary prose
// costs. Times are compared as ratios to 1 MB of generated prose analysed in the same process, in CPU
// time (process.cpuUsage), so that a loaded machine slows both sides alike; the bounds leave room for
// noise, and a quadratic stage breaks them by far (20,000 nested quotes took 32 s, 50 times the bound).
// The figures are printed for the README.
import { strict as assert } from 'node:assert';
import { before, describe, test } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { article } from '../bench/articles';

function cpuMs(text: string): number {
  const c0 = process.cpuUsage();
  analyzeArticle(text);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const MB = 1_000_000;
let prosePerChar = 0; // ms per character of 1 MB of prose

function report(label: string, text: string, ms: number): number {
  const ratio = ms / text.length / prosePerChar;
  console.log(`${label}: ${text.length.toLocaleString('en')} chars, ${ms.toFixed(0)} ms CPU, ${ratio.toFixed(2)}× the time per character of 1 MB of prose`);
  return ratio;
}

describe('time is linear in the text', { timeout: 600_000 }, () => {
  before(() => {
    analyzeArticle(article(50_000, 9)); // load the tagger's model and warm up
    const prose = article(MB, 1);
    const ms = Math.min(cpuMs(prose), cpuMs(prose));
    prosePerChar = ms / prose.length;
    console.log(`1 MB of prose: ${prose.length.toLocaleString('en')} chars, ${ms.toFixed(0)} ms CPU (best of 2)`);
  });

  test('20,000 quotes nested in each other cost less than 1 MB of prose (they took 32 s)', () => {
    const text = '« '.repeat(20_000) + 'نعم' + ' »'.repeat(20_000);
    const ms = cpuMs(text);
    report('20,000 nested quotes', text, ms);
    assert.ok(ms < prosePerChar * MB, `${ms.toFixed(0)} ms for 20,000 nested quotes, 1 MB of prose ${(prosePerChar * MB).toFixed(0)} ms`);
  });

  test('5 MB of prose costs less than 5 times 1 MB', () => {
    const text = article(5 * MB, 2);
    const ratio = report('5 MB of prose', text, cpuMs(text));
    assert.ok(ratio * (text.length / MB) < 5, `5 MB took ${(ratio * text.length / MB).toFixed(2)} times 1 MB`);
  });

  test('a 2 MB single line costs about what 2 MB of prose does', () => {
    const text = article(2 * MB, 3).replace(/\n/g, ' ');
    const ratio = report('2 MB on one line', text, cpuMs(text));
    assert.ok(ratio < 2, `per character ${ratio.toFixed(2)} times prose`);
  });

  test('1 MB of opening marks stays within a few times prose per character (each mark is a token)', () => {
    const text = '«'.repeat(MB);
    const ratio = report('1 MB of «', text, cpuMs(text));
    assert.ok(ratio < 5, `per character ${ratio.toFixed(2)} times prose`);
  });
});
