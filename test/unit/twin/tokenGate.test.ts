import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TwinApiError } from '../../../core/src/twin';
import { createTokenGate } from '../../../core/src/twin/tokenGate';

const expired = new TwinApiError({ kind: 'token-expired', status: 401 });

test('many requests failing at once lead to one question, and all resume with the new token', async () => {
  let asked = 0;
  let release: (v: string) => void = () => undefined;
  const gate = createTokenGate({
    getToken: async () => 'old',
    onUnauthorized: (isExpired) => {
      asked++;
      assert.equal(isExpired, true);
      return new Promise<string>((r) => (release = r));
    },
  });
  const first = await gate.current();
  const waiting = Array.from({ length: 8 }, () => gate.refresh(first, expired));
  release('new');
  const tickets = await Promise.all(waiting);
  assert.equal(asked, 1);
  assert.ok(tickets.every((t) => t.token === 'new'));
  // A request that failed with the old token after the refresh just uses the new one.
  assert.equal((await gate.refresh(first, expired)).token, 'new');
  assert.equal(asked, 1);
});

test('declining to give a token fails every waiting request and every later one, without asking again', async () => {
  let asked = 0;
  const gate = createTokenGate({
    getToken: async () => 'old',
    onUnauthorized: async () => {
      asked++;
      return undefined;
    },
  });
  const first = await gate.current();
  const results = await Promise.allSettled([gate.refresh(first, expired), gate.refresh(first, expired)]);
  assert.ok(results.every((r) => r.status === 'rejected'));
  await assert.rejects(
    gate.current(),
    (e: unknown) => e instanceof TwinApiError && e.kind === 'token-expired',
  );
  assert.equal(asked, 1);
});

test('without onUnauthorized a 401 fails at once', async () => {
  const gate = createTokenGate({ getToken: async () => 't' });
  await assert.rejects(gate.refresh(await gate.current(), expired), TwinApiError);
});
