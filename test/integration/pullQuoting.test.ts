// `twin pull` writes YAML through the yaml package: names that YAML would misread unquoted come back,
// pulled and then read by the validator, as exactly the strings the platform holds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeManifest } from '../../core/src/manifest';
import { cliEnv, emulator, runCli, tempDir } from './helpers';

/** Names that need quotes, or look as if they might: each must survive the round trip unchanged. */
const NAMES = [
  'yes',
  'No',
  'on',
  'null',
  '~',
  '2024',
  '1.5',
  '0x1F',
  '1e3',
  '.inf',
  '2024-01-02',
  ': x',
  'a: b',
  'a:b',
  '#tag',
  'x #y',
  'x#y',
  '  two leading spaces',
  ' one leading space',
  "it's",
  "'single'",
  '"double"',
  'say "hi"',
  '- dash',
  '[flow]',
  '{map}',
  '&anchor',
  '*alias',
  '!tag',
  '%directive',
  '@at',
  '`tick',
  '? key',
  '| block',
  '> folded',
  'ВИП: важный',
  'Должник',
];

test('pulled names that need quotes validate and read back as the same strings', async () => {
  const emu = await emulator();
  try {
    const env = cliEnv(emu);
    for (const tag of NAMES) {
      const created = await fetch(`${emu.baseUrl}/clients/tags`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.TWIN_TOKEN ?? ''}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tag }),
      });
      assert.equal(created.status, 200, tag);
    }
    const file = path.join(tempDir(), 'pulled.twin.yaml');
    const pull = await runCli(['pull', '--out', file], { env });
    assert.equal(pull.code, 0, pull.stderr);
    const text = readFileSync(file, 'utf8');
    assert.match(
      text,
      /^# .*\nversion: 1\nattributes: \[\]\nclientTags:\n {2}- /,
      'the header, then sorted sections',
    );
    assert.match(text, /\nsessionTags: \[\]\n$/);

    const { manifest, diagnostics } = analyzeManifest(text);
    assert.ok(manifest, JSON.stringify(diagnostics));
    assert.deepEqual(manifest.sections.clientTags.map((e) => e.name).sort(), [...NAMES].sort());
    // Only the leading spaces are worth a warning (the file says what TWIN holds); no "not a string".
    const codes = new Set(diagnostics.map((d) => d.code));
    assert.deepEqual([...codes], ['whitespace'], text);

    const validate = await runCli(['validate', '--format', 'json', file]);
    assert.equal(validate.code, 0, validate.stdout + validate.stderr);
    const plan = await runCli(['plan', file, '--format', 'json'], { env });
    assert.equal(plan.code, 0, plan.stdout + plan.stderr);
  } finally {
    await emu.close();
  }
});
