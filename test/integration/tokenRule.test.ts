// The CLI applies the extension's token rule (core/src/twin/tokenRule.ts): a token the extension
// refuses to store is refused before any request, with a line saying why; one it accepts works.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkToken } from '../../core/src/twin/tokenRule';
import { cliEnv, emulator, runCli, tempDir, writeManifest } from './helpers';

const NAMES = { attributes: ['ФИО'], clientTags: [], sessionTags: [] };
const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const LATER = Math.floor(Date.now() / 1000) + 7 * 86400;

const REFUSED: ReadonlyArray<[string, string, RegExp]> = [
  [
    'a header that is not JSON',
    `bm90IGpzb24.${part({ exp: LATER })}.c2ln`,
    /does not look like a TWIN token/,
  ],
  [
    'an exp that is not a number',
    `${part({ alg: 'HS256' })}.${part({ exp: 'soon' })}.c2ln`,
    /does not look like/,
  ],
  ['an unsigned token', `${part({ alg: 'none' })}.${part({ exp: LATER })}.c2ln`, /is not a signed JWT/],
  [
    'a signature with "+" in it',
    `${part({ alg: 'HS256' })}.${part({ exp: LATER })}.c2l+`,
    /does not look like/,
  ],
];

test('tokens the extension refuses, the CLI refuses too, and sends nothing', async () => {
  const emu = await emulator();
  try {
    const file = writeManifest(tempDir(), NAMES);
    for (const [what, token, why] of REFUSED) {
      assert.equal(checkToken(token, Date.now()).kind, 'malformed', `the extension refuses ${what}`);
      const run = await runCli(['plan', file], { env: cliEnv(emu, { TWIN_TOKEN: token }) });
      assert.equal(run.code, 1, what);
      assert.match(run.stderr, why, what);
      assert.equal(run.stderr.trim().split('\n').length, 1, `${what}: one line`);
      assert.ok(!run.stderr.includes(token), `${what}: the token is not repeated`);
    }
    assert.equal(emu.state.log.length, 0, 'no request reached the server');
    const ru = await runCli(['plan', file], {
      env: cliEnv(emu, { TWIN_TOKEN: REFUSED[2]?.[1] ?? '', LANG: 'ru_RU.UTF-8' }),
    });
    assert.match(ru.stderr, /не подписанный JWT/);
  } finally {
    await emu.close();
  }
});

test('a pasted "Bearer " prefix is accepted by the CLI as by the extension', async () => {
  const emu = await emulator();
  try {
    const file = writeManifest(tempDir(), NAMES);
    const env = cliEnv(emu);
    const run = await runCli(['plan', file], {
      env: { ...env, TWIN_TOKEN: `Bearer ${env.TWIN_TOKEN ?? ''}` },
    });
    assert.equal(run.code, 2, `${run.stdout}${run.stderr}`);
  } finally {
    await emu.close();
  }
});
