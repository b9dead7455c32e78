// The sync engine in-process against the emulator, for what the VS Code client relies on: one token
// prompt for many 401s, no token on a cross-origin redirect, an unwritable lock file, two pushes at once.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { emptyManifest, type Manifest } from '../../core/src/manifest/model';
import {
  applyPlan,
  createTwinClient,
  fetchRemote,
  planSync,
  TwinApiError,
  type ApplyResult,
  type TwinClientOptions,
} from '../../core/src/twin';
import type { RunningEmulator } from '../../emulator/src';
import {
  assertEachExactlyOnce,
  emulator,
  manyNames,
  storedCount,
  tempDir,
  waitFor,
  type Names,
} from './helpers';

function manifestOf(names: Names): Manifest {
  const m = emptyManifest();
  for (const key of ['attributes', 'clientTags', 'sessionTags'] as const)
    m.sections[key] = names[key].map((name) => ({ name }));
  return m;
}

function clientFor(
  emu: RunningEmulator,
  tokens: TwinClientOptions['tokens'],
  extra: Partial<TwinClientOptions> = {},
) {
  return createTwinClient({
    baseUrl: emu.baseUrl,
    tokens,
    timeoutMs: 1000,
    retry: { baseDelayMs: 10 },
    ...extra,
  });
}

const count = (r: ApplyResult, what: 'created' | 'found' | 'failed' | 'uncertain' | 'notStarted') =>
  Object.values(r.sections).reduce((n, s) => n + s[what].length, 0);

test('many requests failing with "Token is expired." at once lead to one prompt; the push resumes and completes', async () => {
  const emu = await emulator({ switches: { expireAfter: 4, latencyMs: 5 } });
  try {
    const names = manyNames(6);
    let prompts = 0;
    const client = clientFor(
      emu,
      {
        getToken: async () => emu.issueToken(),
        onUnauthorized: async (expired) => {
          prompts++;
          assert.equal(expired, true);
          return emu.issueToken();
        },
      },
      { concurrency: 4 },
    );
    const result = await applyPlan(planSync(manifestOf(names), await fetchRemote(client), {}), {
      client,
      lockPath: path.join(tempDir(), 'x.twin.lock'),
    });
    assert.equal(prompts, 1);
    assert.equal(result.complete, true);
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});

test('declining the prompt stops cleanly: nothing more is sent and the result accounts for every item', async () => {
  const emu = await emulator({ switches: { expireAfter: 5 } });
  try {
    const names = manyNames(5);
    const client = clientFor(
      emu,
      { getToken: async () => emu.issueToken(), onUnauthorized: async () => undefined },
      { concurrency: 2 },
    );
    const result = await applyPlan(planSync(manifestOf(names), await fetchRemote(client), {}), {
      client,
      lockPath: path.join(tempDir(), 'x.twin.lock'),
    });
    assert.equal(result.complete, false);
    assert.equal(result.stoppedBy?.kind, 'token-expired');
    assert.equal(count(result, 'created'), storedCount(emu));
    assert.equal(count(result, 'created') + count(result, 'notStarted'), 15);
  } finally {
    await emu.close();
  }
});

test('a redirect to another origin is not followed with the token', async () => {
  const emu = await emulator();
  const seen: Array<string | undefined> = [];
  const redirector = http.createServer((req, res) => {
    seen.push(req.headers.authorization);
    res.writeHead(307, { location: `${emu.baseUrl}${(req.url ?? '').replace(/^\/api\/v1/, '')}` });
    res.end();
  });
  await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', () => r()));
  try {
    const port = (redirector.address() as AddressInfo).port;
    const client = createTwinClient({
      baseUrl: `http://127.0.0.1:${port}/api/v1`,
      tokens: { getToken: async () => emu.issueToken() },
    });
    await assert.rejects(
      fetchRemote(client),
      (e: unknown) => e instanceof TwinApiError && e.kind === 'cross-origin-redirect',
    );
    assert.equal(seen.length, 1, 'asked once, not retried');
    assert.equal(emu.state.log.length, 0, 'the other origin never saw a request');
  } finally {
    redirector.close();
    await emu.close();
  }
});

test('an unwritable lock file stops the push and says so; what was created is reported truthfully', async () => {
  const emu = await emulator();
  try {
    const names = manyNames(3);
    const client = clientFor(emu, { getToken: async () => emu.issueToken() });
    const lockPath = path.join(tempDir(), 'missing-folder', 'x.twin.lock');
    const result = await applyPlan(planSync(manifestOf(names), await fetchRemote(client), {}), {
      client,
      lockPath,
    });
    assert.equal(result.complete, false);
    assert.equal(result.stoppedBy?.kind, 'lock-write');
    assert.equal(count(result, 'created'), storedCount(emu));
  } finally {
    await emu.close();
  }
});

test('two pushes of the same file at once: the second is refused while the first runs; each item exists once', async () => {
  const emu = await emulator({ switches: { latencyMs: 10 } });
  try {
    const names = manyNames(6);
    const lockPath = path.join(tempDir(), 'x.twin.lock');
    const client = clientFor(emu, { getToken: async () => emu.issueToken() });
    const plan = planSync(manifestOf(names), await fetchRemote(client), {});
    const [a, b] = await Promise.all([
      applyPlan(plan, { client, lockPath }),
      applyPlan(plan, { client, lockPath }),
    ]);
    const busy = [a, b].filter((r) => r.stoppedBy?.kind === 'busy');
    assert.equal(busy.length, 1, 'exactly one was refused');
    assert.equal(count(busy[0] as ApplyResult, 'notStarted'), 18);
    assertEachExactlyOnce(emu, names);
    // A push planned before the other finished does not send what the lock file now records.
    const late = await applyPlan(plan, { client, lockPath });
    assert.equal(late.complete, true);
    assert.equal(count(late, 'found'), 18);
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});

test('cancelling a read (plan, pull) aborts the list in flight instead of waiting for its answer', async () => {
  const emu = await emulator({ switches: { latencyMs: 5000 } });
  try {
    const client = clientFor(emu, { getToken: async () => emu.issueToken() }, { timeoutMs: 30_000 });
    const cancel = new AbortController();
    const reading = fetchRemote(client, cancel.signal);
    await waitFor(() => emu.state.log.length > 0, 'the list request to arrive');
    cancel.abort();
    await assert.rejects(reading, (e: unknown) => e instanceof TwinApiError && e.kind === 'cancelled');
  } finally {
    await emu.close();
  }
});

test('under a rate limit, waiting for Retry-After does not use up the attempts meant for failures', async () => {
  const emu = await emulator({ switches: { rateLimitPerSecond: 4, retryAfter: 'seconds' } });
  try {
    const names: Names = {
      attributes: Array.from({ length: 12 }, (_, i) => `a${i}`),
      clientTags: [],
      sessionTags: [],
    };
    const client = clientFor(
      emu,
      { getToken: async () => emu.issueToken() },
      { retry: { maxAttempts: 2, baseDelayMs: 10 } },
    );
    const result = await applyPlan(planSync(manifestOf(names), await fetchRemote(client), {}), {
      client,
      lockPath: path.join(tempDir(), 'x.twin.lock'),
    });
    assert.equal(result.complete, true, JSON.stringify(result.sections.attributes.failed));
    assert.ok(
      emu.state.log.some((e) => e.status === 429),
      'the limit was hit',
    );
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});
