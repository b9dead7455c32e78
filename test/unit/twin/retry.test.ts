import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay, parseRetryAfter } from '../../../core/src/twin';

test('Retry-After in seconds becomes milliseconds', () => {
  assert.equal(parseRetryAfter('3'), 3000);
  assert.equal(parseRetryAfter(' 0 '), 0);
  assert.equal(parseRetryAfter('1.5'), 1500);
});

test('Retry-After as an HTTP date is the time until then, never negative', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
  assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now), 5000);
  assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now), 0);
});

test('a missing or unreadable Retry-After is undefined (the caller backs off instead)', () => {
  for (const v of [undefined, null, '', 'soon', '-1', '1e3', 'NaN'])
    assert.equal(parseRetryAfter(v), undefined, String(v));
});

test('backoff doubles per attempt within [ceiling/2, ceiling] and stops at the cap', () => {
  const low = () => 0;
  const high = () => 0.999999;
  assert.equal(backoffDelay(1, 100, 10_000, low), 50);
  assert.equal(backoffDelay(1, 100, 10_000, high), 100);
  assert.equal(backoffDelay(3, 100, 10_000, low), 200);
  assert.equal(backoffDelay(3, 100, 10_000, high), 400);
  assert.equal(backoffDelay(20, 100, 1_000, high), 1000);
  assert.equal(backoffDelay(20, 100, 1_000, low), 500);
});

test('jitter spreads retries: different random draws give different delays', () => {
  const delays = new Set([0.1, 0.4, 0.7, 0.9].map((r) => backoffDelay(4, 100, 10_000, () => r)));
  assert.equal(delays.size, 4);
});
