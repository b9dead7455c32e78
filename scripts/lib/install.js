// Installs the npm packages when node_modules does not match package-lock.json, so that `npm test`
// and `npm start` work on a fresh clone. The lock's hash is stamped into node_modules after `npm ci`.
'use strict';
const { execSync } = require('child_process');
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

module.exports = { ensureInstalled };
