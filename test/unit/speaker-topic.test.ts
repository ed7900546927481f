// Implicit subjects in the speaker stage (server/src/analysis/speakers/topic.ts): the gender a reporting
// verb's form demands, the gender of an entity, and whom the running topic points to.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import type { EntityDraft } from '../../server/src/analysis/speakers/entities';
import { entityGender, Topic, verbGender } from '../../server/src/analysis/speakers/topic';

function entity(id: number, type: EntityDraft['type'], head: string): EntityDraft {
  return { id, type, name: head, head, phrases: [], person: type === 'person' ? id : -1 };
}

const PLACES: ReadonlySet<string> = new Set(['الجزائر', 'تونس']);

describe('verbGender', () => {
  test('the bare past form is masculine', () => {
    assert.equal(verbGender('قال', 'قال', false), 'm');
  });
  test('a past form ending in ت is feminine unless the verb itself ends in ت', () => {
    assert.equal(verbGender('قالت', 'قال', false), 'f');
    assert.equal(verbGender('اضافت', 'أضاف', false), 'f');
    assert.equal(verbGender('لفت', 'لفت', false), 'm');
  });
  test('the present: ت is feminine, ي masculine', () => {
    assert.equal(verbGender('تقول', 'قال', false), 'f');
    assert.equal(verbGender('يقول', 'قال', false), 'm');
  });
  test('a participle: ة (as ه) is feminine, else masculine', () => {
    assert.equal(verbGender('قائله', 'قال', true), 'f');
    assert.equal(verbGender('قائلا', 'قال', true), 'm');
  });
  test('plural and dual forms have no single gender', () => {
    assert.equal(verbGender('قالوا', 'قال', false), null);
    assert.equal(verbGender('يقولون', 'قال', false), null);
    assert.equal(verbGender('قالتا', 'قال', false), null);
  });
});

describe('entityGender', () => {
  test('a body whose head ends in ة is feminine; another body has no certain gender', () => {
    assert.equal(entityGender(entity(0, 'organization', 'وزاره'), PLACES), 'f');
    assert.equal(entityGender(entity(0, 'organization', 'مجلس'), PLACES), null);
  });
  test('a place is feminine, with or without the article', () => {
    assert.equal(entityGender(entity(0, 'organization', 'تونس'), PLACES), 'f');
    assert.equal(entityGender(entity(0, 'organization', 'جزائر'), PLACES), 'f');
  });
  test('persons and missing entities: null', () => {
    assert.equal(entityGender(entity(0, 'person', ''), PLACES), null);
    assert.equal(entityGender(undefined, PLACES), null);
  });
});

describe('Topic', () => {
  // 0: a person, 1: a ministry (f), 2: a council (no gender), 3..9: more ministries.
  const entities = [entity(0, 'person', ''), entity(1, 'organization', 'وزاره'), entity(2, 'organization', 'مجلس'),
    ...[3, 4, 5, 6, 7, 8, 9].map((id) => entity(id, 'organization', 'هيئه'))];

  test('nobody before anyone is named', () => {
    const t = new Topic(entities, PLACES);
    assert.equal(t.current(), null);
    assert.equal(t.implicit('m'), null);
  });
  test('a person named but silent is the fallback, and the last person', () => {
    const t = new Topic(entities, PLACES);
    t.named(0);
    assert.equal(t.lastPerson, 0);
    assert.equal(t.current(), 0);
  });
  test('the last speaker comes before the last person named', () => {
    const t = new Topic(entities, PLACES);
    t.introduce(1);
    t.named(0);
    assert.equal(t.current(), 1);
  });
  test('a masculine verb skips a feminine body back to the person', () => {
    const t = new Topic(entities, PLACES);
    t.introduce(0);
    t.introduce(1);
    assert.equal(t.implicit('m'), 0);
    assert.equal(t.implicit('f'), 1);
    assert.equal(t.implicit(null), 1, 'no gender: the last speaker');
  });
  test('an entity of no certain gender agrees with either', () => {
    const t = new Topic(entities, PLACES);
    t.introduce(1);
    t.introduce(2);
    assert.equal(t.implicit('f'), 2);
  });
  test('only the last six speakers are looked at', () => {
    const t = new Topic(entities, PLACES);
    t.introduce(0);
    for (const id of [3, 4, 5, 6, 7, 8]) t.introduce(id);
    assert.equal(t.implicit('m'), 8, 'the person is too far back: the last speaker');
    const near = new Topic(entities, PLACES);
    near.introduce(0);
    for (const id of [3, 4, 5, 6, 7]) near.introduce(id);
    assert.equal(near.implicit('m'), 0);
  });
  test('credit moves the last speaker but names no new recent one; null credits nobody', () => {
    const t = new Topic(entities, PLACES);
    t.introduce(0);
    t.credit(1);
    assert.equal(t.current(), 1);
    assert.equal(t.implicit('f'), 0, 'the ministry is not among the recent speakers');
    t.credit(null);
    assert.equal(t.current(), 1);
  });
  test('a speaker introduced twice in a row counts once in the window', () => {
    const t = new Topic(entities, PLACES);
    t.introduce(0);
    for (const id of [3, 4, 5, 6, 7, 7, 7]) t.introduce(id);
    assert.equal(t.implicit('m'), 0);
  });
});
