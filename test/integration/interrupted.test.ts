// A push stopped halfway (process killed, Ctrl+C, or cancelled in-process) and then run again ends with
// every item exactly once, and the interrupted run's report says what it did and did not do.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeManifest } from '../../core/src/manifest';
import {
  applyPlan,
  createTwinClient,
  fetchRemote,
  lockPathFor,
  lockSectionsFor,
  planSync,
  readLockFile,
  lockKeyFor,
} from '../../core/src/twin';
import { readFileSync } from 'node:fs';
import {
  assertEachExactlyOnce,
  assertLockMatches,
  cliEnv,
  emulator,
  manyNames,
  runCli,
  storedCount,
  tempDir,
  waitFor,
  writeManifest,
} from './helpers';

test('a push killed mid-way, then run again, ends with every item exactly once', async () => {
  const emu = await emulator({ switches: { latencyMs: 15 } });
  try {
    const names = manyNames(20);
    const file = writeManifest(tempDir(), names);
    const env = cliEnv(emu);
    const killed = await runCli(['push', file, '--yes', '--concurrency', '2'], {
      env,
      started: (child) => {
        void waitFor(() => storedCount(emu) >= 10, '10 items stored').then(() => child.kill('SIGKILL'));
      },
    });
    assert.equal(killed.signal, 'SIGKILL');
    const partial = storedCount(emu);
    assert.ok(partial > 0 && partial < 60, `killed part-way (${partial} of 60 stored)`);
    const again = await runCli(['push', file, '--yes'], { env });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assertEachExactlyOnce(emu, names);
    assertLockMatches(emu, file);
  } finally {
    await emu.close();
  }
});

test('Ctrl+C stops new requests, reports what was not started, and a re-run completes exactly once', async () => {
  const emu = await emulator({ switches: { latencyMs: 15 } });
  try {
    const names = manyNames(20);
    const dir = tempDir();
    const file = writeManifest(dir, names);
    const env = cliEnv(emu);
    const cancelled = await runCli(['push', file, '--yes', '--concurrency', '2'], {
      env,
      started: (child) => {
        void waitFor(() => storedCount(emu) >= 10, '10 items stored').then(() => child.kill('SIGINT'));
      },
    });
    assert.equal(cancelled.code, 1, cancelled.stdout + cancelled.stderr);
    assert.match(cancelled.stdout, /Cancelled: the rest was not sent\./);
    assert.match(cancelled.stdout, /[1-9]\d* not started/);
    // Every item stored so far is in the lock file: in-flight creates finished and were recorded.
    const lock = JSON.parse(readFileSync(path.join(dir, 'company.twin.lock'), 'utf8')) as Record<
      string,
      Record<string, Record<string, string>>
    >;
    const recorded = Object.values(lock[`${emu.baseUrl} company=1`] ?? {}).reduce(
      (n, s) => n + Object.keys(s).length,
      0,
    );
    assert.equal(recorded, storedCount(emu));
    const again = await runCli(['push', file, '--yes'], { env });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assertEachExactlyOnce(emu, names);
    assertLockMatches(emu, file);
  } finally {
    await emu.close();
  }
});

test('cancelling applyPlan in-process: in-flight creates finish and are recorded, the rest is not started', async () => {
  const emu = await emulator({ switches: { latencyMs: 10 } });
  try {
    const names = manyNames(15);
    const manifestPath = writeManifest(tempDir(), names);
    const manifest = analyzeManifest(readFileSync(manifestPath, 'utf8')).manifest;
    assert.ok(manifest);
    const token = emu.issueToken();
    const client = createTwinClient({
      baseUrl: emu.baseUrl,
      tokens: { getToken: async () => token },
      concurrency: 3,
    });
    const lockPath = lockPathFor(manifestPath);
    const cancel = new AbortController();
    const plan = planSync(manifest, await fetchRemote(client), {});
    const result = await applyPlan(plan, {
      client,
      lockPath,
      signal: cancel.signal,
      onProgress: (p) => {
        if (p.done >= 8) cancel.abort();
      },
    });
    assert.equal(result.cancelled, true);
    assert.equal(result.complete, false);
    const created = Object.values(result.sections).reduce((n, s) => n + s.created.length, 0);
    const notStarted = Object.values(result.sections).reduce((n, s) => n + s.notStarted.length, 0);
    assert.equal(created, storedCount(emu), 'the result counts exactly what the emulator stored');
    assert.equal(created + notStarted, 45, 'every item is accounted for');
    assert.ok(notStarted > 0);
    const lock = lockSectionsFor(await readLockFile(lockPath), lockKeyFor(emu.baseUrl, '1'));
    assert.equal(
      Object.values(lock).reduce((n, s) => n + Object.keys(s ?? {}).length, 0),
      created,
    );

    const rerun = await applyPlan(planSync(manifest, await fetchRemote(client), lock), { client, lockPath });
    assert.equal(rerun.complete, true);
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});
