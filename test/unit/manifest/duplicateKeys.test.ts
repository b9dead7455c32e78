// Our one-pass duplicate-key check against the `yaml` library's own (quadratic) one: for each input,
// parsed with `uniqueKeys: false`, it must report exactly the DUPLICATE_KEY errors the library reports
// with `uniqueKeys` on (same positions, same message), and the analysis of a manifest must say what it
// said before: a repeated top-level key is `yaml-syntax` "appears more than once".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import YAML from 'yaml';
import { analyzeManifest } from '../../../core/src/manifest';
import { duplicateKeyErrors } from '../../../core/src/manifest/duplicateKeys';

/** What the library itself reports, as [code, message, start, end]. */
function libraryErrors(text: string): Array<[string, string, number, number]> {
  return YAML.parseDocument(text, { prettyErrors: false })
    .errors.filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => [e.code, e.message, e.pos[0], e.pos[1]]);
}

function ourErrors(text: string): Array<[string, string, number, number]> {
  const doc = YAML.parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  return duplicateKeyErrors(doc)
    .map((e): [string, string, number, number] => [e.code, e.message, e.span.start, e.span.end])
    .sort((a, b) => a[2] - b[2]);
}

const CASES: readonly string[] = [
  'a: 1\na: 2\n',
  'a: 1\nb: 2\na: 3\na: 4\n',
  '&x a: 1\n&y a: 2\n',
  '!!str a: 1\n!!str a: 2\n',
  '{a: 1, a: 2}',
  '{ &x a: 1, &y  a: 2}',
  '? a\n: 1\n? a\n: 2\n',
  ': 1\n: 2\n',
  '{: 1, : 2}',
  'attributes:\n  - name: a\n    name: b\n',
  'attributes:\n  - {name: a, name: b}\n',
  '[a: 1, a: 2]',
  '"a": 1\n\'a\': 2\n',
  '1: a\n1.0: b\n',
  '1: a\n"1": b\n',
  'true: a\nTrue: b\n',
  'null: a\n~: b\n',
  'a: 1\n# c\na: 2',
  '{a: 1,\n # c\n a: 2}',
  '.nan: 1\n.nan: 2',
  '? [a]\n: 1\n? [a]\n: 2',
  '? {a: 1, a: 2}\n: x\n',
  '*a : 1\n&a b: 2\n*a : 3',
  'x:\n  y:\n    z: 1\n    z: 2\n  y: 3\n',
  '- a: 1\n  a: 2\n- a: 1\n',
  'a: 1\na: 2\n---\nb: 1\nb: 2\n',
];

for (const text of CASES)
  test(`duplicate keys in ${JSON.stringify(text)}: the same errors as the yaml library's own check`, () => {
    assert.deepEqual(
      ourErrors(text),
      libraryErrors(text).sort((a, b) => a[2] - b[2]),
    );
  });

test('the cases include duplicates at the top level, nested, in flow and in keys', () => {
  assert.ok(CASES.filter((text) => libraryErrors(text).length > 0).length >= 15);
});

test('a repeated top-level key is reported once per repeat, where it is written', () => {
  const text = 'version: 1\nattributes: [a]\nversion: 1\nversion: 1\n';
  const problems = analyzeManifest(text, { incremental: false }).diagnostics;
  assert.deepEqual(
    problems.map((p) => [p.code, p.message, p.range.start.line, p.range.start.character]),
    [
      ['yaml-syntax', 'The key "version" appears more than once.', 2, 0],
      ['yaml-syntax', 'The key "version" appears more than once.', 3, 0],
    ],
  );
});

test('20,000 keys, every tenth a repeat: each repeat is found, in one pass', () => {
  const keys = Array.from({ length: 20_000 }, (_, i) => `k${i % 10 === 9 ? i - 1 : i}: 1`);
  const errors = ourErrors(`{${keys.join(', ')}}`);
  assert.equal(errors.length, 2_000);
});
