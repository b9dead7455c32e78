// The one YAML-scalar classification (core/src/manifest/scalarType.ts) shared by the fast path, the
// non-string-name rule and the writing of names: named cases, then generated plain scalars checked
// against the `yaml` library's own reading in YAML 1.2 (its default) and YAML 1.1.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import YAML, { isScalar, Scalar } from 'yaml';
import { analyzeManifest } from '../../../core/src/manifest';
import { plainScalarType, scalarType } from '../../../core/src/manifest/scalarType';
import { isPlainSafe } from '../../../core/src/manifest/yamlText';

const CASES: ReadonlyArray<[string, 'core' | 'any', ReturnType<typeof plainScalarType>]> = [
  ['5', 'core', 'number'],
  ['-12', 'core', 'number'],
  ['009', 'core', 'number'],
  ['3.14', 'core', 'number'],
  ['1e5', 'core', 'number'],
  ['.inf', 'core', 'number'],
  ['.nan', 'core', 'number'],
  ['0x1F', 'core', 'number'],
  ['0o17', 'core', 'number'],
  ['1_000', 'core', null],
  ['1_000', 'any', 'number'],
  ['12:30', 'core', null],
  ['12:30', 'any', 'number'],
  ['0b101', 'any', 'number'],
  ['true', 'core', 'boolean'],
  ['FALSE', 'core', 'boolean'],
  ['yes', 'core', null],
  ['yes', 'any', 'boolean'],
  ['No', 'any', 'boolean'],
  ['on', 'any', 'boolean'],
  ['y', 'any', 'boolean'],
  ['~', 'core', 'null'],
  ['null', 'core', 'null'],
  ['Null', 'any', 'null'],
  ['', 'core', 'null'],
  ['2024-01-31', 'core', null],
  ['2024-01-31', 'any', 'date'],
  ['2001-12-14t21:59:43.10-05:00', 'any', 'date'],
  ['2001-12-14 21:59:43.10', 'any', 'date'],
  ['Имя', 'any', null],
  ['ВИП-клиент', 'any', null],
  ['5 штук', 'any', null],
  ['truth', 'any', null],
  ['nope', 'any', null],
  ['2024-01-31 утро', 'any', null],
  ['+7 999 123-45-67', 'any', null],
];

for (const [plain, schema, expected] of CASES)
  test(`${JSON.stringify(plain)} unquoted reads, in ${schema === 'core' ? 'YAML 1.2' : 'YAML 1.2 or 1.1'}, as ${expected ?? 'a string'}`, () => {
    assert.equal(plainScalarType(plain, schema), expected);
  });

test('quoted and block scalars are strings whatever they say', () => {
  for (const style of ['single', 'double', 'block'] as const) {
    assert.equal(scalarType('5', style, 'any'), null);
    assert.equal(scalarType('yes', style, 'any'), null);
    assert.equal(scalarType('~', style, 'core'), null);
  }
  assert.equal(scalarType('5', 'plain', 'core'), 'number');
});

test('a name that is not a string unquoted is written quoted', () => {
  for (const name of ['009', 'yes', '12:30', '2024-01-31', '~', 'true'])
    assert.equal(isPlainSafe(name), false, name);
  for (const name of ['Имя', '5 штук', 'truth']) assert.equal(isPlainSafe(name), true, name);
});

/** How the `yaml` library reads `text` as a whole document, when it is one plain scalar exactly as written. */
function libraryReads(text: string, version: '1.1' | '1.2'): 'string' | 'other' | 'not a plain scalar' {
  const doc = YAML.parseDocument(text, { version, prettyErrors: false });
  const node = doc.contents;
  if (doc.errors.length > 0 || !isScalar(node) || node.type !== Scalar.PLAIN || node.source !== text)
    return 'not a plain scalar';
  return typeof node.value === 'string' ? 'string' : 'other';
}

// Scalars built from the pieces the number, boolean, null and date forms are made of.
const PIECES = [
  ...'0123456789',
  ...'.+-_:eExXoObB~ TtZz',
  'inf',
  'Inf',
  'nan',
  'NaN',
  'null',
  'true',
  'False',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  '2024-',
  '01-',
  '31',
  ':59',
  'Ж',
];
const plainLike = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

test('generated plain scalars: the classification agrees with the yaml library in YAML 1.2 and 1.1', () => {
  let compared = 0;
  fc.assert(
    fc.property(plainLike, (text) => {
      for (const [version, schema] of [
        ['1.2', 'core'],
        ['1.1', 'any'],
      ] as const) {
        const reads = libraryReads(text, version);
        if (reads === 'not a plain scalar') continue;
        compared++;
        const ours = plainScalarType(text, schema);
        // `any` is the union: in YAML 1.1 mode it must find at least what 1.1 finds.
        if (version === '1.2')
          assert.equal(ours !== null, reads === 'other', `${JSON.stringify(text)} in 1.2`);
        else if (reads === 'other') assert.notEqual(ours, null, `${JSON.stringify(text)} in 1.1`);
      }
      const in11 = libraryReads(text, '1.1');
      const in12 = libraryReads(text, '1.2');
      if (in11 !== 'not a plain scalar' && in12 !== 'not a plain scalar')
        assert.equal(
          plainScalarType(text, 'any') !== null,
          in11 === 'other' || in12 === 'other',
          `${JSON.stringify(text)} in 1.1 or 1.2`,
        );
    }),
    { numRuns: 20_000, seed: 20261202 },
  );
  assert.ok(compared > 10_000, `${compared} comparisons`);
});

test('the named cases agree with the yaml library too', () => {
  for (const [plain, schema, expected] of CASES) {
    if (plain === '') continue;
    const in12 = libraryReads(plain, '1.2');
    const in11 = libraryReads(plain, '1.1');
    const other = schema === 'core' ? in12 === 'other' : in12 === 'other' || in11 === 'other';
    assert.equal(expected !== null, other, plain);
  }
});

test('a name with a leading zero that YAML 1.2 reads as a number gets the non-string-name warning', () => {
  const problems = analyzeManifest('attributes:\n  - 009\n  - Имя\n').diagnostics;
  assert.deepEqual(
    problems.map((p) => [p.code, p.range.start.line]),
    [['non-string-name', 1]],
  );
});
