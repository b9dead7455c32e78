// Bundles what ships into dist/: the extension, the language server and the CLI, one file each,
// so that the .vsix and the `twin` bin need no node_modules at run time.
'use strict';
const esbuild = require('esbuild');
const path = require('path');
const { watchReport } = require('./lib/watchReport');

const root = path.resolve(__dirname, '..');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !watch,
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  // yaml ships both builds; prefer the CommonJS one so the bundle has no ESM interop shims.
  mainFields: ['main', 'module'],
  alias: { 'whatwg-url': path.join(root, 'scripts/shims/whatwg-url.js') },
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['cli/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

async function main() {
  if (watch) {
    const plugin = watchReport(bundles.length, console.log);
    const contexts = await Promise.all(
      bundles.map((b) =>
        esbuild.context({ ...common, ...b, logLevel: 'silent', plugins: [plugin(b.outfile)] }),
      ),
    );
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(bundles.map((b) => esbuild.build({ ...common, ...b })));
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
