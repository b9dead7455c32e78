import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeManifest } from '../../../core/src/manifest';
import { manifestTextFromNames } from '../../../core/src/manifest/fromNames';
import { yamlScalar } from '../../../core/src/manifest/yamlText';

describe('manifestTextFromNames (pull, in the CLI and in VS Code)', () => {
  test('writes a sorted manifest that reads back as the same names', () => {
    const tricky = [
      'yes',
      '2024',
      'a: b',
      '#hash',
      ' lead',
      'ФИО',
      'Возраст',
      'null',
      '"quoted"',
      'x #y',
      '1e3',
    ];
    const names = { attributes: tricky, clientTags: ['часто обращается', 'ВИП-клиент'], sessionTags: [] };
    const text = manifestTextFromNames(names, 'Pulled from h.example');
    assert.match(text, /^# Pulled from h\.example\nversion: 1\nattributes:\n/);
    assert.match(text, /\nsessionTags: \[\]\n$/);
    assert.match(text, /clientTags:\n {2}- ВИП-клиент\n {2}- часто обращается\n/);
    const back = analyzeManifest(text);
    assert.ok(back.manifest, JSON.stringify(back.diagnostics));
    assert.deepEqual(back.manifest.sections.attributes.map((e) => e.name).sort(), [...tricky].sort());
    assert.equal(manifestTextFromNames(names, 'Pulled from h.example'), text, 'deterministic');
    const analysis = analyzeManifest(text);
    // ' lead' keeps its (warned-about) space: the file must say what the platform holds.
    assert.deepEqual(
      analysis.diagnostics.map((d) => d.code),
      ['whitespace'],
      'no non-string-name warnings: names YAML would retype are quoted',
    );
  });

  test('plain names stay unquoted, YAML look-alikes are quoted', () => {
    assert.equal(yamlScalar('ВИП-клиент'), 'ВИП-клиент');
    assert.equal(yamlScalar('yes'), '"yes"');
    assert.equal(yamlScalar('2024'), '"2024"');
    assert.equal(yamlScalar('a: b'), '"a: b"');
  });
});
