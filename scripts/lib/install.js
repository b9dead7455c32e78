// Installs what the tests need when it is missing, so that `npm test` and `npm start` work on a fresh
// clone: the npm packages when node_modules does not match package-lock.json (skipping the install,
// about 30 s, when nothing changed, however node_modules was installed: npm records what it installed
// in node_modules/.package-lock.json), and Debian's `pre-commit` for the hook test.
'use strict';
const { execSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { cleanNpmEnv } = require('./npm-env');

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Why node_modules does not match the lock file, or null when it does: every package of the lock is
 * installed at its version and integrity (optional ones, such as another platform's binaries, may be
 * absent), nothing else is installed, and each package's folder is still there.
 */
function installMismatch(root) {
  const wanted = readJson(path.join(root, 'package-lock.json'))?.packages;
  if (!wanted) return 'package-lock.json is missing or unreadable';
  const installed = readJson(path.join(root, 'node_modules', '.package-lock.json'))?.packages;
  if (!installed) return 'node_modules is missing or was not installed by npm';
  for (const [key, want] of Object.entries(wanted)) {
    if (key === '') continue; // the project itself
    const have = installed[key];
    if (!have) {
      if (want.optional) continue;
      return `${key} is not installed`;
    }
    if (have.version !== want.version || have.integrity !== want.integrity || have.link !== want.link)
      return `${key} is ${have.version}, the lock file wants ${want.version}`;
    if (!fs.existsSync(path.join(root, key, 'package.json'))) return `${key} was removed`;
  }
  const extra = Object.keys(installed).find((key) => !(key in wanted));
  return extra ? `${extra} is installed but not in the lock file` : null;
}

/** Runs `npm ci` unless node_modules already matches package-lock.json. */
function ensureInstalled(root) {
  const why = installMismatch(root);
  if (!why) return;
  console.log(`=== npm ci (${why})`);
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit', env: cleanNpmEnv() });
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

module.exports = { ensureInstalled, ensurePreCommit, installMismatch };
