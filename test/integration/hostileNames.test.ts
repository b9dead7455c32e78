// A name on TWIN that holds an escape sequence (anyone with API access can create one) is printed by
// `twin plan` as text, \u001B[31m, not sent to the terminal where it would change its colours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliEnv, emulator, runCli, tempDir, writeManifest } from './helpers';

test('twin plan shows a name from TWIN holding \\x1b[31m escaped, never as a raw escape sequence', async () => {
  const emu = await emulator();
  try {
    const env = cliEnv(emu);
    const created = await fetch(`${emu.baseUrl}/clients/tags`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.TWIN_TOKEN ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tag: 'red\x1b[31m alert\x1b[0m' }),
    });
    assert.equal(created.status, 200);
    const file = writeManifest(tempDir(), { attributes: ['Город'], clientTags: ['VIP'], sessionTags: [] });
    const run = await runCli(['plan', file], { env });
    assert.equal(run.code, 2, run.stderr);
    assert.ok(!run.stdout.includes('\x1b'), JSON.stringify(run.stdout));
    assert.ok(run.stdout.includes('red\\u001B[31m alert\\u001B[0m'), run.stdout);
  } finally {
    await emu.close();
  }
});
