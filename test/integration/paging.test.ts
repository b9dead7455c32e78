// More than 100 items per section: lists are read page by page, so nothing is missed or created twice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertEachExactlyOnce,
  cliEnv,
  emulator,
  manyNames,
  postCount,
  runCli,
  tempDir,
  writeManifest,
} from './helpers';

test('with 130 items per section, a second push and a pull see every page', async () => {
  const emu = await emulator();
  try {
    const names = manyNames(130);
    const file = writeManifest(tempDir(), names);
    const env = cliEnv(emu);
    const first = await runCli(['push', file, '--yes', '--concurrency', '8'], { env });
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assertEachExactlyOnce(emu, names);
    const posts = postCount(emu);
    const plan = await runCli(['plan', file, '--format', 'json'], { env });
    assert.equal(plan.code, 0);
    const json = JSON.parse(plan.stdout) as {
      sections: Record<string, { existing: string[]; create: string[] }>;
    };
    for (const s of ['attributes', 'clientTags', 'sessionTags'])
      assert.equal(json.sections[s]?.existing.length, 130);
    assert.ok(
      emu.state.log.some((e) => e.method === 'GET' && e.path === '/clients/tags'),
      'lists were read',
    );
    const second = await runCli(['push', file, '--yes'], { env });
    assert.equal(second.code, 0);
    assert.equal(postCount(emu), posts, 'nothing created twice');
    const pull = await runCli(['pull'], { env });
    assert.equal(pull.code, 0, pull.stderr);
    for (const n of [...names.attributes, ...names.clientTags, ...names.sessionTags])
      assert.ok(pull.stdout.includes(n), n);
  } finally {
    await emu.close();
  }
});
