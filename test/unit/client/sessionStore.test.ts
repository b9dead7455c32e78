// The TWIN session in SecretStorage: exactly {token, refreshToken, account, expiresAt} per base URL, a
// token stored by the old Set API Token migrated as a pasted-token session, and the Accounts menu's
// provider over it (its label, sign-out, and change events when another window changes the store).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type * as LabelModule from '../../../client/src/auth/accountLabel';
import type * as ProviderModule from '../../../client/src/auth/authProvider';
import type * as StoreModule from '../../../client/src/token/tokenStore';
import { fakeSecretStorage, installFakeVscode } from './fakeVscode';

import { inRussian, makeJwt } from './helpers';

installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake `vscode` is in place */
const { TokenStore } = require('../../../client/src/token/tokenStore') as typeof StoreModule;
const { TwinAuthenticationProvider } =
  require('../../../client/src/auth/authProvider') as typeof ProviderModule;
const { accountLabel, timeLeft, sessionDetails } =
  require('../../../client/src/auth/accountLabel') as typeof LabelModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const BASE = 'https://chat-api.twin24.ai/api/v1';
const EXP = Math.floor(Date.now() / 1000) + 3 * 24 * 3600;
const PASTED = makeJwt({ exp: EXP, companyId: 7 });
const ACCOUNT = { id: '42', companyId: '1', email: 'demo@twin.local', name: 'Demo User' };

type Secrets = ReturnType<typeof fakeSecretStorage>;
const storeOver = (secrets: Secrets) => new TokenStore(secrets);

describe('the session store', () => {
  test('a token stored by the old Set API Token reads as a pasted-token session and moves to the new key', async () => {
    const secrets = fakeSecretStorage();
    secrets.values.set(`twin.apiToken:${BASE}`, PASTED);
    const store = storeOver(secrets);
    const session = await store.getSession(`${BASE}/`);
    assert.deepEqual(session, { token: PASTED, expiresAt: EXP * 1000 });
    assert.equal(secrets.values.has(`twin.apiToken:${BASE}`), false, 'the old key is gone');
    assert.deepEqual(JSON.parse(secrets.values.get(`twin.session:${BASE}`) ?? ''), session);
    assert.equal(await store.get(BASE), PASTED, 'commands still find the token');
  });

  test('only the four known fields are stored: nothing else rides along (never a password)', async () => {
    const secrets = fakeSecretStorage();
    const store = storeOver(secrets);
    const session = {
      token: PASTED,
      refreshToken: 'r-1',
      account: ACCOUNT,
      expiresAt: 1,
      password: 'hunter2',
    };
    await store.saveSession(BASE, session);
    const raw = secrets.values.get(`twin.session:${BASE}`) ?? '';
    assert.doesNotMatch(raw, /hunter2|password/);
    assert.deepEqual(Object.keys(JSON.parse(raw) as object).sort(), [
      'account',
      'expiresAt',
      'refreshToken',
      'token',
    ]);
    assert.deepEqual(await store.getSession(BASE), {
      token: PASTED,
      refreshToken: 'r-1',
      account: ACCOUNT,
      expiresAt: 1,
    });
  });

  test('a damaged entry is no session; sign-out removes the new and the old key', async () => {
    const secrets = fakeSecretStorage();
    secrets.values.set(`twin.session:${BASE}`, '{"token": 5');
    const store = storeOver(secrets);
    assert.equal(await store.getSession(BASE), undefined);
    await store.set(BASE, PASTED);
    secrets.values.set(`twin.apiToken:${BASE}`, PASTED);
    assert.deepEqual((await store.keysHeld(BASE)).length, 2);
    await store.clear(BASE);
    assert.deepEqual(await store.keysHeld(BASE), []);
    assert.equal(await store.getSession(BASE), undefined);
  });

  test('a change to either key, here or in another window, is announced with its base URL', async () => {
    const secrets = fakeSecretStorage();
    const store = storeOver(secrets);
    const seen: string[] = [];
    store.onDidChange((baseUrl) => seen.push(baseUrl));
    secrets.changed.fire({ key: `twin.session:${BASE}` });
    secrets.changed.fire({ key: 'twin.apiToken:http://127.0.0.1:9/api/v1' });
    secrets.changed.fire({ key: 'other.extension' });
    assert.deepEqual(seen, [BASE, 'http://127.0.0.1:9/api/v1']);
  });
});

describe('how the account is named', () => {
  test('the name (else the email) and the company, in both languages', () => {
    assert.equal(accountLabel({ token: PASTED, account: ACCOUNT }), 'Demo User (company 1)');
    assert.equal(
      inRussian(() => accountLabel({ token: PASTED, account: ACCOUNT })),
      'Demo User (компания 1)',
    );
    const { name: _name, ...noName } = ACCOUNT;
    assert.equal(accountLabel({ token: PASTED, account: noName }), 'demo@twin.local (company 1)');
  });

  test('a pasted token is named by the company its claim says', () => {
    assert.equal(accountLabel({ token: PASTED }), 'API token (company 7)');
    assert.equal(
      inRussian(() => accountLabel({ token: 'not-a-jwt' })),
      'API-токен',
    );
  });

  test('how long the token lasts, short; whether it renews', () => {
    const now = 1_000_000_000_000;
    assert.equal(timeLeft({ token: PASTED, expiresAt: now + 30 * 60_000 }, now), '30 min');
    assert.equal(timeLeft({ token: PASTED, expiresAt: now + 23.5 * 3600_000 }, now), '23 h');
    assert.equal(
      inRussian(() => timeLeft({ token: PASTED, expiresAt: now + 6.2 * 86400_000 }, now)),
      '6 дн.',
    );
    assert.equal(timeLeft({ token: PASTED, expiresAt: now - 1 }, now), 'expired');
    const renewing = sessionDetails(
      { token: PASTED, refreshToken: 'r', account: ACCOUNT, expiresAt: now + 3600_000 },
      'host',
      now,
    );
    assert.ok(
      renewing.some((l) => /renews itself/.test(l)),
      renewing.join(' | '),
    );
    const pasted = sessionDetails({ token: PASTED, expiresAt: now + 3600_000 }, 'host', now);
    assert.ok(
      pasted.some((l) => /does not renew/.test(l)),
      pasted.join(' | '),
    );
    for (const line of [...renewing, ...pasted])
      assert.ok(!line.includes(PASTED) && !line.includes('r-'), line);
  });
});

describe('the Accounts menu provider', () => {
  test('lists the stored session with its label; sign-out there removes it; changes are announced', async () => {
    const secrets = fakeSecretStorage();
    const store = storeOver(secrets);
    let signOuts = 0;
    const provider = new TwinAuthenticationProvider(
      store,
      async () => ({ kind: 'cancelled' }),
      async () => {
        signOuts++;
        await store.clear(BASE);
        return true;
      },
    );
    const events: Array<{ added: number; removed: number; changed: number }> = [];
    provider.onDidChangeSessions((e) =>
      events.push({
        added: e.added?.length ?? 0,
        removed: e.removed?.length ?? 0,
        changed: e.changed?.length ?? 0,
      }),
    );
    assert.deepEqual(await provider.getSessions(), []);
    // Another window signs in: the menu hears of it.
    await store.saveSession(BASE, { token: PASTED, refreshToken: 'r-1', account: ACCOUNT });
    const until = async (n: number) => {
      for (let i = 0; i < 100 && events.length < n; i++) await new Promise((r) => setImmediate(r));
    };
    await until(1);
    const [listed] = await provider.getSessions();
    assert.equal(listed?.account.label, 'Demo User (company 1)');
    assert.equal(listed?.id, BASE);
    // A refresh elsewhere: changed, not added again.
    await store.saveSession(BASE, {
      token: makeJwt({ exp: EXP + 60, companyId: 1 }),
      refreshToken: 'r-2',
      account: ACCOUNT,
    });
    await until(2);
    await provider.removeSession();
    await until(3);
    assert.equal(signOuts, 1);
    assert.deepEqual(await provider.getSessions(), []);
    await new Promise((r) => setTimeout(r, 0));
    assert.deepEqual(events, [
      { added: 1, removed: 0, changed: 0 },
      { added: 0, removed: 0, changed: 1 },
      { added: 0, removed: 1, changed: 0 },
    ]);
    await assert.rejects(provider.createSession(), /cancelled/);
    provider.dispose();
  });
});
