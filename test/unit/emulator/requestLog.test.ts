// The emulator's request log keeps the latest requests only, so a long `twin emulator` session does not
// grow without limit, while tests still read every request of their run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startEmulator } from '../../../emulator/src';

test('the request log keeps the latest logLimit requests, oldest dropped', async () => {
  const emu = await startEmulator({ logLimit: 10 });
  try {
    for (let i = 0; i < 25; i++) await fetch(`${emu.baseUrl}/clients/tags?offset=${i}`);
    assert.equal(emu.state.log.length, 10);
    assert.deepEqual(
      emu.state.log.map((e) => e.query),
      Array.from({ length: 10 }, (_, i) => `offset=${15 + i}`),
    );
    const state = (await (await fetch(`${emu.adminUrl}/state`)).json()) as { log: unknown[] };
    assert.equal(state.log.length, 10);
  } finally {
    await emu.close();
  }
});

test('by default the log keeps every request of a run the size of a test or benchmark', async () => {
  const emu = await startEmulator();
  try {
    for (let i = 0; i < 300; i++) await fetch(`${emu.baseUrl}/clients/tags`);
    assert.equal(emu.state.log.length, 300);
  } finally {
    await emu.close();
  }
});
