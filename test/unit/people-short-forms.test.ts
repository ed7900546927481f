// The short-form pass of the person stage (server/src/analysis/people/short-forms.ts): the nearest
// owner of a short form, and which words stand for which person. Texts and names are invented.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import type { PersonCluster } from '../../server/src/analysis/people';
import { lastBefore, nearestCluster } from '../../server/src/analysis/people/short-forms';
import { runStages } from '../../server/src/analysis/pipeline';

/** Each person's mentions as written, persons in order of first mention. */
const persons = (text: string): string[][] => runStages(text).people.clusters.map((c) => c.mentions.map((m) => m.text));

const cluster = (id: number): PersonCluster => ({ id, name: `p${id}`, keys: [], mentions: [], roles: [], chain: false });

describe('lastBefore', () => {
  test('the last start before the offset', () => {
    assert.equal(lastBefore([5, 10, 30], 20), 10);
    assert.equal(lastBefore([5, 10, 30], 31), 30);
  });
  test('-Infinity when none comes before', () => {
    assert.equal(lastBefore([5, 10], 5), -Infinity);
    assert.equal(lastBefore([], 5), -Infinity);
  });
});

describe('nearestCluster', () => {
  const a = cluster(0);
  const b = cluster(1);
  const full = new Map([[a, [0, 100]], [b, [50]]]);
  test('the owner whose full name came last before the offset', () => {
    assert.equal(nearestCluster([a, b], 80, full, new Map()), b);
    assert.equal(nearestCluster([a, b], 120, full, new Map()), a);
  });
  test('a short form already given counts as a mention', () => {
    assert.equal(nearestCluster([a, b], 80, full, new Map([[a, 70]])), a);
  });
});

describe('ShortForms', () => {
  test('a family name before the full name stands for the person only in the headline', () => {
    const body = 'جولة جديدة من المحادثات\nتحدث الخبراء عن الحداد في المدينة.\nوقال سامر الحداد إن الجولة انتهت. وأضاف الحداد أن الموعد تأجل.';
    assert.deepEqual(persons(body), [['سامر الحداد', 'الحداد']]);
    const headline = 'الحداد: الجولة انتهت\nوقال سامر الحداد إن الجولة انتهت.';
    assert.deepEqual(persons(headline), [['الحداد', 'سامر الحداد']]);
  });
  test('a family name alone stands for the person named before', () => {
    const t = 'وقال سامر الحداد إن الجولة انتهت. وأضاف الحداد أن الموعد تأجل.';
    assert.deepEqual(persons(t), [['سامر الحداد', 'الحداد']]);
  });
  test('a short form behind a clitic keeps the clitic out of its span', () => {
    const t = 'وقال سامر الحداد إن الجولة انتهت. وسأل الصحفيون والحداد عن الموعد.';
    assert.deepEqual(persons(t), [['سامر الحداد', 'الحداد']]);
  });
  test('a family name shared by two persons goes to the one named last', () => {
    const t = 'وقال سامر الحداد إن الجولة انتهت. وقال نبيل الحداد إن اللقاء مثمر. وأضاف الحداد أن الموعد تأجل.';
    assert.deepEqual(persons(t), [['سامر الحداد'], ['نبيل الحداد', 'الحداد']]);
  });
});
