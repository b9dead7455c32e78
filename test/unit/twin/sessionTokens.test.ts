import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TwinApiError } from '../../../core/src/twin';
import type { IamClient, IamTokens } from '../../../core/src/twin/iam';
import {
  createSessionTokens,
  refreshDueAt,
  sessionFromTokens,
  type Clock,
  type SessionStore,
  type TwinSession,
} from '../../../core/src/twin/sessionTokens';
import { createTokenGate } from '../../../core/src/twin/tokenGate';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);

/** An unsigned JWT with iat/exp in seconds: the source only reads the claims. */
function jwt(iatMs: number, lifetimeMs: number, serial: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ iat: iatMs / 1000, exp: (iatMs + lifetimeMs) / 1000, serial })}.sig`;
}

class FakeClock implements Clock {
  t = T0;
  timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private next = 1;
  now = (): number => this.t;
  setTimer = (fn: () => void, ms: number): unknown => {
    const id = this.next++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  };
  clearTimer = (handle: unknown): void => {
    this.timers = this.timers.filter((x) => x.id !== handle);
  };
  /** Moves time on, firing due timers in order. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.t = due.at;
      due.fn();
      await settle();
    }
    this.t = end;
  }
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((r) => setImmediate(r));
};

function memoryStore(initial?: TwinSession): SessionStore & { saved: TwinSession[]; value?: TwinSession } {
  const store = {
    value: initial,
    saved: [] as TwinSession[],
    load: async () => store.value,
    save: async (s: TwinSession) => {
      store.value = s;
      store.saved.push(s);
    },
  };
  return store;
}

/** An IAM that rotates refresh tokens: each one works once. */
function fakeIam(clock: FakeClock, lifetimeMs = 24 * 60 * MIN) {
  let serial = 0;
  const live = new Set<string>();
  const calls = { refresh: 0 };
  let failWith: Error | undefined;
  const issue = (): IamTokens => {
    serial++;
    const refreshToken = `rt-${serial}`;
    live.add(refreshToken);
    return { token: jwt(clock.now(), lifetimeMs, serial), refreshToken };
  };
  const iam: IamClient = {
    iamUrl: 'http://127.0.0.1:1/iam/api/v1',
    login: async () => issue(),
    refresh: async (rt) => {
      calls.refresh++;
      await Promise.resolve();
      if (failWith) throw failWith;
      if (!live.delete(rt)) throw new TwinApiError({ kind: 'refresh-refused', status: 401 });
      return issue();
    },
    me: async () => ({ id: '101', companyId: '1' }),
  };
  return {
    iam,
    issue,
    calls,
    failNext: (e: Error | undefined) => (failWith = e),
  };
}

describe('refresh scheduling', () => {
  it('is due 15 minutes before a day-long token expires, a quarter of the lifetime for short ones', () => {
    const day = sessionFromTokens({ token: jwt(T0, 24 * 60 * MIN, 1), refreshToken: 'r' });
    assert.equal(refreshDueAt(day), T0 + 24 * 60 * MIN - 15 * MIN);
    const minute = sessionFromTokens({ token: jwt(T0, MIN, 1), refreshToken: 'r' });
    assert.equal(refreshDueAt(minute), T0 + 45_000);
    const pasted = sessionFromTokens({ token: jwt(T0, MIN, 1) });
    assert.equal(refreshDueAt(pasted), undefined, 'a pasted token has nothing to refresh with');
  });

  it('the timer refreshes at exp − 15 min and again for the next token, storing each rotated refresh token', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock);
    const store = memoryStore(sessionFromTokens(idp.issue(), { id: '101', companyId: '1' }));
    const tokens = createSessionTokens({ store, iam: idp.iam, clock });
    const stop = tokens.keepFresh();
    await settle();
    await clock.advance(24 * 60 * MIN - 15 * MIN - 1);
    assert.equal(idp.calls.refresh, 0, 'not before it is due');
    await clock.advance(1);
    assert.equal(idp.calls.refresh, 1);
    assert.equal(store.value?.refreshToken, 'rt-2', 'the rotated refresh token is stored at once');
    assert.deepEqual(store.value?.account, { id: '101', companyId: '1' }, 'the account stays');
    await clock.advance(24 * 60 * MIN);
    assert.equal(idp.calls.refresh, 2);
    stop();
    await clock.advance(48 * 60 * MIN);
    assert.equal(idp.calls.refresh, 2, 'a stopped timer refreshes no more');
  });

  it('a failed timed refresh is tried again a minute later', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock, 60 * MIN);
    const store = memoryStore(sessionFromTokens(idp.issue()));
    const tokens = createSessionTokens({ store, iam: idp.iam, clock });
    tokens.keepFresh();
    await settle();
    idp.failNext(new TwinApiError({ kind: 'network' }));
    await clock.advance(45 * MIN);
    assert.equal(idp.calls.refresh, 1);
    idp.failNext(undefined);
    await clock.advance(MIN);
    assert.equal(idp.calls.refresh, 2);
    assert.equal(store.value?.refreshToken, 'rt-2');
  });
});

describe('coalescing', () => {
  it('a wave of 401s and a timer firing together make one refresh, and everyone gets its token', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock);
    const store = memoryStore(sessionFromTokens(idp.issue()));
    const tokens = createSessionTokens({ store, iam: idp.iam, clock });
    const old = await tokens.getToken();
    const answers = await Promise.all([
      tokens.onUnauthorized(true),
      tokens.onUnauthorized(true),
      tokens.refresh().then((s) => s?.token),
    ]);
    assert.equal(idp.calls.refresh, 1);
    assert.ok(answers.every((t) => t === answers[0] && t !== old));
  });

  it('another window that refreshed first: its stored token is used and our spent refresh token is not sent', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock);
    const store = memoryStore(sessionFromTokens(idp.issue()));
    const mine = createSessionTokens({ store, iam: idp.iam, clock });
    const other = createSessionTokens({ store, iam: idp.iam, clock });
    await mine.getToken();
    const fromOther = await other.refresh();
    const token = await mine.onUnauthorized(true);
    assert.equal(token, fromOther?.token);
    assert.equal(idp.calls.refresh, 1);
  });

  it('two windows refreshing at once with one refresh token: the loser reads the winner’s session', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock);
    const store = memoryStore(sessionFromTokens(idp.issue()));
    const a = createSessionTokens({ store, iam: idp.iam, clock });
    const b = createSessionTokens({ store, iam: idp.iam, clock });
    const [sa, sb] = await Promise.all([a.refresh(), b.refresh()]);
    assert.ok(sa && sb);
    assert.equal(sa.token, sb.token, 'both windows end on the one session the store holds');
    assert.equal(store.value?.token, sa.token);
  });

  it('the client gate picks up a token refreshed ahead of time without a failed request', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock);
    const store = memoryStore(sessionFromTokens(idp.issue()));
    const tokens = createSessionTokens({ store, iam: idp.iam, clock });
    const gate = createTokenGate(tokens);
    const first = await gate.current();
    const refreshed = await tokens.refresh();
    const second = await gate.current();
    assert.equal(second.token, refreshed?.token);
    assert.ok(second.generation > first.generation, 'a request that failed with the old token retries');
  });
});

describe('when refresh is impossible', () => {
  it('a revoked refresh token asks to sign in once, says why, and goes on with the new session', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock);
    const store = memoryStore({ ...sessionFromTokens(idp.issue()), refreshToken: 'revoked' });
    const reasons: string[] = [];
    const tokens = createSessionTokens({
      store,
      iam: idp.iam,
      clock,
      reauthenticate: async (reason) => {
        reasons.push(reason);
        return sessionFromTokens(await idp.iam.login('a@b.c', 'pw', 3600));
      },
    });
    await tokens.getToken();
    const [t1, t2] = await Promise.all([tokens.onUnauthorized(true), tokens.onUnauthorized(true)]);
    assert.deepEqual(reasons, ['refresh-refused']);
    assert.equal(t1, t2);
    assert.equal(store.value?.token, t1, 'the new session is stored');
  });

  it('IAM down: reported as a failed refresh, not as a refused one', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock);
    const store = memoryStore(sessionFromTokens(idp.issue()));
    let seen: string | undefined;
    const tokens = createSessionTokens({
      store,
      iam: idp.iam,
      clock,
      reauthenticate: async (reason) => {
        seen = reason;
        return undefined;
      },
    });
    await tokens.getToken();
    idp.failNext(new TwinApiError({ kind: 'network' }));
    assert.equal(await tokens.onUnauthorized(true), undefined);
    assert.equal(seen, 'refresh-failed');
  });

  it('a pasted token (no refresh token) asks to sign in again; declining stops', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock);
    const store = memoryStore(sessionFromTokens({ token: jwt(T0, MIN, 9) }));
    let asked = 0;
    const tokens = createSessionTokens({
      store,
      iam: idp.iam,
      clock,
      reauthenticate: async () => {
        asked++;
        return undefined;
      },
    });
    await tokens.getToken();
    assert.equal(await tokens.onUnauthorized(true), undefined);
    assert.equal(asked, 1);
    assert.equal(idp.calls.refresh, 0);
  });

  it('a token past its refresh point is refreshed before use; if IAM fails, the still-valid token serves', async () => {
    const clock = new FakeClock();
    const idp = fakeIam(clock, 60 * MIN);
    const store = memoryStore(sessionFromTokens(idp.issue()));
    const tokens = createSessionTokens({ store, iam: idp.iam, clock });
    const original = store.value?.token;
    clock.t += 50 * MIN;
    idp.failNext(new TwinApiError({ kind: 'timeout' }));
    assert.equal(await tokens.getToken(), original);
    idp.failNext(undefined);
    tokens.reload();
    assert.notEqual(await tokens.getToken(), original);
  });
});
