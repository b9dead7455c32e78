// The letters behind a look-alike duplicate or a mixed-script word, named by script and code point.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  codePointLabel,
  differingLetters,
  foreignLetters,
  scriptOf,
} from '../../../core/src/manifest/lookAlike';
import { describeSwaps, markedName } from '../../../core/src/manifest/lookAlikeText';
import { mixedScriptWords } from '../../../core/src/manifest/scripts';
import { inEnglish, inRussian } from '../client/helpers';

test('code points are written as Unicode does, four hex digits at least', () => {
  assert.equal(codePointLabel('O'), 'U+004F');
  assert.equal(codePointLabel('О'), 'U+041E');
  assert.equal(codePointLabel('😀'), 'U+1F600');
  assert.deepEqual(['O', 'О', '1'].map(scriptOf), ['Latin', 'Cyrillic', 'other']);
});

test('a look-alike duplicate: the Latin "O" where the other name has the Cyrillic "О"', () => {
  assert.deepEqual(differingLetters('Oптовик', 'Оптовик'), [
    { index: 0, found: 'O', foundScript: 'Latin', expected: 'О', expectedScript: 'Cyrillic' },
  ]);
  // Case and length differences are not letters to name.
  assert.deepEqual(differingLetters('ОПТОВИК', 'Оптовик'), []);
  assert.deepEqual(differingLetters('Оптовик ', 'Оптовик'), []);
  // Several swaps, each named.
  assert.deepEqual(
    differingLetters('BИП-клиeнт', 'ВИП-клиент').map((s) => [s.index, s.found, s.expected]),
    [
      [0, 'B', 'В'],
      [7, 'e', 'е'],
    ],
  );
});

test('a mixed-script word: the letters of the other script and the ones meant', () => {
  const [word] = mixedScriptWords('BИП');
  assert.ok(word);
  assert.deepEqual(foreignLetters(word), [
    { index: 0, found: 'B', foundScript: 'Latin', expected: 'В', expectedScript: 'Cyrillic' },
  ]);
  const [latinWord] = mixedScriptWords('Tеam');
  assert.ok(latinWord);
  assert.deepEqual(foreignLetters(latinWord), [
    { index: 1, found: 'е', foundScript: 'Cyrillic', expected: 'e', expectedScript: 'Latin' },
  ]);
});

test('in words, in both languages, with the letters marked for a hover', () => {
  const swaps = differingLetters('Oптовик', 'Оптовик');
  assert.equal(
    inEnglish(() => describeSwaps(swaps)),
    'Latin "O" U+004F where Cyrillic "О" U+041E is expected',
  );
  assert.equal(
    inRussian(() => describeSwaps(swaps)),
    'латинская «O» U+004F вместо кириллической «О» U+041E',
  );
  assert.equal(markedName('Oптовик', swaps), '**O**птовик');
  const many = differingLetters('OPEX', 'ОРЕХ');
  assert.equal(many.length, 4);
  assert.match(
    inEnglish(() => describeSwaps(many)),
    /^Latin "O" U\+004F where Cyrillic "О" U\+041E is expected and 3 more$/,
  );
  assert.match(
    inRussian(() => describeSwaps(many)),
    / и ещё 3$/,
  );
  assert.equal(
    inEnglish(() => describeSwaps([])),
    '',
  );
});
