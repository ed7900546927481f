// analysedLength: where a document over isnad.maxDocumentSize is cut.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analysedLength } from '../../server/src/size-limit';

describe('analysedLength', () => {
  const text = 'أول\nثان\n\nثالث\nرابع\n \nخامس';

  test('a text within the limit is whole', () => {
    assert.equal(analysedLength(text, text.length), text.length);
    assert.equal(analysedLength(text, 10_000), text.length);
  });

  test('cuts after the last blank line within the limit', () => {
    const secondParagraph = text.indexOf('ثالث');
    const thirdParagraph = text.indexOf('خامس');
    assert.equal(analysedLength(text, text.length - 1), thirdParagraph, 'a blank line of spaces counts');
    assert.equal(analysedLength(text, thirdParagraph), thirdParagraph);
    assert.equal(analysedLength(text, thirdParagraph - 1), secondParagraph, 'the break itself must fit');
    assert.equal(analysedLength(text, secondParagraph + 2), secondParagraph);
  });

  test('with no blank line, after the last line break; with none, at the limit', () => {
    assert.equal(analysedLength('سطر\nسطر\nسطر', 9), 8);
    assert.equal(analysedLength('بلا فواصل أبدا', 5), 5);
    assert.equal(analysedLength('x\r\n\r\nyy', 6), 5, 'CRLF blank lines');
  });

  test('never between the halves of a surrogate pair, and never negative', () => {
    const emoji = 'ab😀cd';
    assert.equal(analysedLength(emoji, 3), 2);
    assert.equal(analysedLength(emoji, 4), 4);
    assert.equal(analysedLength(emoji, 0), 0);
    assert.equal(analysedLength(emoji, -5), 0);
  });
});
