// The learned speaker choice: candidates around a quote and their features, the scorer's choice with
// its margin over the rules, and the whole pipeline on sentences written for these tests (fictional people).
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { runStages } from '../../server/src/analysis/pipeline';
import { allFeatures, candidatesFor, type Candidate } from '../../server/src/analysis/speaker-choice/candidates';
import { chooseSpeakers } from '../../server/src/analysis/speaker-choice/choose';
import { choice, makeScorer } from '../../server/src/analysis/speaker-choice/scorer';

/** Candidates of quote qi of a text, with each entity's displayed name. */
function candidates(text: string, qi = 0) {
  const s = runStages(text);
  const nameOf = (id: number | null) => (id === null ? null : s.speakerContext.entities[id].type === 'person' ? s.people.clusters[s.speakerContext.entities[id].person].name : s.speakerContext.entities[id].name);
  return candidatesFor(s.speakerContext, qi).map((c) => ({ name: nameOf(c.entity), features: c.features }));
}

describe('candidates', () => {
  test('everyone named in the paragraph is a candidate, and so is nobody', () => {
    const cs = candidates('التقى المهندس سالم القحطاني بالدكتور فهد الزامل في المعرض.\nوقال القحطاني لفهد الزامل «سنعمل معا».');
    const names = cs.map((c) => c.name);
    assert.ok(names.includes('سالم القحطاني'), names.join(','));
    assert.ok(names.includes('فهد الزامل'), names.join(','));
    assert.ok(names.includes(null));
  });

  test('the cue\'s subject carries the rules\' method; the one spoken to carries its clitic', () => {
    const cs = candidates('التقى المهندس سالم القحطاني بالدكتور فهد الزامل في المعرض.\nوقال القحطاني لفهد الزامل «سنعمل معا».');
    const speaker = cs.find((c) => c.name === 'سالم القحطاني')!;
    const other = cs.find((c) => c.name === 'فهد الزامل')!;
    assert.ok(speaker.features.includes('rule:explicit'), speaker.features.join(' '));
    assert.ok(other.features.includes('clitic:ل'), other.features.join(' '));
    assert.ok(!other.features.includes('rule:explicit'));
  });

  test('a name set off by commas after a described subject is the cue\'s subject', () => {
    const cs = candidates('وقال المتحدث باسم الوزارة، خالد العتيبي، إن «العمل مستمر».');
    const named = cs.find((c) => c.name === 'خالد العتيبي');
    assert.ok(named, cs.map((c) => c.name).join(','));
    assert.ok(named.features.includes('same-sentence'));
    assert.ok(named.features.includes('rule:explicit'), named.features.join(' '));
  });

  test('a quote with no one named around it has only the nobody candidate', () => {
    const cs = candidates('كتب على اللافتة «ممنوع الوقوف».');
    assert.deepEqual(cs.map((c) => c.name), [null]);
  });
});

describe('scorer', () => {
  const cands: Candidate[] = [
    { entity: 0, features: ['a'], prefixes: [] },
    { entity: 1, features: ['b'], prefixes: [] },
    { entity: null, features: ['nobody'], prefixes: [] },
  ];

  test('the best-scoring candidate wins when no rule stands', () => {
    const s = makeScorer({ version: 1, margin: 0, nobodyMargin: 0, features: ['a', 'b', 'nobody'], weights: [1, 2, 0.5] });
    assert.equal(choice(s, cands, -1), 1);
  });

  test('the rules\' candidate stands unless beaten by more than the margin', () => {
    const close = makeScorer({ version: 1, margin: 1.5, nobodyMargin: 1.5, features: ['a', 'b'], weights: [1, 2] });
    assert.equal(choice(close, cands, 0), 0);
    const far = makeScorer({ version: 1, margin: 0.5, nobodyMargin: 0.5, features: ['a', 'b'], weights: [1, 2] });
    assert.equal(choice(far, cands, 0), 1);
  });

  test('a method whose choice stands keeps the rules\' candidate whatever the scores', () => {
    const s = makeScorer({ version: 1, margin: 0, nobodyMargin: 0, fixed: ['after'], features: ['a', 'b'], weights: [1, 2] });
    assert.equal(choice(s, cands, 0, 'after'), 0);
    assert.equal(choice(s, cands, 0, 'implicit'), 1);
  });

  test('a conjoined weight counts for a feature under each of its prefixes', () => {
    const s = makeScorer({ version: 1, margin: 0, nobodyMargin: 0, features: ['a', 'person|a', 'chosen:explicit|a', 'org|a'], weights: [1, 2, 4, 8] });
    assert.equal(s.score({ entity: 0, features: ['a'], prefixes: ['person', 'chosen:explicit'] }), 7);
    assert.deepEqual(allFeatures({ entity: 0, features: ['a', 'b'], prefixes: ['p'] }), ['a', 'b', 'p|a', 'p|b']);
  });

  test('nobody can win: the quote is then unattributed', () => {
    const s = makeScorer({ version: 1, margin: 0, nobodyMargin: 0, features: ['nobody'], weights: [3] });
    const st = runStages('وقال سالم القحطاني «سنعمل معا».');
    const out = chooseSpeakers(st.speakerContext, st.kinds, s);
    assert.equal(out[0], null);
  });
});

describe('speaker choice in the pipeline', () => {
  test('the subject of the cue, not the person spoken to, is the speaker', () => {
    const a = analyzeArticle('التقى المهندس سالم القحطاني بالدكتور فهد الزامل في المعرض.\nوقال القحطاني لفهد الزامل «سنعمل معا».');
    const q = a.quotes[0];
    assert.equal(q.kind, 'speech');
    assert.equal(a.entities[q.attribution!.entityId].name, 'سالم القحطاني');
  });

  test('a role with the name in apposition resolves to the named person', () => {
    const a = analyzeArticle('وقال المتحدث باسم الوزارة، خالد العتيبي، إن «العمل مستمر».');
    const q = a.quotes[0];
    assert.equal(a.entities[q.attribution!.entityId].name, 'خالد العتيبي');
  });
});
