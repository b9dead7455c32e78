// A 403 gets one fresh token and one retry (TWIN's advice, twin-api.md §3.5); a 403 that survives the
// fresh token is missing rights, naming the section and the account. Against the real emulator.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../emulator/src';
import { inBundledLanguage } from '../../core/src/l10n/bundled';
import { TwinApiError, createTwinClient, describeTwinError } from '../../core/src/twin';

let emulator: RunningEmulator;
before(async () => {
  emulator = await startEmulator();
});
after(() => emulator.close());

async function failure(p: Promise<unknown>): Promise<TwinApiError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof TwinApiError, String(e));
    return e;
  }
  assert.fail('expected a failure');
}

describe('403', () => {
  it('an expired token answered with 403 is refreshed once and the create goes through', async () => {
    emulator.state.set({ expiredStatus: 403 });
    try {
      const asked: Array<[boolean, number]> = [];
      const client = createTwinClient({
        baseUrl: emulator.baseUrl,
        tokens: {
          getToken: async () => emulator.issueToken({ expiresInSeconds: -5 }),
          onUnauthorized: async (expired, status) => {
            asked.push([expired, status]);
            return emulator.issueToken();
          },
        },
      });
      const outcome = await client.create('sessionTags', 'после 403');
      assert.equal(outcome.kind, 'created');
      assert.deepEqual(asked, [[false, 403]]);
      assert.equal(emulator.state.timesStored('sessionTags', 'после 403'), 1);
    } finally {
      emulator.state.set({ expiredStatus: 401 });
    }
  });

  it('a 403 that a fresh token does not cure is missing rights, naming the section and the account', async () => {
    emulator.state.set({ forbid: 'creates' });
    try {
      let asked = 0;
      const client = createTwinClient({
        baseUrl: emulator.baseUrl,
        accountLabel: 'Анна Демо (demo@twin.local)',
        tokens: {
          getToken: async () => emulator.issueToken(),
          onUnauthorized: async () => {
            asked++;
            return emulator.issueToken();
          },
        },
      });
      const e = await failure(client.create('clientTags', 'без прав'));
      assert.equal(e.kind, 'missing-rights');
      assert.equal(asked, 1, 'one fresh token, not a loop');
      const en = describeTwinError(e);
      assert.match(en, /The account “Анна Демо \(demo@twin\.local\)” has no rights for “Client tags”/);
      assert.match(
        inBundledLanguage('ru', () => describeTwinError(e)),
        /У учётной записи «Анна Демо \(demo@twin\.local\)» нет прав на раздел «Теги клиента»/,
      );
      assert.equal(emulator.state.timesStored('clientTags', 'без прав'), 0);
    } finally {
      emulator.state.set({ forbid: 'none' });
    }
  });

  it('without a way to get a new token a 403 fails at once as before', async () => {
    emulator.state.set({ forbid: 'lists' });
    try {
      const client = createTwinClient({
        baseUrl: emulator.baseUrl,
        tokens: { getToken: async () => emulator.issueToken() },
      });
      assert.equal((await failure(client.list('attributes'))).kind, 'forbidden');
    } finally {
      emulator.state.set({ forbid: 'none' });
    }
  });
});
