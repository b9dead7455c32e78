import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPacing } from '../../../core/src/twin/pacing';

/** A pacing on a hand-moved clock. */
function pacedClock() {
  let now = 10_000;
  const pacing = createPacing(() => now);
  return { pacing, advance: (ms: number) => (now += ms), at: () => now };
}

test('without any 429 requests are not held back', () => {
  const { pacing } = pacedClock();
  for (let i = 0; i < 50; i++) {
    assert.equal(pacing.wait(0) <= 0, true);
    pacing.started();
    pacing.accepted();
  }
});

test('after the server took 20 requests and refused the next, starts are spaced to stay under 20 a second', () => {
  const { pacing, advance, at } = pacedClock();
  for (let i = 0; i < 20; i++) {
    pacing.started();
    pacing.accepted();
  }
  pacing.limitMet(1000);
  const notBefore = at() + 1000;
  assert.equal(pacing.wait(notBefore), 1000, 'the 429 pause still holds');
  advance(1000);
  pacing.started();
  // The next start waits 1000 / 20 ms plus the margin: at most 19.05 a second.
  const gap = pacing.wait(notBefore);
  assert.ok(gap >= 50 && gap <= 55, `gap ${gap}`);
  advance(gap);
  assert.equal(pacing.wait(notBefore), 0);
});

test('a wave that straddled two windows (too fast a pace) is corrected by the next wave', () => {
  const { pacing, advance } = pacedClock();
  for (let i = 0; i < 38; i++) pacing.accepted();
  pacing.limitMet(1000);
  pacing.started();
  const tooFast = pacing.wait(0);
  advance(5000);
  for (let i = 0; i < 20; i++) pacing.accepted();
  pacing.limitMet(1000);
  pacing.started();
  const corrected = pacing.wait(0);
  assert.ok(tooFast < 30, `first pace ${tooFast}`);
  assert.ok(corrected >= 50 && corrected <= 55, `corrected pace ${corrected}`);
});

test('a 429 although the pace was right never speeds the pace up', () => {
  const { pacing } = pacedClock();
  for (let i = 0; i < 20; i++) pacing.accepted();
  pacing.limitMet(1000);
  pacing.started();
  const before = pacing.wait(0);
  for (let i = 0; i < 500; i++) pacing.accepted();
  pacing.limitMet(1000);
  pacing.started();
  assert.ok(pacing.wait(0) >= before);
});
