// Keeps the shipped JSON Schema (schemas/twin.schema.json) in step with the manifest rules: the same
// keys, the same verdict on the same manifests, and the checked-in file equal to what the generator
// makes from the format definition. Where a JSON Schema cannot say what a rule says, the difference
// is pinned here so that it changes only on purpose.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import YAML from 'yaml';
import { analyzeManifest, DEFAULT_MAX_NAME_LENGTH, SECTION_KEYS } from '../../../core/src/manifest';
import {
  buildTwinJsonSchema,
  renderTwinJsonSchema,
  type JsonSchema,
} from '../../../core/src/manifest/jsonSchema';
import { satisfies } from './jsonSchemaCheck';

const schema = buildTwinJsonSchema();

function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 8 && !existsSync(path.join(dir, 'package.json')); i++) dir = path.dirname(dir);
  return dir;
}

const errorCodes = (text: string) =>
  analyzeManifest(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code);
const validatorRejects = (text: string) => errorCodes(text).length > 0;
const schemaRejects = (text: string) => !satisfies(YAML.parse(text) as unknown, schema);

function entrySchema(): JsonSchema {
  const mapping = schema.definitions?.['entry']?.anyOf?.find((s) => s.type === 'object');
  assert.ok(mapping, 'the entry definition has a mapping form');
  return mapping;
}

test('the checked-in schemas/twin.schema.json is what the generator makes', () => {
  const file = path.join(repoRoot(), 'schemas', 'twin.schema.json');
  assert.equal(readFileSync(file, 'utf8'), renderTwinJsonSchema(), 'run: node scripts/generate-schema.js');
});

test('the schema knows exactly the top-level keys the validator accepts', () => {
  assert.deepEqual(Object.keys(schema.properties ?? {}), ['version', ...SECTION_KEYS]);
  assert.equal(schema.additionalProperties, false);
  for (const key of SECTION_KEYS) {
    const text = `${key}:\n  - ФИО\n`;
    assert.deepEqual(errorCodes(text), [], `${key} is valid for the validator`);
    assert.equal(schemaRejects(text), false, `${key} is valid for the schema`);
  }
  assert.deepEqual(errorCodes('version: 1\n'), []);
});

test('unknown and misspelt top-level keys are rejected by both', () => {
  for (const key of ['attribute', 'clienttags', 'session_tags', 'Version', 'tags']) {
    const text = `${key}:\n  - ФИО\n`;
    assert.ok(errorCodes(text).includes('unknown-key'), `validator rejects ${key}`);
    assert.ok(schemaRejects(text), `schema rejects ${key}`);
  }
});

test('an entry mapping has the same keys for both, and an unknown one is rejected by both', () => {
  const mapping = entrySchema();
  assert.deepEqual(Object.keys(mapping.properties ?? {}), ['name', 'description']);
  assert.equal(mapping.additionalProperties, false);
  const good = 'attributes:\n  - name: Увлечение\n    description: Что клиент любит\n';
  assert.deepEqual(errorCodes(good), []);
  assert.equal(schemaRejects(good), false);
  const typo = 'attributes:\n  - name: Увлечение\n    descripton: Что клиент любит\n';
  assert.ok(errorCodes(typo).includes('unknown-key'));
  assert.ok(schemaRejects(typo));
});

test('names are limited to the validator default length, counted in characters', () => {
  assert.equal(schema.definitions?.['name']?.maxLength, DEFAULT_MAX_NAME_LENGTH);
  const at = (n: number, ch = 'я') => `attributes:\n  - ${ch.repeat(n)}\n`;
  for (const [text, rejected] of [
    [at(DEFAULT_MAX_NAME_LENGTH), false],
    [at(DEFAULT_MAX_NAME_LENGTH + 1), true],
    [at(DEFAULT_MAX_NAME_LENGTH, '😀'), false],
  ] as const) {
    assert.equal(validatorRejects(text), rejected);
    assert.equal(schemaRejects(text), rejected);
  }
});

// Structural cases: the schema's verdict must be the validator's (error = rejected; a warning is not).
const AGREEMENT: ReadonlyArray<readonly [string, string]> = [
  ['an empty file', ''],
  ['only a comment', '# Профиль компании\n'],
  [
    'the example format',
    'version: 1\nattributes:\n  - ФИО\n  - name: Увлечение\n    description: Что клиент любит\n',
  ],
  ['an empty section', 'attributes:\n'],
  ['an empty list', 'attributes: []\n'],
  ['a section that is a string', 'attributes: ФИО\n'],
  ['a section that is a mapping', 'clientTags: {}\n'],
  ['a list at the top', '- ФИО\n'],
  ['a string at the top', 'ФИО\n'],
  ['version 2', 'version: 2\n'],
  ['version "1"', 'version: "1"\n'],
  ['version without a value', 'version:\n'],
  ['an empty name', 'attributes:\n  - ""\n'],
  ['a blank name', 'sessionTags:\n  - "   "\n'],
  ['a bare dash', 'attributes:\n  -\n'],
  ['a number as a name (warning only)', 'attributes:\n  - 2024\n'],
  ['a boolean as a name (warning only)', 'clientTags:\n  - true\n'],
  ['a date-like name (warning only)', 'attributes:\n  - 2024-01-01\n'],
  ['a name with surrounding spaces (warning only)', 'attributes:\n  - " ФИО"\n'],
  ['a tab inside a name (warning only)', 'attributes:\n  - "Дата\\tрождения"\n'],
  ['a list as an entry', 'attributes:\n  - [ФИО, Возраст]\n'],
  ['a mapping without a name', 'attributes:\n  - description: Что клиент любит\n'],
  ['an empty mapping', 'attributes:\n  - {}\n'],
  ['a number as a mapping name (warning only)', 'attributes:\n  - name: 12\n'],
  ['a list as a name', 'attributes:\n  - name: [a, b]\n'],
  ['a number as a description', 'attributes:\n  - name: ФИО\n    description: 5\n'],
  ['a boolean as a description', 'attributes:\n  - name: ФИО\n    description: true\n'],
  ['a null description', 'attributes:\n  - name: ФИО\n    description: ~\n'],
  ['an empty description', 'attributes:\n  - name: ФИО\n    description:\n'],
  ['a quoted number as a description', 'attributes:\n  - name: ФИО\n    description: "5"\n'],
  ['a YAML 1.1 boolean word as a description', 'attributes:\n  - name: ФИО\n    description: yes\n'],
  ['a list as a description', 'attributes:\n  - name: ФИО\n    description: [a]\n'],
  ['an exact duplicate', 'clientTags:\n  - ВИП-клиент\n  - ВИП-клиент\n'],
  ['an exact duplicate in mapping form', 'clientTags:\n  - name: ВИП-клиент\n  - name: ВИП-клиент\n'],
  ['the same name in two sections', 'clientTags:\n  - кредит\nsessionTags:\n  - кредит\n'],
  ['a zero-width space', 'attributes:\n  - "ФИ\\u200bО"\n'],
  ['a right-to-left override', 'attributes:\n  - "ФИО\\u202e"\n'],
];

for (const [what, text] of AGREEMENT) {
  test(`schema and validator agree: ${what}`, () => {
    assert.equal(
      schemaRejects(text),
      validatorRejects(text),
      `validator errors: ${errorCodes(text).join(', ') || 'none'}`,
    );
  });
}

test('every character the invisible-char rule flags is refused by the schema, and no other', () => {
  const candidates: number[] = [];
  for (const [from, to] of [
    [0x0000, 0x00ff],
    [0x0600, 0x0620],
    [0x1800, 0x1810],
    [0x2000, 0x2070],
    [0xfe00, 0xffff],
  ] as const)
    for (let c = from; c <= to; c++) candidates.push(c);
  const names = candidates.map((c) => `a${String.fromCodePoint(c)}b`);
  // One manifest, one entry per character: which lines does the rule flag?
  const text = 'attributes:\n' + names.map((n) => `  - ${JSON.stringify(n)}\n`).join('');
  const flagged = new Set(
    analyzeManifest(text)
      .diagnostics.filter((d) => d.code === 'invisible-char')
      .map((d) => d.range.start.line - 1),
  );
  const nameSchema = schema.definitions?.['name'];
  assert.ok(nameSchema);
  const disagreements = names
    .map((name, i) => ({
      code: candidates[i] ?? 0,
      rule: flagged.has(i),
      schema: !satisfies(name, nameSchema, schema),
    }))
    .filter((r) => r.rule !== r.schema)
    .map((r) => `U+${r.code.toString(16).padStart(4, '0')} rule=${r.rule} schema=${r.schema}`);
  assert.deepEqual(disagreements, []);
});

test('what a JSON Schema cannot say stays the validator’s alone', () => {
  // Look-alike duplicates need normalisation (case, ё/е, Latin letters that look Cyrillic).
  const lookAlike = 'clientTags:\n  - ВИП-клиент\n  - вип-клиент\n';
  assert.ok(errorCodes(lookAlike).includes('duplicate-name'));
  assert.equal(schemaRejects(lookAlike), false);
  // `~` is a warned-about name for the validator, but JSON null is also what a bare `-` gives (an error).
  const tilde = 'attributes:\n  - ~\n';
  assert.equal(validatorRejects(tilde), false);
  assert.equal(schemaRejects(tilde), true);
});
