// Role phrases of the person stage (server/src/analysis/people/roles.ts). Texts are invented.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { carriesRole } from '../../server/src/analysis/people/roles';
import { nameDocFor } from './people-helpers';

/** A document's role phrases as the texts they span. */
function roleTexts(text: string): string[] {
  const { doc } = nameDocFor(text);
  return [...doc.roles.byHead.values()].map((r) => text.slice(r.span.start, r.span.end));
}

describe('findRoles', () => {
  test('a title and the words that carry it on', () => {
    assert.deepEqual(roleTexts('وقال وزير الخارجية سامر الحداد إن الجولة انتهت.'), ['وزير الخارجية']);
  });
  test('باسم carries the role on to the body', () => {
    assert.deepEqual(roleTexts('وقال المتحدث باسم الهيئة زاهر قنديلو إن الموعد تأجل.'), ['المتحدث باسم الهيئة']);
  });
  test('an unknown word with the article after the title stays out unless the phrase goes on', () => {
    assert.deepEqual(roleTexts('واستقبل الرئيس الفلاني الضيوف.'), ['الرئيس']);
  });
  test('the clitic before the title is left out of the span (لل: ل + the article without its alef)', () => {
    assert.deepEqual(roleTexts('وقال للوزير إن الجولة انتهت.'), ['لوزير']);
  });
});

describe('RolePhrases', () => {
  const text = 'وقال وزير الخارجية سامر الحداد، المتحدث باسم الهيئة، إن الجولة انتهت.';
  const { doc, at } = nameDocFor(text);
  test('the phrase before a name and the one after it across a comma', () => {
    assert.equal(doc.roles.roleBefore(at('سامر'))?.text, 'وزير الخارجية');
    assert.equal(doc.roles.roleAfter(at('الحداد'))?.text, 'المتحدث باسم الهيئة');
    assert.equal(doc.roles.roleBefore(at('الحداد')), null);
  });
  test('roleAround prefers the phrase before the name', () => {
    assert.equal(doc.roles.roleAround(at('سامر'), at('الحداد'))?.text, 'وزير الخارجية');
  });
  test('start, end and head of a phrase', () => {
    assert.ok(doc.roles.startsAt(at('وزير')));
    assert.ok(doc.roles.endsAt(at('الخارجية')));
    assert.equal(doc.roles.headEndingAt(at('الخارجية')), at('وزير'));
  });
  test('a person title ends right before the name', () => {
    assert.ok(doc.roles.titleBefore(at('سامر')));
    assert.ok(!doc.roles.titleBefore(at('الحداد')));
  });
});

describe('carriesRole', () => {
  const { lex } = nameDocFor('');
  test('a link word carries a role on (لشؤون)', () => {
    assert.ok(carriesRole('لشوون', undefined, lex));
  });
  test('an unknown word with the article carries it on only when a title word follows', () => {
    assert.ok(!carriesRole('الفلاني', undefined, lex));
  });
});
