// Clitic splits of the person stage (server/src/analysis/people/clitics.ts). Words are invented or common.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { cliticSplits, stripClitic, stripIn, stripMemo } from '../../server/src/analysis/people/clitics';

describe('cliticSplits', () => {
  test('the word itself comes first, then each clitic prefix, longest first', () => {
    assert.deepEqual(cliticSplits('وبسامر'), [[0, 'وبسامر'], [2, 'سامر'], [1, 'بسامر']]);
  });
  test('لل + noun is also read as ل + ال + noun', () => {
    assert.deepEqual(cliticSplits('للمدير'), [[0, 'للمدير'], [1, 'لمدير'], [1, 'المدير']]);
  });
  test('a clitic is not split off when fewer than two letters would remain', () => {
    assert.deepEqual(cliticSplits('وب'), [[0, 'وب']]);
  });
});

describe('stripClitic and stripIn', () => {
  const names: ReadonlySet<string> = new Set(['سامر', 'بسام']);
  test('the first reading that passes the test wins: a whole word before a split', () => {
    assert.deepEqual(stripClitic('بسام', (k) => names.has(k)), [0, 'بسام']);
    assert.deepEqual(stripClitic('لسامر', (k) => names.has(k)), [1, 'سامر']);
  });
  test('null when no reading passes', () => {
    assert.equal(stripIn('ولكن', names), null);
  });
  test('stripIn and stripMemo answer the same as stripClitic, asked twice (memoised)', () => {
    for (let n = 0; n < 2; n++) {
      assert.deepEqual(stripIn('وسامر', names), [1, 'سامر']);
      assert.deepEqual(stripMemo('فسامر', names), [1, 'سامر']);
      assert.equal(stripMemo('فراس', names), null);
    }
  });
});
