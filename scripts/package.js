// `npm run package`: builds the bundles, then packs the .vsix with @vscode/vsce. The bundles in dist/
// carry every dependency, hence --no-dependencies; .vscodeignore is an allow-list of what ships.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, `${pkg.name}-${pkg.version}.vsix`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`package: ${path.basename(args[0] || cmd)} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

// --skip-build: npm test has just built dist/.
if (!process.argv.includes('--skip-build')) run(process.execPath, [path.join(root, 'scripts', 'build.js')]);
run(process.execPath, [
  path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  // The repository README is for developers (npm start, tests, screenshots by relative path); the
  // extension's page shows this user-facing one, which needs no hosted images.
  '--readme-path',
  'docs/MARKETPLACE.md',
  '--out',
  out,
]);
const bytes = fs.statSync(out).size;
console.log(`package: ${path.relative(root, out)} (${(bytes / 1024).toFixed(0)} KiB, ${bytes} bytes)`);
