// Installs what the tests need when it is missing, so that `npm test` and `npm start` work on a fresh
// clone: the npm packages when node_modules does not match package-lock.json (the lock's hash is
// stamped into node_modules after `npm ci`), and Debian's `pre-commit` for the hook test.
'use strict';
const { execSync, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

/** Runs `npm ci` unless node_modules was installed from the same package-lock.json. */
function ensureInstalled(root) {
  const lock = fs.readFileSync(path.join(root, 'package-lock.json'));
  const hash = crypto.createHash('sha256').update(lock).digest('hex');
  const stamp = path.join(root, 'node_modules', '.twin-install-stamp');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  console.log('=== npm ci (node_modules missing or out of date)');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stamp, hash);
}

/** True when `pre-commit` runs. */
function hasPreCommit() {
  return spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs the pre-commit framework from Debian (`apt-get install pre-commit`) when it is missing: the
 * integration test of .pre-commit-hooks.yaml runs the real one. Throws when it cannot be installed.
 */
function ensurePreCommit() {
  if (hasPreCommit()) return;
  console.log('=== apt-get install pre-commit (for the pre-commit hook test)');
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  execSync(
    `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq pre-commit`,
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (!hasPreCommit()) throw new Error('pre-commit is still missing after apt-get install pre-commit');
}

module.exports = { ensureInstalled, ensurePreCommit };
