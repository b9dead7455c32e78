// The emulator over real HTTP: the documented API shapes, auth, paging, the admin endpoint, persistence,
// and `twin emulator` as users start it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { startEmulator } from '../../emulator/src';
import { CLI, emulator, runCli, tempDir, waitFor, writeManifest } from './helpers';

async function call(url: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(init.body !== undefined
      ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
      : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

test('creates answer 200 {id}; lists page with {count, items}; tags carry `tag`, attributes `name`', async () => {
  const emu = await emulator();
  try {
    const token = emu.issueToken();
    const created = await call(`${emu.baseUrl}/clients/attributes`, {
      method: 'POST',
      token,
      body: { name: 'Имя клиента' },
    });
    assert.equal(created.status, 200);
    assert.match(
      String(created.body.id),
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    for (let i = 0; i < 25; i++)
      assert.equal(
        (await call(`${emu.baseUrl}/sessions/tags`, { method: 'POST', token, body: { tag: `t${i}` } }))
          .status,
        200,
      );
    const page = await call(`${emu.baseUrl}/sessions/tags?offset=20`, { token });
    assert.equal(page.body.count, 25);
    assert.deepEqual(
      (page.body.items as Array<{ tag: string }>).map((i) => i.tag),
      ['t20', 't21', 't22', 't23', 't24'],
    );
    const first = await call(`${emu.baseUrl}/sessions/tags`, { token });
    assert.equal((first.body.items as unknown[]).length, 20, 'default limit 20');
    const attrs = await call(`${emu.baseUrl}/clients/attributes?limit=500&withoutCount=true`, { token });
    assert.equal(attrs.body.count, undefined);
    assert.deepEqual(
      (attrs.body.items as Array<{ name: string }>).map((i) => i.name),
      ['Имя клиента'],
    );
  } finally {
    await emu.close();
  }
});

test('a missing or blank name is 422 with details; bad JSON 400; the wrong field for a tag is 422', async () => {
  const emu = await emulator();
  try {
    const token = emu.issueToken();
    const blank = await call(`${emu.baseUrl}/clients/attributes`, {
      method: 'POST',
      token,
      body: { name: '  ' },
    });
    assert.equal(blank.status, 422);
    assert.deepEqual(blank.body.details, { name: ['This value should not be blank.'] });
    assert.equal(
      (await call(`${emu.baseUrl}/clients/tags`, { method: 'POST', token, body: { name: 'x' } })).status,
      422,
    );
    assert.equal(
      (await call(`${emu.baseUrl}/clients/tags`, { method: 'POST', token, body: '{oops' })).status,
      400,
    );
    assert.equal(emu.state.items('clientTags').length, 0);
  } finally {
    await emu.close();
  }
});

test('no token, a forged token and an expired token are 401; only the expired one says "Token is expired."', async () => {
  const emu = await emulator();
  const other = await startEmulator();
  try {
    const url = `${emu.baseUrl}/clients/tags`;
    assert.equal((await call(url)).status, 401);
    const forged = await call(url, { token: other.issueToken() });
    assert.equal(forged.status, 401);
    assert.notEqual(forged.body.error, 'Token is expired.');
    const expired = await call(url, { token: emu.issueToken({ expiresInSeconds: -1 }) });
    assert.deepEqual(expired, {
      ...expired,
      status: 401,
      body: { error: 'Token is expired.', details: null },
    });
  } finally {
    await other.close();
    await emu.close();
  }
});

test('switches change at run time over the admin endpoint: listing off, duplicates rejected, 429 with Retry-After', async () => {
  const emu = await emulator();
  try {
    const token = emu.issueToken();
    const admin = (body: unknown) => call(`${emu.adminUrl}/switches`, { method: 'POST', body });
    assert.equal((await admin({ listing: false, listingOffStatus: 405 })).status, 200);
    assert.equal((await call(`${emu.baseUrl}/clients/tags`, { token })).status, 405);
    assert.equal((await admin({ duplicates: 'reject' })).status, 200);
    await call(`${emu.baseUrl}/clients/tags`, { method: 'POST', token, body: { tag: 'vip' } });
    assert.equal(
      (await call(`${emu.baseUrl}/clients/tags`, { method: 'POST', token, body: { tag: 'VIP' } })).status,
      409,
    );
    assert.equal((await admin({ rateLimitPerSecond: 1 })).status, 200);
    await call(`${emu.baseUrl}/clients/tags`, { method: 'POST', token, body: { tag: 'a' } });
    const limited = await call(`${emu.baseUrl}/clients/tags`, { method: 'POST', token, body: { tag: 'b' } });
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('retry-after') ?? '', /^\d+$/);
    assert.equal((await admin({ latencyMs: -5 })).status, 400);
    const state = await call(`${emu.adminUrl}/state`);
    assert.ok(Array.isArray(state.body.log));
    const issued = await call(`${emu.adminUrl}/token`, { method: 'POST', body: { companyId: '9' } });
    assert.equal(typeof issued.body.token, 'string');
  } finally {
    await emu.close();
  }
});

test('--data keeps items and tokens across a restart', async () => {
  const dataFile = path.join(tempDir(), 'emu.json');
  const first = await startEmulator({ dataFile });
  const token = first.issueToken();
  await call(`${first.baseUrl}/clients/attributes`, { method: 'POST', token, body: { name: 'kept' } });
  await first.close();
  const second = await startEmulator({ dataFile });
  try {
    const list = await call(`${second.baseUrl}/clients/attributes`, { token });
    assert.equal(list.status, 200, 'a token from before the restart still works');
    assert.deepEqual(
      (list.body.items as Array<{ name: string }>).map((i) => i.name),
      ['kept'],
    );
  } finally {
    await second.close();
  }
});

test('`twin emulator` prints its URL and a ready token that a push can use, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  try {
    await waitFor(() => /TWIN_TOKEN=\S+/.test(out), 'the emulator banner');
    const url = /TWIN_API_URL=(\S+)/.exec(out)?.[1] ?? '';
    const token = /TWIN_TOKEN=(\S+)/.exec(out)?.[1] ?? '';
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const names = { attributes: ['a'], clientTags: ['b'], sessionTags: ['c'] };
    const push = await runCli(['push', writeManifest(tempDir(), names), '--yes'], {
      env: { TWIN_API_URL: url, TWIN_TOKEN: token },
    });
    assert.equal(push.code, 0, push.stdout + push.stderr);
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0);
  assert.match(out, /Emulator stopped\./);
});
