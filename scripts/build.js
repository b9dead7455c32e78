// Bundles what ships into dist/: the extension, the language server and the CLI, one file each,
// so that the .vsix and the `twin` bin need no node_modules at run time.
'use strict';
const esbuild = require('esbuild');
const { common, cliBundle } = require('./lib/bundles');

const watch = process.argv.includes('--watch');

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  cliBundle('dist/cli.js'),
];

async function main() {
  if (watch) {
    for (const b of bundles) await (await esbuild.context({ ...common, minify: false, ...b })).watch();
    console.log('esbuild: watching');
    return;
  }
  await Promise.all(bundles.map((b) => esbuild.build({ ...common, ...b })));
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
