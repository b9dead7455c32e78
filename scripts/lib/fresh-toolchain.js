// With CI=true, `npm test` proves that the E2E toolchain installs from nothing: scripts/e2e-setup.sh
// runs into an empty folder of this run instead of the cache in ~/.cache/twin-e2e, so a missing or
// broken install step fails CI instead of hiding behind what an earlier run left (about 3 minutes more).
'use strict';
const fs = require('fs');
const path = require('path');

/** True when the environment says this is a CI run (CI=true, as GitHub, GitLab and others set it). */
function isCi(env = process.env) {
  return /^(1|true|yes)$/i.test(env.CI || '');
}

/**
 * Points this process and its children at an empty toolchain folder under .test-results/ (the
 * vscode and e2e layers share it, so the install happens once per run). Returns a function that
 * deletes the folder afterwards: it holds several hundred megabytes.
 */
function useFreshToolchain(root) {
  const dir = path.join(root, '.test-results', 'e2e-home');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.env.TWIN_E2E_HOME = dir;
  process.env.TWIN_E2E_FRESH = '1';
  console.log(`=== CI: the E2E toolchain is installed from nothing into ${path.relative(root, dir)}`);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

module.exports = { isCi, useFreshToolchain };
