// One retry loop (the client's): a create whose outcome is unknown is looked up and sent again only
// when the look proved it absent, and every kind of failure of one item draws on one budget of
// `retry.maxAttempts`, so an item is never sent more often than that, however its failures mix.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { emptyManifest } from '../../core/src/manifest/model';
import { applyPlan, createTwinClient, fetchRemote, planSync } from '../../core/src/twin';
import type { ApplyProgress } from '../../core/src/twin/types';
import type { RunningEmulator } from '../../emulator/src';
import { emulator, postCount, tempDir } from './helpers';

async function pushOne(emu: RunningEmulator, maxAttempts: number) {
  const client = createTwinClient({
    baseUrl: emu.baseUrl,
    tokens: { getToken: async () => emu.issueToken() },
    timeoutMs: 1000,
    retry: { baseDelayMs: 5, maxAttempts },
  });
  const manifest = emptyManifest();
  manifest.sections.attributes = [{ name: 'ФИО' }];
  const plan = planSync(manifest, await fetchRemote(client), {});
  const progress: ApplyProgress['outcome'][] = [];
  const result = await applyPlan(plan, {
    client,
    lockPath: path.join(tempDir(), 'x.twin.lock'),
    onProgress: (p) => progress.push(p.outcome),
  });
  return { result, progress };
}

test('500 on every create: sent maxAttempts times, each re-send after a list proved it absent, then failed', async () => {
  const emu = await emulator({ switches: { faultMethods: 'POST', faultRate: 1, faults: ['500'] } });
  try {
    const { result, progress } = await pushOne(emu, 3);
    assert.equal(postCount(emu), 3);
    assert.deepEqual(progress, ['retrying', 'retrying', 'failed']);
    assert.deepEqual(
      result.sections.attributes.failed.map((f) => [f.name, f.error.kind]),
      [['ФИО', 'server']],
    );
    const log = emu.state.log.map((e) => e.method);
    assert.deepEqual(
      log,
      ['GET', 'GET', 'GET', 'POST', 'GET', 'POST', 'GET', 'POST', 'GET'],
      'a look after each',
    );
  } finally {
    await emu.close();
  }
});

test('resets before sending and unknown outcomes share one budget: never more sends than maxAttempts', async () => {
  const faultQueue = ['reset-before', '500', 'reset-before', '500', 'reset-before', '500'] as const;
  const emu = await emulator({ switches: { faultMethods: 'POST', faultQueue: [...faultQueue] } });
  try {
    const { result } = await pushOne(emu, 3);
    assert.ok(postCount(emu) <= 3, `${postCount(emu)} sends`);
    assert.equal(emu.state.items('attributes').length, 0);
    assert.equal(result.complete, false);
  } finally {
    await emu.close();
  }
});

test('an answer lost after storing is found by the look and counted as created, sent once', async () => {
  const emu = await emulator({ switches: { faultMethods: 'POST', faultQueue: ['reset-after'] } });
  try {
    const { result } = await pushOne(emu, 3);
    assert.equal(postCount(emu), 1);
    assert.deepEqual(
      result.sections.attributes.created.map((c) => [c.name, c.recovered]),
      [['ФИО', true]],
    );
  } finally {
    await emu.close();
  }
});
