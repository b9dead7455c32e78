// Look-alike duplicates and mixed-script words: the problem names the letter (script, code point),
// the explanation of how names are compared is in the hover, which marks the differing letters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { positionOf, setup } from './fixtures';

const TEXT = 'clientTags:\n  - Оптовик\n  - Oптовик\n  - BИП\n';

test('the duplicate message is short and names the Latin letter where the Cyrillic one is expected', () => {
  const { service, document } = setup(TEXT);
  const messages = service.diagnostics(document).map((d) => `${String(d.code)}: ${d.message}`);
  assert.ok(
    messages.includes(
      'duplicate-name: "Oптовик" repeats "Оптовик" on line 2: Latin "O" U+004F where Cyrillic "О" U+041E is expected.',
    ),
    messages.join('\n'),
  );
  assert.ok(
    messages.includes(
      'mixed-script: "BИП" mixes Latin and Cyrillic letters: Latin "B" U+0042 where Cyrillic "В" U+0412 is expected.',
    ),
    messages.join('\n'),
  );
  assert.ok(
    messages.every((m) => !/compared ignoring/.test(m)),
    'the explanation is not in the message',
  );
});

test('Russian: the same, in Russian', () => {
  const { service, document } = setup(TEXT, 'ru');
  const messages = service.diagnostics(document).map((d) => d.message);
  assert.ok(
    messages.includes(
      '«Oптовик» повторяет «Оптовик» из строки 2: латинская «O» U+004F вместо кириллической «О» U+041E.',
    ),
    messages.join('\n'),
  );
});

test('the hover shows both names with the differing letter marked, and how names are compared', () => {
  const { service, document } = setup(TEXT);
  const hover = service.hover(document, positionOf(TEXT, 'Oптовик'));
  const value =
    hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(value, /- \*\*O\*\*птовик \(this entry\)\n- \*\*О\*\*птовик \(line 2\)/);
  assert.match(value, /Latin "O" U\+004F where Cyrillic "О" U\+041E is expected/);
  assert.match(value, /Names are compared ignoring case, ё\/е, spaces/);
  const mixed = service.hover(document, positionOf(TEXT, 'BИП'));
  const mixedValue =
    mixed && typeof mixed.contents === 'object' && 'value' in mixed.contents ? mixed.contents.value : '';
  assert.match(mixedValue, /\*\*B\*\*ИП/);
});
