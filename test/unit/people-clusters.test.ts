// The cluster index of the person stage (server/src/analysis/people/clusters.ts): match scores, the
// best cluster for a mention, the fullest name, known persons and their other spellings. Names invented.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { lexiconFor } from '../../server/src/analysis/lexicon';
import type { NameMention } from '../../server/src/analysis/people';
import { ClusterIndex, matchScore, nameKeys } from '../../server/src/analysis/people/clusters';

/** A mention of a name at an offset (its keys from its words). */
function mention(name: string, start: number, role = false): NameMention {
  return { start, end: start + name.length, first: start, last: start, text: name, keys: nameKeys(name), spellings: name.split(' '), role: role ? { start: 0, end: 1, text: 'الشيخ' } : null, person: -1 };
}

describe('matchScore', () => {
  test('3 for the same words', () => {
    assert.equal(matchScore(nameKeys('سامر الحداد'), nameKeys('سامر الحداد')), 3);
  });
  test('2 for a short form with the same last word', () => {
    assert.equal(matchScore(nameKeys('الحداد'), nameKeys('سامر الحداد')), 2);
    assert.equal(matchScore(nameKeys('سامر نبيل الحداد'), nameKeys('سامر الحداد')), 2);
  });
  test('0 when the last words differ', () => {
    assert.equal(matchScore(nameKeys('سامر'), nameKeys('سامر الحداد')), 0);
    assert.equal(matchScore(nameKeys('هالة الحداد'), nameKeys('سامر الحداد')), 0);
  });
});

describe('ClusterIndex', () => {
  test('a short form joins the fuller name; a longer name renames the cluster', () => {
    const index = new ClusterIndex(lexiconFor());
    const a = mention('سامر الحداد', 0);
    const b = mention('الحداد', 20);
    const c = mention('سامر نبيل الحداد', 40);
    for (const m of [a, b, c]) index.assign(m);
    assert.equal(index.clusters.length, 1);
    assert.deepEqual([a.person, b.person, c.person], [0, 0, 0]);
    assert.equal(index.clusters[0].name, 'سامر نبيل الحداد');
  });
  test('different family names open different clusters', () => {
    const index = new ClusterIndex(lexiconFor());
    index.assign(mention('سامر الحداد', 0));
    index.assign(mention('هالة الرفاعي', 20));
    assert.deepEqual(index.clusters.map((c) => c.name), ['سامر الحداد', 'هالة الرفاعي']);
  });
  test('on a tie the cluster mentioned last wins', () => {
    const index = new ClusterIndex(lexiconFor());
    index.assign(mention('سامر الحداد', 0));
    index.assign(mention('نبيل الحداد', 20));
    const short = mention('الحداد', 40);
    index.assign(short);
    assert.equal(short.person, 1);
  });
  test("a chain name's first name after a title joins it", () => {
    const index = new ClusterIndex(lexiconFor());
    index.assign(mention('خالد بن ناصر', 0));
    assert.ok(index.clusters[0].chain);
    const first = mention('خالد', 30, true);
    index.assign(first);
    assert.equal(first.person, 0);
    const bare = mention('خالد', 50);
    index.assign(bare);
    assert.equal(bare.person, 1);
  });
  test('a known person and a spelling the newsroom listed for them', () => {
    const index = new ClusterIndex(lexiconFor(), [{ name: 'سامر الحداد', aliases: ['سمير حداد'] }]);
    assert.ok(index.hasKey(nameKeys('حداد')[0]));
    const m = mention('سمير حداد', 0);
    index.assign(m);
    assert.equal(m.person, 0);
    assert.equal(index.clusters[0].name, 'سامر الحداد');
  });
  test('finish drops the clusters never mentioned, numbers the rest by first mention and gathers roles', () => {
    const index = new ClusterIndex(lexiconFor(), [{ name: 'فراس العلي' }]);
    const late = mention('هالة الرفاعي', 50, true);
    const early = mention('سامر الحداد', 10);
    index.assign(late);
    index.assign(early);
    const { clusters, byFirstToken } = index.finish();
    assert.deepEqual(clusters.map((c) => [c.id, c.name]), [[0, 'سامر الحداد'], [1, 'هالة الرفاعي']]);
    assert.deepEqual(clusters[1].roles, ['الشيخ']);
    assert.deepEqual([early.person, late.person], [0, 1]);
    assert.equal(byFirstToken.get(50), late);
  });
});
