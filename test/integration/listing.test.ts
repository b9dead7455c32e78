// Servers that cannot list (404/405 on GET): the lock file alone keeps pushes from creating twice, and an
// unknown outcome is reported as such instead of being retried into a duplicate.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  assertEachExactlyOnce,
  cliEnv,
  emulator,
  postCount,
  runCli,
  tempDir,
  writeManifest,
  type Names,
} from './helpers';

const NAMES: Names = { attributes: ['a1', 'a2'], clientTags: ['t1'], sessionTags: ['s1', 's2'] };

for (const status of [404, 405] as const) {
  test(`listing off (${status}): pushes rely on the lock file and never create twice`, async () => {
    const emu = await emulator({ switches: { listing: false, listingOffStatus: status } });
    try {
      const dir = tempDir();
      const env = cliEnv(emu);
      const first = await runCli(['push', writeManifest(dir, NAMES), '--yes'], { env });
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.match(first.stdout, /relies on the lock file alone/);
      const posts = postCount(emu);
      const second = await runCli(['push', path.join(dir, 'company.twin.yaml'), '--yes'], { env });
      assert.equal(second.code, 0, second.stdout + second.stderr);
      assert.equal(postCount(emu), posts);
      // Adding one item creates just that one.
      const third = await runCli(
        ['push', writeManifest(dir, { ...NAMES, clientTags: ['t1', 't2'] }), '--yes'],
        { env },
      );
      assert.equal(third.code, 0, third.stdout + third.stderr);
      assertEachExactlyOnce(emu, { ...NAMES, clientTags: ['t1', 't2'] });
      const pull = await runCli(['pull'], { env });
      assert.equal(pull.code, 1);
      assert.match(pull.stderr, /cannot list/);
    } finally {
      await emu.close();
    }
  });
}

test('listing off and an answer lost after storing: reported unknown, recorded, never re-sent', async () => {
  const emu = await emulator({
    switches: { listing: false, faultQueue: ['reset-after'], faultMethods: 'POST' },
  });
  try {
    const dir = tempDir();
    const names: Names = { attributes: ['lost'], clientTags: [], sessionTags: [] };
    const file = writeManifest(dir, names);
    const env = cliEnv(emu);
    const first = await runCli(['push', file, '--yes'], { env });
    assert.equal(first.code, 1, 'not everything is known to exist');
    assert.match(first.stdout, /1 unknown/);
    assert.match(first.stdout, /lost: sent, but TWIN did not confirm it/);
    const lock = JSON.parse(readFileSync(path.join(dir, 'company.twin.lock'), 'utf8')) as Record<
      string,
      unknown
    >;
    assert.deepEqual(lock[`${emu.baseUrl} company=1`], { attributes: { lost: null } });
    const second = await runCli(['push', file, '--yes'], { env });
    assert.equal(second.code, 1);
    assert.match(second.stdout, /! unknown {3}lost/);
    const plan = await runCli(['plan', file, '--format', 'json'], { env });
    assert.deepEqual((JSON.parse(plan.stdout) as { sections: { attributes: unknown } }).sections.attributes, {
      create: [],
      existing: [],
      remoteOnly: [],
      uncertain: ['lost'],
    });
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});
