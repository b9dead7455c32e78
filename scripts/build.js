// Bundles what ships into dist/: the extension, the language server and the CLI, one file each,
// so that the .vsix and the `twin` bin need no node_modules at run time.
'use strict';
const esbuild = require('esbuild');
const { common, cliBundle } = require('./lib/bundles');
const { watchReport } = require('./lib/watchReport');

const watch = process.argv.includes('--watch');

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  cliBundle('dist/cli.js'),
];

async function main() {
  if (watch) {
    const plugin = watchReport(bundles.length, console.log);
    const contexts = await Promise.all(
      bundles.map((b) =>
        esbuild.context({
          ...common,
          ...b,
          minify: false,
          logLevel: 'silent',
          plugins: [plugin(b.outfile)],
        }),
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
