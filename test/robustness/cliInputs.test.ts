// Hostile files through `twin validate` and `twin push`: each gets clear one-line problems with a place,
// no stack trace and no crash, and a push of any of them sends nothing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cliEnv, emulator, runCli, tempDir } from '../integration/helpers';
import { failIfStillRunningAfter } from './support';

failIfStillRunningAfter(240, __filename);

const FILES: ReadonlyArray<[string, string | Buffer]> = [
  // Random bytes as characters, written as UTF-8 (raw random bytes are not UTF-8: see below).
  ['binary.twin.yaml', randomBytes(4096).toString('latin1')],
  ['deep.twin.yaml', `attributes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
  [
    'bomb.twin.yaml',
    `x: &a [l, l, l, l, l, l, l, l, l, l]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nattributes: *b\n`,
  ],
  ['lone-cr.twin.yaml', 'attributes:\r  - a\r  - a\r'],
  ['tabs.twin.yaml', 'attributes:\n\t- a\n'],
  ['nul.twin.yaml', 'attributes:\n  - "a\\0b"\n'],
];

/** Not UTF-8: read leniently it would be a valid manifest naming "caf��". */
const LATIN1: [string, Buffer] = [
  'latin1.twin.yaml',
  Buffer.from('version: 1\nattributes:\n  - café\n', 'latin1'),
];

test('twin validate: hostile files get located one-line problems, exit 1, no stack trace', async () => {
  const dir = tempDir();
  for (const [name, content] of FILES) {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const run = await runCli(['validate', file]);
    assert.equal(run.code, 1, `${name}: ${run.stdout}${run.stderr}`);
    const lines = (run.stdout + run.stderr).trim().split('\n');
    assert.ok(lines.length > 0);
    for (const line of lines) {
      assert.match(
        line,
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: (error|warning) `),
        `${name}: ${line}`,
      );
      assert.doesNotMatch(line, /^\s+at /, 'no stack trace');
    }
  }
});

test('a file that is not UTF-8 is refused with where, by validate, plan and push, in both languages', async () => {
  const file = path.join(tempDir(), LATIN1[0]);
  writeFileSync(file, LATIN1[1]);
  const validate = await runCli(['validate', file]);
  assert.equal(validate.code, 1);
  assert.equal(
    validate.stderr,
    `${file}: cannot read the file (not UTF-8 text (line 3, column 8); save it as UTF-8)\n`,
  );
  const emu = await emulator();
  try {
    for (const command of ['plan', 'push']) {
      const run = await runCli([command, file, '--yes'].slice(0, command === 'plan' ? 2 : 3), {
        env: cliEnv(emu, { LANG: 'ru_RU.UTF-8' }),
      });
      assert.equal(run.code, 1, command);
      assert.match(run.stderr, /это не текст в UTF-8 \(строка 3, столбец 8\)/, command);
    }
    assert.equal(emu.state.log.length, 0, 'nothing sent');
  } finally {
    await emu.close();
  }
});

test('twin push: none of them is sent', async () => {
  const emu = await emulator();
  try {
    const dir = tempDir();
    for (const [name, content] of [...FILES, LATIN1, ['raw-binary.twin.yaml', randomBytes(4096)] as const]) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const run = await runCli(['push', file, '--yes'], { env: cliEnv(emu) });
      assert.equal(run.code, 1, name);
    }
    assert.equal(emu.state.log.length, 0, 'not one request');
  } finally {
    await emu.close();
  }
});
