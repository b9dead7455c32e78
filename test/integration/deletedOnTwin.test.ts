// An item deleted on TWIN after a push (in the cabinet; the API has no delete) is created again by the
// next push, exactly once: the plan trusts the live list, and apply must not trust the lock file's old id
// over it. It used to: nothing was sent, the result said "Done" and the CLI exited 0.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { emptyManifest, type Manifest } from '../../core/src/manifest/model';
import { applyPlan, createTwinClient, fetchRemote, planSync, readLockFile } from '../../core/src/twin';
import {
  assertEachExactlyOnce,
  assertLockMatches,
  cliEnv,
  emulator,
  postCount,
  runCli,
  tempDir,
  writeManifest,
  type Names,
} from './helpers';

const NAMES: Names = { attributes: ['Город', 'Order number'], clientTags: ['VIP'], sessionTags: ['Жалоба'] };

function manifestOf(names: Names): Manifest {
  const m = emptyManifest();
  for (const key of ['attributes', 'clientTags', 'sessionTags'] as const)
    m.sections[key] = names[key].map((name) => ({ name }));
  return m;
}

test('twin push: an item deleted on TWIN after the first push is created again, once; exit 0, lock updated', async () => {
  const emu = await emulator();
  try {
    const file = writeManifest(tempDir(), NAMES);
    const env = cliEnv(emu);
    const first = await runCli(['push', file, '--yes'], { env });
    assert.equal(first.code, 0, first.stderr);
    const gone = emu.state.items('clientTags').find((i) => i.name === 'VIP');
    assert.ok(gone);
    // Through the admin endpoint, as a demo or a user of `twin emulator` would do it.
    const deleted = await fetch(`${emu.adminUrl}/items/clientTags/${gone.id}`, { method: 'DELETE' });
    assert.equal(deleted.status, 200);
    assert.equal(emu.state.timesStored('clientTags', 'VIP'), 0);

    const posts = postCount(emu);
    const second = await runCli(['push', file, '--yes'], { env });
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.match(second.stdout, /Client tags: 1 created/);
    assert.match(second.stdout, /Done: everything in the file exists on TWIN/);
    assert.equal(postCount(emu) - posts, 1, 'exactly one create sent');
    assertEachExactlyOnce(emu, NAMES);
    assertLockMatches(emu, file);
    const lock = readFileSync(file.replace(/\.yaml$/, '.lock'), 'utf8');
    assert.ok(!lock.includes(gone.id), 'the deleted id is no longer recorded');
  } finally {
    await emu.close();
  }
});

test('applyPlan: an id in the lock file that the live list lacks is checked and re-created, not reported as found', async () => {
  const emu = await emulator();
  try {
    const lockPath = path.join(tempDir(), 'x.twin.lock');
    const client = createTwinClient({
      baseUrl: emu.baseUrl,
      tokens: { getToken: async () => emu.issueToken() },
      retry: { baseDelayMs: 10 },
    });
    const manifest = manifestOf(NAMES);
    const first = await applyPlan(planSync(manifest, await fetchRemote(client), {}), { client, lockPath });
    assert.equal(first.complete, true);
    const gone = emu.state.items('attributes').find((i) => i.name === 'Город');
    assert.ok(gone && emu.state.remove('attributes', gone.id));

    const lock = Object.values(await readLockFile(lockPath))[0] ?? {};
    const plan = planSync(manifest, await fetchRemote(client), lock);
    assert.deepEqual(
      plan.sections.attributes.create.map((e) => e.name),
      ['Город'],
    );
    const posts = postCount(emu);
    const second = await applyPlan(plan, { client, lockPath });
    assert.equal(second.complete, true);
    assert.deepEqual(
      second.sections.attributes.created.map((c) => c.name),
      ['Город'],
    );
    assert.deepEqual(second.sections.attributes.found, []);
    assert.equal(postCount(emu) - posts, 1);
    assertEachExactlyOnce(emu, NAMES);
  } finally {
    await emu.close();
  }
});

test('applyPlan: an item a push created after the plan was made is found by the fresh list, not sent again', async () => {
  const emu = await emulator();
  try {
    const lockPath = path.join(tempDir(), 'x.twin.lock');
    const client = createTwinClient({
      baseUrl: emu.baseUrl,
      tokens: { getToken: async () => emu.issueToken() },
      retry: { baseDelayMs: 10 },
    });
    const manifest = manifestOf(NAMES);
    // Both plans are made before either push runs: the second one's create list is stale.
    const stale = planSync(manifest, await fetchRemote(client), {});
    const first = await applyPlan(planSync(manifest, await fetchRemote(client), {}), { client, lockPath });
    assert.equal(first.complete, true);
    const posts = postCount(emu);
    const second = await applyPlan(stale, { client, lockPath });
    assert.equal(second.complete, true);
    assert.equal(postCount(emu), posts, 'nothing sent again');
    assert.equal(
      Object.values(second.sections).reduce((n, s) => n + s.found.length, 0),
      4,
    );
    assertEachExactlyOnce(emu, NAMES);
  } finally {
    await emu.close();
  }
});
