// Pushes through every fault the emulator can inject: each ends with every item stored exactly once,
// and a clean exit when the faults leave room for it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EmulatorSwitches } from '../../emulator/src';
import {
  assertEachExactlyOnce,
  assertLockMatches,
  cliEnv,
  emulator,
  manyNames,
  runCli,
  tempDir,
  writeManifest,
} from './helpers';

const cases: Array<{
  title: string;
  switches: Partial<EmulatorSwitches>;
  env?: NodeJS.ProcessEnv;
  items?: number;
}> = [
  {
    title: '429 storm with Retry-After in seconds',
    switches: { rateLimitPerSecond: 12, retryAfter: 'seconds' },
    items: 8,
  },
  {
    title: '429 storm with Retry-After as an HTTP date',
    switches: { rateLimitPerSecond: 12, retryAfter: 'date' },
    items: 8,
  },
  {
    title: '429 storm without Retry-After (backoff)',
    switches: { rateLimitPerSecond: 12, retryAfter: 'none' },
    env: { TWIN_RETRY_BASE_MS: '250' },
    items: 6,
  },
  {
    title: '500, 502 and 503 on creates',
    switches: { faultQueue: ['500', '502', '503', '500', '502', '503'], faultMethods: 'POST' },
  },
  {
    title: 'resets before the item is stored',
    switches: { faultQueue: ['reset-before', 'reset-before', 'reset-before'], faultMethods: 'POST' },
  },
  {
    title: 'resets after the item is stored',
    switches: { faultQueue: ['reset-after', 'reset-after', 'reset-after'], faultMethods: 'POST' },
  },
  {
    title: 'timeouts after the item is stored',
    switches: { faultQueue: ['timeout', 'timeout'], faultMethods: 'POST' },
  },
  {
    title: 'a slow body that outlasts the time limit',
    switches: { faultQueue: ['slow-body', 'slow-body'], faultMethods: 'POST', slowBodyMs: 1500 },
  },
  {
    title: 'malformed JSON answers to creates',
    switches: { faultQueue: ['malformed-json', 'malformed-json'], faultMethods: 'POST' },
  },
  {
    title: 'faults on lists too (5xx, resets, timeouts, malformed pages)',
    switches: {
      faultQueue: ['500', 'reset-after', 'timeout', 'malformed-json'],
      faultMethods: 'GET',
      slowBodyMs: 1500,
    },
  },
  {
    title: 'a random mix of every fault on every request (seeded)',
    switches: { faultRate: 0.25, seed: 7, slowBodyMs: 1500 },
    items: 12,
  },
];

for (const c of cases) {
  test(`${c.title}: every item exactly once, exit 0`, async () => {
    const emu = await emulator({ switches: c.switches });
    try {
      const names = manyNames(c.items ?? 5);
      const file = writeManifest(tempDir(), names);
      const run = await runCli(['push', file, '--yes'], { env: cliEnv(emu, c.env) });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assertEachExactlyOnce(emu, names);
      assertLockMatches(emu, file);
      assert.ok(
        emu.state.log.some((e) => e.fault !== undefined || e.status === 429),
        'the fault really happened',
      );
    } finally {
      await emu.close();
    }
  });
}

test('a duplicate refused with 409 is found by listing and recorded, not reported as a failure', async () => {
  const emu = await emulator({
    switches: { duplicates: 'reject', faultQueue: ['reset-after'], faultMethods: 'POST' },
  });
  try {
    // The reset hides the first create's id; a lost answer must not become a second item or a failure.
    const names = { attributes: ['Один'], clientTags: [], sessionTags: [] };
    const run = await runCli(['push', writeManifest(tempDir(), names), '--yes', '--concurrency', '1'], {
      env: cliEnv(emu),
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});

test('a list that fails on every attempt stops the push with one clear line and creates nothing', async () => {
  const emu = await emulator({
    switches: { faultQueue: ['503', '503', '503', '503', '503'], faultMethods: 'GET' },
  });
  try {
    const run = await runCli(['push', writeManifest(tempDir(), manyNames(2)), '--yes'], { env: cliEnv(emu) });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, 'twin: TWIN answered with a server error (503: Service Unavailable).\n');
    assert.equal(emu.state.log.filter((e) => e.method === 'GET').length, 5, 'at most 5 attempts');
    assert.equal(emu.state.log.filter((e) => e.method === 'POST').length, 0);
  } finally {
    await emu.close();
  }
});
