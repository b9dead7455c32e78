// The esbuild options of what ships: shared by scripts/build.js (dist/) and scripts/pack-cli.js (the
// CLI's own npm package), so the packed `twin` is built exactly as the one in the .vsix.
'use strict';
const path = require('path');

const root = path.resolve(__dirname, '../..');
const { version } = require(path.join(root, 'package.json'));

/** Options every bundle shares. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  // yaml ships both builds; prefer the CommonJS one so the bundle has no ESM interop shims.
  mainFields: ['main', 'module'],
  alias: { 'whatwg-url': path.join(root, 'scripts/shims/whatwg-url.js') },
};

/** The CLI bundle, written to `outfile`; its version is the root package.json's (cli/src/version.ts). */
function cliBundle(outfile) {
  return {
    entryPoints: ['cli/src/cli.ts'],
    outfile,
    banner: { js: '#!/usr/bin/env node' },
    define: { TWIN_CLI_VERSION: JSON.stringify(version) },
  };
}

module.exports = { root, version, common, cliBundle };
