// The CLI as its own npm package: `npm run pack:cli` makes a tarball of the one bundle (+ README,
// LICENSE) with no dependencies; installed into a fresh prefix (no network: nothing to fetch), its
// `twin` answers --version, validates (in Russian too: the l10n bundle is inside) and plans against
// the emulator.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { cliEnv, emulator, runCli, tempDir, writeManifest } from './helpers';
import { ROOT, installPackedCli } from './packedCliInstall';

const rootVersion = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
let tarball = '';
let twin = '';

before(() => {
  ({ tarball, twin } = installPackedCli());
});

test('the tarball holds the bundle, README, LICENSE and a manifest with the root version and no dependencies', () => {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.deepEqual(listing.sort(), [
    'package/LICENSE',
    'package/README.md',
    'package/cli.js',
    'package/package.json',
  ]);
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  ) as Record<string, unknown>;
  assert.equal(manifest.version, rootVersion);
  assert.deepEqual(manifest.bin, { twin: 'cli.js' });
  assert.equal(manifest.dependencies, undefined);
});

test('cli/package.json keeps the root version, so the committed manifest says what is published', () => {
  const cli = JSON.parse(readFileSync(path.join(ROOT, 'cli/package.json'), 'utf8')) as { version: string };
  assert.equal(cli.version, rootVersion);
});

test('the installed twin prints its version', async () => {
  const run = await runCli(['--version'], { bin: twin });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, `${rootVersion}\n`);
});

test('the installed twin validates: a broken manifest exits 1 naming the problem, in Russian by LANG', async () => {
  const dir = tempDir();
  const file = writeManifest(dir, { attributes: ['VIP', 'vip'], clientTags: [], sessionTags: [] });
  const en = await runCli(['validate', file], { bin: twin });
  assert.equal(en.code, 1);
  assert.match(en.stdout, /error duplicate-name: "vip" repeats "VIP"/);
  const ru = await runCli(['validate', '--format', 'sarif', file], {
    bin: twin,
    env: { LANG: 'ru_RU.UTF-8' },
  });
  assert.equal(ru.code, 1);
  // The rule catalogue comes from l10n/bundle.l10n.ru.json: it is inside the one file.
  assert.match(ru.stdout, /Одно и то же имя дважды в одном разделе/);
  const ok = writeManifest(dir, { attributes: ['VIP'], clientTags: [], sessionTags: [] }, 'ok.twin.yaml');
  assert.equal((await runCli(['validate', ok], { bin: twin })).code, 0);
});

test('the installed twin plans against the emulator: exit 2 and the names to create', async () => {
  const emu = await emulator();
  try {
    const file = writeManifest(tempDir(), { attributes: ['Город'], clientTags: ['VIP'], sessionTags: [] });
    const run = await runCli(['plan', file], { bin: twin, env: cliEnv(emu) });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stdout, /Город/);
    assert.match(run.stdout, /VIP/);
    assert.ok(run.stdout.includes(emu.baseUrl), run.stdout);
  } finally {
    await emu.close();
  }
});
