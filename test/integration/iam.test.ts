// The IAM client against the emulated IAM over real HTTP: sign-in, rotation, who the token is, and
// the failures a user meets (wrong password, revoked session, IAM down), none of them echoing a secret.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_USER, OTHER_COMPANY_USER, startEmulator, type RunningEmulator } from '../../emulator/src';
import { TwinApiError, createTwinClient, decodeJwt } from '../../core/src/twin';
import { createIamClient } from '../../core/src/twin/iam';

let emulator: RunningEmulator;
before(async () => {
  emulator = await startEmulator();
});
after(() => emulator.close());

const iam = () => createIamClient({ iamUrl: emulator.iamUrl, timeoutMs: 5000 });

async function refusal(p: Promise<unknown>): Promise<TwinApiError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof TwinApiError, String(e));
    return e;
  }
  assert.fail('expected a refusal');
}

describe('emulated IAM', () => {
  it('signs in, says who the token is, and the API accepts the token for that company', async () => {
    const tokens = await iam().login(DEMO_USER.email, DEMO_USER.password, 3600);
    const claims = decodeJwt(tokens.token);
    assert.equal(claims?.companyId, String(DEMO_USER.companyId));
    assert.ok(claims?.exp !== undefined && claims.iat !== undefined && claims.exp - claims.iat === 3600);
    const me = await iam().me(tokens.token);
    assert.deepEqual(me, {
      id: String(DEMO_USER.id),
      companyId: String(DEMO_USER.companyId),
      email: DEMO_USER.email,
      name: `${DEMO_USER.firstName} ${DEMO_USER.lastName}`,
    });
    const client = createTwinClient({
      baseUrl: emulator.baseUrl,
      tokens: { getToken: async () => tokens.token },
    });
    await client.create('clientTags', 'вход через IAM');
    assert.equal(emulator.state.timesStored('clientTags', 'вход через IAM', String(DEMO_USER.companyId)), 1);
  });

  it('a user of another company writes to that company', async () => {
    const tokens = await iam().login(OTHER_COMPANY_USER.email, OTHER_COMPANY_USER.password, 3600);
    assert.equal((await iam().me(tokens.token)).companyId, '2');
  });

  it('a wrong password and an unknown email get the same refusal, without the password in it', async () => {
    const wrong = await refusal(iam().login(DEMO_USER.email, 'not-the-password', 3600));
    const unknown = await refusal(iam().login('nobody@twin.local', 'whatever-secret', 3600));
    assert.equal(wrong.kind, 'sign-in-refused');
    assert.equal(unknown.kind, 'sign-in-refused');
    assert.equal(wrong.status, 401);
    assert.ok(!wrong.message.includes('not-the-password'));
  });

  it('refresh rotates: the new refresh token works, the spent one is refused', async () => {
    const first = await iam().login(DEMO_USER.email, DEMO_USER.password, 3600);
    const second = await iam().refresh(first.refreshToken, 3600);
    assert.notEqual(second.refreshToken, first.refreshToken);
    assert.notEqual(second.token, first.token);
    const spent = await refusal(iam().refresh(first.refreshToken, 3600));
    assert.equal(spent.kind, 'refresh-refused');
    assert.ok(!spent.message.includes(first.refreshToken));
    await iam().refresh(second.refreshToken, 3600);
  });

  it('revoked sessions cannot refresh', async () => {
    const tokens = await iam().login(DEMO_USER.email, DEMO_USER.password, 3600);
    emulator.state.revokeRefreshTokens();
    assert.equal((await refusal(iam().refresh(tokens.refreshToken, 3600))).kind, 'refresh-refused');
  });

  it('short lifetimes for tests: tokenTtlSeconds caps what is asked', async () => {
    emulator.state.set({ tokenTtlSeconds: 60 });
    try {
      const { token } = await iam().login(DEMO_USER.email, DEMO_USER.password, 86400);
      const claims = decodeJwt(token);
      assert.equal((claims?.exp ?? 0) - (claims?.iat ?? 0), 60);
    } finally {
      emulator.state.set({ tokenTtlSeconds: 0 });
    }
  });

  it('IAM down answers 503, reported as a server error', async () => {
    emulator.state.set({ iamAvailable: false });
    try {
      assert.equal((await refusal(iam().login(DEMO_USER.email, DEMO_USER.password, 60))).kind, 'server');
    } finally {
      emulator.state.set({ iamAvailable: true });
    }
  });

  it('expired tokens answered with 403 when the switch says so', async () => {
    emulator.state.set({ expiredStatus: 403 });
    try {
      const client = createTwinClient({
        baseUrl: emulator.baseUrl,
        tokens: { getToken: async () => emulator.issueToken({ expiresInSeconds: -10 }) },
      });
      const e = await refusal(client.create('clientTags', 'просрочен'));
      assert.equal(e.status, 403);
    } finally {
      emulator.state.set({ expiredStatus: 401 });
    }
  });

  it('an IAM URL over plain http to another machine is refused before anything is sent', () => {
    assert.throws(
      () => createIamClient({ iamUrl: 'http://iam.example.com/api/v1' }),
      (e: unknown) => e instanceof TwinApiError && e.kind === 'insecure-url',
    );
  });

  it('the IAM log keeps no body (it would hold passwords)', () => {
    assert.ok(emulator.state.iamLog.length > 0);
    assert.ok(emulator.state.iamLog.every((e) => Object.keys(e).sort().join() === 'at,method,path'));
  });
});
