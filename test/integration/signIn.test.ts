// CI credentials through the real CLI bundle against the emulated IAM: a password sign-in whose
// 60-second token dies mid-push is refreshed without a prompt and every item exists exactly once;
// the same when expired tokens are answered with 403. No secret reaches the output or the lock file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEMO_USER, OTHER_COMPANY_USER, type RunningEmulator } from '../../emulator/src';
import { lockPathFor } from '../../core/src/twin';
import {
  assertEachExactlyOnce,
  assertLockMatches,
  emulator,
  manyNames,
  runCli,
  tempDir,
  writeManifest,
} from './helpers';

/** The CLI's environment for a password sign-in: no TWIN_TOKEN at all. */
function passwordEnv(emu: RunningEmulator, user = DEMO_USER): NodeJS.ProcessEnv {
  return {
    TWIN_API_URL: emu.baseUrl,
    TWIN_IAM_URL: emu.iamUrl,
    TWIN_EMAIL: user.email,
    TWIN_PASSWORD: user.password,
    TWIN_HTTP_TIMEOUT_MS: '5000',
    TWIN_RETRY_BASE_MS: '20',
  };
}

const refreshes = (emu: RunningEmulator): number =>
  emu.state.iamLog.filter((e) => e.path === '/auth/refresh').length;

function assertNoSecret(text: string, secrets: string[]): void {
  for (const s of secrets) assert.ok(!text.includes(s), 'a secret reached the output or a file');
}

// Each push outlives its token (60 s at 5 requests a second); run side by side to halve the wait.
describe('a push that outlives its token', { concurrency: 2 }, () => {
  for (const expiredStatus of [401, 403] as const)
    it(`refreshes and goes on when expired tokens get ${expiredStatus}: no prompt, each item once, exit 0`, async () => {
      // 403s come from every token issued so far expiring at once (expireAfter), which a timer cannot
      // refresh ahead of: the refresh must come from the answers.
      const emu = await emulator({
        switches: {
          tokenTtlSeconds: 60,
          rateLimitPerSecond: 5,
          expiredStatus,
          ...(expiredStatus === 403 ? { expireAfter: 120 } : {}),
        },
      });
      try {
        const names = manyNames(110, `exp${expiredStatus}`);
        const file = writeManifest(tempDir(), names);
        const started = Date.now();
        const run = await runCli(['push', file, '--yes', '--debug'], { env: passwordEnv(emu) });
        assert.equal(run.code, 0, run.stdout + run.stderr);
        assert.ok(Date.now() - started > 60_000, 'the push ran past the first token’s expiry');
        assert.ok(refreshes(emu) >= 1, 'the session was refreshed');
        assert.ok(!/paste|token has expired|sign in/i.test(run.stdout + run.stderr), 'no prompt, no stop');
        assertEachExactlyOnce(emu, names);
        assertLockMatches(emu, file);
        const lock = readFileSync(lockPathFor(file), 'utf8');
        assertNoSecret(run.stdout + run.stderr + lock, [DEMO_USER.password]);
        assert.ok(!/refreshToken|"token"/.test(lock));
      } finally {
        await emu.close();
      }
    });
});

describe('twin whoami', () => {
  it('says who the password signs in as, the company and the token expiry', async () => {
    const emu = await emulator();
    try {
      const run = await runCli(['whoami'], { env: passwordEnv(emu) });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Account: Анна Демо <demo@twin\.local>/);
      assert.match(run.stdout, /Company: 1/);
      assert.match(run.stdout, /Signed in with: TWIN_EMAIL and TWIN_PASSWORD/);
      assert.match(run.stdout, /Token expires: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in 60 min\)/);
      assertNoSecret(run.stdout + run.stderr, [DEMO_USER.password]);
      const ru = await runCli(['whoami'], { env: { ...passwordEnv(emu), LANG: 'ru_RU.UTF-8' } });
      assert.match(ru.stdout, /Учётная запись: Анна Демо <demo@twin\.local>/);
      assert.match(ru.stdout, /Компания: 1/);
    } finally {
      await emu.close();
    }
  });

  it('a refresh token signs in too, and is not printed', async () => {
    const emu = await emulator();
    try {
      const login = await fetch(`${emu.iamUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: OTHER_COMPANY_USER.email, password: OTHER_COMPANY_USER.password }),
      });
      const { refreshToken } = (await login.json()) as { refreshToken: string };
      const run = await runCli(['whoami', '--debug'], {
        env: { TWIN_API_URL: emu.baseUrl, TWIN_IAM_URL: emu.iamUrl, TWIN_REFRESH_TOKEN: refreshToken },
      });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Company: 2/);
      assert.match(run.stdout, /TWIN_REFRESH_TOKEN/);
      assertNoSecret(run.stdout + run.stderr, [refreshToken]);
    } finally {
      await emu.close();
    }
  });

  it('not signed in: exit 1, saying what to set', async () => {
    const run = await runCli(['whoami'], { env: { TWIN_API_URL: 'http://127.0.0.1:9/api/v1' } });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Not signed in: set TWIN_EMAIL and TWIN_PASSWORD/);
  });

  it('a wrong password: one clear line, exit 1, the password nowhere', async () => {
    const emu = await emulator();
    try {
      const env = { ...passwordEnv(emu), TWIN_PASSWORD: 'wrong-secret-123' };
      const run = await runCli(['whoami', '--debug'], { env });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /did not accept this email and password/);
      assertNoSecret(run.stdout + run.stderr, ['wrong-secret-123']);
    } finally {
      await emu.close();
    }
  });

  it('IAM down: says so, exit 1', async () => {
    const emu = await emulator({ switches: { iamAvailable: false } });
    try {
      const run = await runCli(['whoami'], { env: passwordEnv(emu) });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /server error \(503/);
    } finally {
      await emu.close();
    }
  });

  it('the IAM URL follows the API URL’s rules: http to another machine is refused, nothing sent', async () => {
    const emu = await emulator();
    try {
      const run = await runCli(['whoami', '--iam', 'http://iam.example.com/api/v1'], {
        env: passwordEnv(emu),
      });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /plain http/);
      assert.equal(emu.state.iamLog.length, 0);
    } finally {
      await emu.close();
    }
  });
});

describe('one manifest, two companies', () => {
  it('keeps two lock records, keyed by the company IAM names', async () => {
    const emu = await emulator();
    try {
      const names = manyNames(2, 'two');
      const file = writeManifest(tempDir(), names);
      for (const user of [DEMO_USER, OTHER_COMPANY_USER]) {
        const run = await runCli(['push', file, '--yes'], { env: passwordEnv(emu, user) });
        assert.equal(run.code, 0, run.stdout + run.stderr);
      }
      const lock = JSON.parse(readFileSync(lockPathFor(file), 'utf8')) as Record<string, unknown>;
      assert.deepEqual(Object.keys(lock).sort(), [`${emu.baseUrl} company=1`, `${emu.baseUrl} company=2`]);
    } finally {
      await emu.close();
    }
  });
});
