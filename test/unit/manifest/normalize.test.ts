import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeName } from '../../../core/src/manifest/normalize';

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
