// The entity registry of the speaker stage (server/src/analysis/speakers/entities.ts): head keys,
// references back by head word, unnamed sources, and the last holder of a role. Texts are invented.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import { runStages } from '../../server/src/analysis/pipeline';
import { EntityRegistry, headKey } from '../../server/src/analysis/speakers/entities';
import { normalize } from '../../server/src/analysis/text';

/** A registry for a text's persons, before any cue has named a body. */
function registryFor(text: string): EntityRegistry {
  const { doc, people } = runStages(text);
  return new EntityRegistry(people, doc.tokens, lexiconFor());
}

const span = (start: number) => ({ start, end: start + 5 });

describe('headKey', () => {
  test('drops the article from a long enough word', () => {
    assert.equal(headKey('الوزاره'), 'وزاره');
  });
  test('keeps the article on a short word', () => {
    assert.equal(headKey('الام'), 'الام');
  });
  test('folds hamza forms to a bare alif', () => {
    assert.equal(headKey('أمانه'), 'امانه');
  });
});

describe('EntityRegistry', () => {
  const text = 'قال وزير المالية سامر الحداد إن العجز تراجع. وقالت الطبيبة هالة الرفاعي إن المستشفى ممتلئ.';

  test('starts with one person entity per cluster, ids equal to cluster ids', () => {
    const r = registryFor(text);
    assert.deepEqual(r.entities.map((e) => [e.id, e.type, e.name, e.person]), [
      [0, 'person', 'سامر الحداد', 0],
      [1, 'person', 'هالة الرفاعي', 1],
    ]);
  });

  test('a definite head refers back to the last body with that head', () => {
    const r = registryFor(text);
    const first = r.refer('organization', 'وزاره', span(100), 'وزارة الصحة', true);
    const second = r.refer('organization', 'وزاره', span(200), 'وزارة الداخلية', true);
    const back = r.refer('organization', 'وزاره', span(300), 'الوزارة', false);
    assert.equal(first, 2);
    assert.equal(second, 3);
    assert.equal(back, second, 'the newest body with that head');
    assert.deepEqual(r.entities[second].phrases.map((p) => p.text), ['وزارة الداخلية', 'الوزارة']);
  });

  test('a full name already seen is the same entity; a new full name is a new one', () => {
    const r = registryFor(text);
    const a = r.refer('organization', 'وزاره', span(100), 'وزارة الصحة', true);
    r.refer('organization', 'وزاره', span(150), 'وزارة النقل', true);
    assert.equal(r.refer('organization', 'وزاره', span(200), 'وزارة الصحة', true), a);
  });

  test('a head with no body named before makes a new entity', () => {
    const r = registryFor(text);
    const id = r.refer('organization', 'شركه', span(100), 'الشركة', false);
    assert.equal(r.entities[id].name, 'الشركة');
    assert.equal(r.entities[id].person, -1);
  });

  test('each unnamed source named in full is its own entity, but a definite one refers back', () => {
    const r = registryFor(text);
    const a = r.refer('anonymous', 'مصدر', span(100), 'مصدر مطلع', true);
    const b = r.refer('anonymous', 'مصدر', span(200), 'مصدر مطلع', true);
    assert.notEqual(a, b);
    assert.equal(r.refer('anonymous', 'مصدر', span(300), 'المصدر', false), b);
  });

  test('types keep separate heads', () => {
    const r = registryFor(text);
    const org = r.refer('organization', 'مصدر', span(100), 'مصدر', true);
    assert.notEqual(r.refer('anonymous', 'مصدر', span(200), 'المصدر', false), org);
  });

  // Holders are filed under the role's first word normalised, like the look-ups (ة → ه).
  test('lastPersonWithRole: the holder named before the offset, none before the first', () => {
    const r = registryFor(text);
    const named = text.indexOf('وزير');
    assert.equal(r.lastPersonWithRole('وزير', named + 50), 0);
    assert.equal(r.lastPersonWithRole('طبيبه', text.length), 1);
    assert.equal(r.lastPersonWithRole('وزير', named), null, 'not at or before the mention');
    assert.equal(r.lastPersonWithRole('سفير', text.length), null);
  });

  test('lastPersonWithRole picks the latest of several holders', () => {
    const r = registryFor('قال الوزير سامر الحداد إن الخطة جاهزة. ثم قال الوزير نادر السلمي إن التنفيذ بدأ.');
    const second = 'قال الوزير سامر الحداد إن الخطة جاهزة. ثم قال الوزير '.length;
    assert.equal(r.lastPersonWithRole('وزير', second - 1), 0);
    assert.equal(r.lastPersonWithRole('وزير', second + 20), 1);
  });

  test('a role or source word right after the name makes a holder too, across a comma', () => {
    const text = 'وأكد الشيخ نادر بن حمد السلمي رئيس مركز الفنون أن الحفل ناجح. وحضر سامر الحداد، مسؤول العلاقات في النادي، الحفل.';
    const r = registryFor(text);
    const key = (word: string) => headKey(normalize(word));
    assert.equal(r.lastPersonWithRole(key('رئيس'), text.length), 0, 'رئيس after the name, although الشيخ stands before it');
    assert.equal(r.lastPersonWithRole(key('الشيخ'), text.length), 0);
    assert.equal(r.lastPersonWithRole(key('مسؤول'), text.length), 1, 'مسؤول after a comma');
  });

  test('a word after the name that is no role makes no holder', () => {
    const text = 'وقال سامر الحداد أمس إن الخطة جاهزة.';
    assert.equal(registryFor(text).lastPersonWithRole('امس', text.length), null);
  });
});
