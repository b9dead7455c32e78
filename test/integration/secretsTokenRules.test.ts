// Where the token may go: never over plain http to another machine, never after a redirect to another
// origin, never with credentials in the URL. Each through the real CLI; the places it must not reach are
// real servers that record what arrives.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createTwinClient, TwinApiError } from '../../core/src/twin';
import { cliEnv, emulator, runCli, tempDir, writeManifest } from './helpers';

const NAMES = { attributes: ['ФИО'], clientTags: ['ВИП'], sessionTags: [] };

for (const api of [
  'http://10.1.2.3/api/v1',
  'http://chat-api.twin24.ai/api/v1',
  'http://localhost.example.com/api/v1',
  'http://127.0.0.1.nip.io/api/v1',
  'http://0.0.0.0:8080/api/v1',
  'http://[::ffff:7f00:1]/api/v1',
])
  test(`plain http to a machine that is not this one is refused before anything is sent: ${api}`, async () => {
    const dir = tempDir();
    const file = writeManifest(dir, NAMES);
    for (const args of [['plan', file], ['push', file, '--yes'], ['pull']]) {
      const run = await runCli([...args, '--api', api], { env: { TWIN_TOKEN: 'x.y.z' } });
      assert.equal(run.code, 1, `${args[0]}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, /plain http/, args[0]);
    }
    assert.throws(
      () => createTwinClient({ baseUrl: api, tokens: { getToken: async () => 'x.y.z' } }),
      (e: unknown) => e instanceof TwinApiError && e.kind === 'insecure-url',
    );
  });

test('credentials in the API URL are refused (the token must be the only secret on the wire)', async () => {
  const run = await runCli(['pull', '--api', 'https://user:pass@chat-api.twin24.ai/api/v1'], {
    env: { TWIN_TOKEN: 'x.y.z' },
  });
  assert.equal(run.code, 1);
  assert.ok(!run.stderr.includes('pass@'), 'the password is not repeated');
});

for (const status of [301, 302, 303, 307, 308])
  for (const method of ['GET', 'POST'] as const)
    test(`a ${status} on a ${method} to another origin is not followed: the other origin never sees the token`, async () => {
      const other = await emulator();
      const seen: Array<{ method?: string; auth?: string }> = [];
      const redirector = http.createServer((req, res) => {
        seen.push({ method: req.method, auth: req.headers.authorization });
        req.resume();
        if (req.method !== method) {
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ count: 0, items: [] }));
        }
        res.writeHead(status, { location: `${other.baseUrl}${(req.url ?? '').replace(/^\/api\/v1/, '')}` });
        res.end();
      });
      await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', () => r()));
      try {
        const port = (redirector.address() as AddressInfo).port;
        const env = cliEnv(other, { TWIN_API_URL: `http://127.0.0.1:${port}/api/v1` });
        const file = writeManifest(tempDir(), NAMES);
        const run = await runCli(['push', file, '--yes', '--debug'], { env });
        assert.equal(run.code, 1, run.stdout + run.stderr);
        assert.match(run.stdout + run.stderr, /redirect/i);
        assert.equal(other.state.log.length, 0, 'the other origin received no request at all');
        assert.ok(seen.length > 0 && seen.every((s) => s.auth?.startsWith('Bearer ')));
        assert.ok(!(run.stdout + run.stderr).includes(env.TWIN_TOKEN ?? '-'), 'nor does the output show it');
      } finally {
        redirector.close();
        await other.close();
      }
    });
