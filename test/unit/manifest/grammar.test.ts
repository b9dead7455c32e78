import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(
  __dirname,
  '..',
  '..',
  ...(__dirname.includes(`${path.sep}out${path.sep}`) ? ['..'] : []),
  '..',
);

interface Rule {
  begin?: string;
  match?: string;
  patterns?: Array<{ include?: string }>;
}

const grammar = JSON.parse(
  readFileSync(path.join(ROOT, 'syntaxes', 'twin-yaml.tmLanguage.json'), 'utf8'),
) as {
  scopeName: string;
  repository: Record<string, Rule>;
};

test('the grammar is source.twin-yaml and falls back to the built-in YAML grammar', () => {
  assert.equal(grammar.scopeName, 'source.twin-yaml');
  const includes = JSON.stringify(grammar.repository);
  assert.match(includes, /"include":"source\.yaml"/);
});

test('section keys, version and entry keys are recognised, and nothing else is', () => {
  const section = new RegExp(grammar.repository.section?.begin ?? '');
  const version = new RegExp(grammar.repository.version?.begin ?? '');
  const entryKey = new RegExp(grammar.repository['entry-key']?.match ?? '');
  for (const line of ['attributes:', 'clientTags: # теги', 'sessionTags: [кредит]'])
    assert.match(line, section);
  for (const line of ['attribute:', '  attributes:', 'attributesX:']) assert.doesNotMatch(line, section);
  assert.match('version: 1', version);
  assert.match('  - name: ФИО', entryKey);
  assert.match('    description: текст', entryKey);
  assert.doesNotMatch('  - named: ФИО', entryKey);
});
