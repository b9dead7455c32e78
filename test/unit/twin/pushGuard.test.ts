// The one-push-per-lock-file guard: however many pushes start together, exactly one holds it.
import assert from 'node:assert/strict';
import { tempDir } from '../../support/tempDir';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { acquirePushGuard, PushBusyError } from '../../../core/src/twin/pushGuard';

test('of twenty pushes starting at once, exactly one gets the guard; the rest are told it is busy', async () => {
  for (let round = 0; round < 5; round++) {
    const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => acquirePushGuard(lockPath)));
    const held = outcomes.filter((o) => o.status === 'fulfilled');
    assert.equal(held.length, 1, `round ${round}: ${held.length} held the guard at once`);
    for (const o of outcomes)
      if (o.status === 'rejected') assert.ok(o.reason instanceof PushBusyError, String(o.reason));
    await (held[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
    assert.deepEqual(readdirSync(path.dirname(lockPath)), [], 'nothing left behind');
  }
});

test('a guard left by a process that is gone is taken over', async () => {
  const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
  writeFileSync(`${lockPath}.busy`, '999999999\n'); // no such process
  const guard = await acquirePushGuard(lockPath);
  await assert.rejects(acquirePushGuard(lockPath), PushBusyError);
  await guard.release();
});
