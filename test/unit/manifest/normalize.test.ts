import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LATIN_TO_CYRILLIC, normalizeName } from '../../../core/src/manifest/normalize';

test('a Latin B in a Cyrillic word is the same name as the Cyrillic В', () => {
  assert.equal(normalizeName('BИП-клиент'), normalizeName('ВИП-клиент'));
});

test('case, ё, surrounding and repeated whitespace do not make a different name', () => {
  assert.equal(normalizeName('  Ёлка   Новогодняя '), normalizeName('елка новогодняя'));
});

test('composed and decomposed forms are one name', () => {
  assert.equal(normalizeName('Й'), normalizeName('И\u0306'));
});

test('different words stay different', () => {
  assert.notEqual(normalizeName('VIP-клиент'), normalizeName('ВИП-клиент'));
  assert.notEqual(normalizeName('кредит'), normalizeName('предоплата'));
});

// The ASCII/Cyrillic shortcut must give what the full chain gives, including at its edges: the
// block's first and last letters, characters just outside it, combining marks, other whitespace.
test('names in ASCII and basic Cyrillic normalise exactly as through the full Unicode steps', () => {
  const fullChain = (name: string) =>
    name
      .normalize('NFC')
      .trim()
      .replace(/\s+/gu, ' ')
      .toLowerCase()
      .replace(/[abcehkmoptxy]/g, (c) => (LATIN_TO_CYRILLIC[c.toUpperCase()] ?? c).toLowerCase())
      .replace(/ё/g, 'е');
  const letter = fc.constantFrom(
    ...'AaBbHhYyЁёЙйИЀѐџЏ ~!0'.split(''),
    '  ',
    '\u0306', // combining breve: И + it is Й
    '\u00a0',
    '\t',
    '\u0460',
    '\u007f',
    '\u2003',
  );
  fc.assert(
    fc.property(fc.array(letter, { maxLength: 12 }), (letters) => {
      const name = letters.join('');
      assert.equal(normalizeName(name), fullChain(name), JSON.stringify(name));
    }),
    { numRuns: 2000, seed: 7 },
  );
});

test('every capitalisation of a word is one name, also for capital-only look-alikes (B, H, K, M, T)', () => {
  for (const [a, b] of [
    ['Team', 'TEAM'],
    ['Hobby', 'HOBBY'],
    ['Email', 'EMAIL'],
    ['Anna', 'ANNA'],
    ['Mark', 'mark'],
  ] as const)
    assert.equal(normalizeName(a), normalizeName(b), `${a} = ${b}`);
  assert.equal(normalizeName('TEAM'), normalizeName('ТЕАМ'), 'Latin TEAM = Cyrillic ТЕАМ');
});
