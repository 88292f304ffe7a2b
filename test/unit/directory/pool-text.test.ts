import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPoolText, containsMarkup, paragraphsOf, tidyPoolText } from '../../../src/domain/directory/pool-text.js';

test('a pool text is tidied: trailing spaces, at most one blank line, no blank edges', () => {
  assert.equal(tidyPoolText('  \r\nEen.  \r\n\r\n\r\n\r\nTwee.\t\n\n'), 'Een.\n\nTwee.');
  assert.deepEqual(paragraphsOf('Een.\nnog een regel\n\n\nTwee.'), ['Een.\nnog een regel', 'Twee.']);
});

test('markup is refused, a lone < or > in prose is not', () => {
  // As a browser reads a tag: the letter (or /, !, ?) right after the <.
  for (const s of ['<script>x</script>', '<a href="x">', '</p>', '<!-- x -->', '<IMG src=x>', '<?xml', 'tekst<svg onload=x>']) assert.equal(containsMarkup(s), true, s);
  for (const s of ['a < b >', '< img src=x>', 'pijl <-- hier', '<3']) assert.equal(containsMarkup(s), false, s);
  assert.equal(containsMarkup('3 < 5 en 5 > 3'), false);
  assert.equal(containsMarkup('Bel 0522 <> mail'), false);
});

test('the description is required; both fields have their limits, counted after tidying', () => {
  assert.deepEqual(checkPoolText({ description: 'Wij helpen.', howToAsk: '' }), []);
  assert.deepEqual(checkPoolText({ description: ' \n ', howToAsk: '' }), [{ field: 'description', code: 'required' }]);
  assert.deepEqual(checkPoolText({ description: 'x'.repeat(1000), howToAsk: 'y'.repeat(2000) }), []);
  assert.deepEqual(checkPoolText({ description: `${'x'.repeat(1000)}   \n\n`, howToAsk: '' }), []);
  assert.deepEqual(checkPoolText({ description: 'x'.repeat(1001), howToAsk: 'y'.repeat(2001) }), [
    { field: 'description', code: 'maxLength' },
    { field: 'howToAsk', code: 'maxLength' },
  ]);
  assert.deepEqual(checkPoolText({ description: 'Wij <b>helpen</b>', howToAsk: '<script>' }), [
    { field: 'description', code: 'markup' },
    { field: 'howToAsk', code: 'markup' },
  ]);
});
