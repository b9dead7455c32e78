// After `npm install` in a checkout, dist/cli.js exists: pre-commit installs the twin-validate hook
// (.pre-commit-hooks.yaml) by `npm install` in this repository at a tag, then `npm pack` and
// `npm install -g` of the tarball, and dist/ is not in git. Built here, not in prepack: npm prints a
// prepack script's banner on the standard output of `npm pack`, which pre-commit reads as the tarball's
// name. Does nothing when the CLI is there already (the installed tarball carries it; no esbuild there).
'use strict';
const fs = require('fs');
const path = require('path');

const cli = path.resolve(__dirname, '..', 'dist', 'cli.js');

if (!fs.existsSync(cli)) {
  const esbuild = require('esbuild');
  const { common, cliBundle } = require('./lib/bundles');
  esbuild.build({ ...common, ...cliBundle(cli) }).catch((e) => {
    console.error(e.message || e);
    process.exit(1);
  });
}
