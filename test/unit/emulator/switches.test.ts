import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySwitches, defaultSwitches } from '../../../emulator/src/switches';

test('a valid partial update changes only what it names', () => {
  const s = defaultSwitches();
  assert.deepEqual(
    applySwitches(s, { listing: false, latencyMs: 20, faultQueue: ['500', 'reset-after'] }),
    [],
  );
  assert.equal(s.listing, false);
  assert.equal(s.latencyMs, 20);
  assert.deepEqual(s.faultQueue, ['500', 'reset-after']);
  assert.equal(s.duplicates, 'accept');
});

test('a wrong value or an unknown switch is reported and nothing is applied', () => {
  const s = defaultSwitches();
  const problems = applySwitches(s, {
    latencyMs: -1,
    faultRate: 2,
    faults: ['boom'],
    listin: false,
    listing: false,
  });
  assert.equal(problems.length, 4);
  assert.equal(s.listing, true, 'the valid part of a bad update is not applied either');
});
