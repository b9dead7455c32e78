import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeManifest } from '../../../core/src/manifest';
import type { RemoteState } from '../../../core/src/twin/types';
import { manifestTextFromRemote, yamlScalar } from '../../../client/src/remote/manifestText';
import { en, ru } from './helpers';

const item = (name: string, i: number) => ({ id: `id-${i}`, name });

describe('manifestTextFromRemote (Pull)', () => {
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
    const remote: RemoteState = {
      sections: {
        attributes: tricky.map(item),
        clientTags: [item('ВИП-клиент', 1), item('часто обращается', 2)],
        sessionTags: [],
      },
    };
    const text = manifestTextFromRemote(remote, 'h.example', en);
    assert.match(text, /^# Pulled from h\.example: what the platform holds\.\nversion: 1\nattributes:\n/);
    assert.match(text, /\nsessionTags: \[\]\n$/);
    assert.match(text, /clientTags:\n {2}- ВИП-клиент\n {2}- часто обращается\n/);
    const back = analyzeManifest(text);
    assert.ok(back.manifest, JSON.stringify(back.diagnostics));
    assert.deepEqual(back.manifest.sections.attributes.map((e) => e.name).sort(), [...tricky].sort());
    assert.equal(manifestTextFromRemote(remote, 'h.example', en), text, 'deterministic');
    assert.match(manifestTextFromRemote(remote, 'h.example', ru), /^# Загружено из h\.example/);
  });

  test('plain names stay unquoted, YAML look-alikes are quoted', () => {
    assert.equal(yamlScalar('ВИП-клиент'), 'ВИП-клиент');
    assert.equal(yamlScalar('yes'), '"yes"');
    assert.equal(yamlScalar('2024'), '"2024"');
    assert.equal(yamlScalar('a: b'), '"a: b"');
  });
});
