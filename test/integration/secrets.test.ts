// The token goes nowhere but its own host. Recognisable tokens (a unique marker in the payload; the whole
// token string is the secret) are used for pushes, plans, pulls and failures of every kind, with --debug,
// and then every output is searched: stdout, stderr, error messages, the lock file and every other file
// the run left behind. Servers that echo the request back (headers included) are part of the test.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { configureBundledL10n } from '../../core/src/l10n/bundled';
import { emptyManifest } from '../../core/src/manifest/model';
import {
  applyPlan,
  createTwinClient,
  describeTwinError,
  fetchRemote,
  planSync,
  renderResult,
} from '../../core/src/twin';
import { cliEnv, emulator, manyNames, runCli, tempDir, writeManifest, type CliRun } from './helpers';

/** A JWT-shaped token no server signed, with a unique marker in its payload. */
function forgedToken(): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const marker = `LEAK-MARKER-${randomBytes(6).toString('hex')}`;
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ exp: 4_000_000_000, sub: marker })}.${randomBytes(24).toString('base64url')}`;
}

/** The pieces of a token that must not appear: the whole, its signature, its header+payload. */
function secretPieces(token: string): string[] {
  const [head = '', payload = '', signature = ''] = token.split('.');
  return [token, signature, `${head}.${payload}`].filter((p) => p.length >= 16);
}

/** Asserts none of the token's pieces is in `text`. */
function assertClean(text: string, token: string, where: string): void {
  for (const piece of secretPieces(token))
    assert.ok(!text.includes(piece), `${where} contains the token (${piece.slice(0, 12)}…)`);
}

/** Every file under `dir` (the lock, temp files, pulled manifests...), as text. */
function filesUnder(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push([p, readFileSync(p, 'latin1')]);
  }
  return out;
}

function assertRunClean(run: CliRun, token: string, what: string): void {
  assertClean(run.stdout, token, `${what}: stdout`);
  assertClean(run.stderr, token, `${what}: stderr`);
}

function assertFilesClean(dir: string, token: string): void {
  const files = filesUnder(dir);
  assert.ok(files.length > 0);
  for (const [file, text] of files) assertClean(text, token, file);
}

test('push, plan, plan --format json and pull with --debug: the token is in no output and no file', async () => {
  const emu = await emulator();
  try {
    const dir = tempDir();
    const file = writeManifest(dir, manyNames(3));
    const env = cliEnv(emu);
    const token = env.TWIN_TOKEN ?? '';
    const runs = [
      await runCli(['plan', file, '--debug'], { env }),
      await runCli(['push', file, '--yes', '--debug'], { env }),
      await runCli(['plan', file, '--format', 'json', '--debug'], { env }),
      await runCli(['pull', '--out', path.join(dir, 'pulled.twin.yaml'), '--debug'], { env }),
    ];
    assert.deepEqual(
      runs.map((r) => r.code),
      [2, 0, 0, 0],
    );
    runs.forEach((r, i) => assertRunClean(r, token, `run ${i}`));
    assertFilesClean(dir, token);
  } finally {
    await emu.close();
  }
});

const failures: Array<{
  title: string;
  setup: Parameters<typeof emulator>[0];
  token?: 'forged' | 'expired';
}> = [
  {
    title: 'every create answers 500',
    setup: { switches: { faultRate: 1, faults: ['500'], faultMethods: 'POST' } },
  },
  {
    title: 'every list answers 503',
    setup: { switches: { faultRate: 1, faults: ['503'], faultMethods: 'GET' } },
  },
  { title: 'the token expires halfway', setup: { switches: { expireAfter: 5 } } },
  { title: 'a token the server never signed (401 Invalid token)', setup: {}, token: 'forged' },
  { title: 'an expired token', setup: {}, token: 'expired' },
  {
    title: 'answers lost after storing, listing off (unknown outcomes)',
    setup: { switches: { listing: false, faultRate: 1, faults: ['reset-after'], faultMethods: 'POST' } },
  },
];

for (const f of failures)
  test(`a push that fails (${f.title}), with --debug: the token is in no output and no file`, async () => {
    const emu = await emulator(f.setup);
    try {
      const dir = tempDir();
      const file = writeManifest(dir, manyNames(3));
      const token =
        f.token === 'forged'
          ? forgedToken()
          : f.token === 'expired'
            ? emu.issueToken({ expiresInSeconds: -5 })
            : emu.issueToken();
      const env = cliEnv(emu, { TWIN_TOKEN: token });
      const push = await runCli(['push', file, '--yes', '--debug'], { env });
      const plan = await runCli(['plan', file, '--debug'], { env });
      assert.equal(push.code, 1, push.stdout + push.stderr);
      assertRunClean(push, token, 'push');
      assertRunClean(plan, token, 'plan');
      if (filesUnder(dir).length > 1) assertFilesClean(dir, token);
    } finally {
      await emu.close();
    }
  });

/** A server that echoes each request back in its error answer, headers and all, as some APIs do. */
async function echoingServer(status: number, on: 'GET' | 'POST'): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method !== on) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ count: 0, items: [] }));
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: `Request refused: ${req.headers.authorization ?? ''}`,
          details: {
            headers: req.headers,
            escaped: JSON.stringify(req.headers.authorization).replace(/\//g, '\\/'),
          },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/v1`, close: () => server.close() };
}

for (const [status, method] of [
  [400, 'POST'],
  [422, 'POST'],
  [500, 'POST'],
  [401, 'GET'],
  [403, 'GET'],
  [500, 'GET'],
] as const)
  test(`a server that echoes the Authorization header in a ${status} to a ${method}: the CLI never repeats it`, async () => {
    const server = await echoingServer(status, method);
    try {
      const dir = tempDir();
      const file = writeManifest(dir, { attributes: ['a'], clientTags: [], sessionTags: [] });
      const token = forgedToken();
      const env = {
        TWIN_API_URL: server.url,
        TWIN_TOKEN: token,
        TWIN_HTTP_TIMEOUT_MS: '2000',
        TWIN_RETRY_BASE_MS: '5',
      };
      const push = await runCli(['push', file, '--yes', '--debug'], { env });
      assert.equal(push.code, 1);
      // The server's own words still reach the user, only the token is blanked.
      assert.match(push.stdout + push.stderr, /Request refused: Bearer \*\*\*/);
      assertRunClean(push, token, 'push');
      assertFilesClean(dir, token);
    } finally {
      server.close();
    }
  });

test('in-process (the VS Code path): results, rendered reports and error messages never hold the token', async () => {
  const server = await echoingServer(400, 'POST');
  try {
    const token = forgedToken();
    const client = createTwinClient({
      baseUrl: server.url,
      tokens: { getToken: async () => token },
      retry: { baseDelayMs: 5 },
    });
    const manifest = emptyManifest();
    manifest.sections.clientTags = [{ name: 'ВИП' }];
    const result = await applyPlan(planSync(manifest, await fetchRemote(client), {}), {
      client,
      lockPath: path.join(tempDir(), 'x.twin.lock'),
    });
    const error = result.sections.clientTags.failed[0]?.error;
    assert.equal(error?.kind, 'rejected');
    assertClean(JSON.stringify(result), token, 'the result');
    for (const locale of ['en', 'ru'] as const) {
      configureBundledL10n(locale);
      assertClean(renderResult(result).join('\n'), token, `the ${locale} report`);
      assertClean(describeTwinError(error), token, `the ${locale} error`);
    }
  } finally {
    server.close();
  }
});

/** An IAM that refuses everything and echoes the whole request back: body and headers. */
async function echoingIam(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `refused: ${body}`, details: { headers: req.headers, body } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

test('a password and a refresh token echoed back by IAM reach no output, even with --debug', async () => {
  const iam = await echoingIam();
  try {
    const password = `PASSWORD-MARKER-${randomBytes(6).toString('hex')}`;
    const refreshToken = `REFRESH-MARKER-${randomBytes(12).toString('hex')}`;
    const base = { TWIN_API_URL: 'http://127.0.0.1:9/api/v1', TWIN_IAM_URL: iam.url };
    for (const [what, env, secret] of [
      ['password sign-in', { ...base, TWIN_EMAIL: 'ci@twin.local', TWIN_PASSWORD: password }, password],
      ['refresh-token sign-in', { ...base, TWIN_REFRESH_TOKEN: refreshToken }, refreshToken],
    ] as const)
      for (const command of [['whoami'], ['pull']]) {
        const run = await runCli([...command, '--debug'], { env });
        assert.equal(run.code, 1, `${what}: ${run.stderr}`);
        assert.match(run.stderr, /sign in again|did not accept/, `${what}: says what went wrong`);
        for (const stream of [run.stdout, run.stderr])
          assert.ok(!stream.includes(secret), `${what} ${command.join(' ')}: the secret was printed`);
      }
  } finally {
    await iam.close();
  }
});
