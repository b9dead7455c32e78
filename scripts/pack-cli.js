// `npm run pack:cli [-- --out DIR]`: the `twin` CLI as an npm package of its own. Builds the one-file
// bundle (every dependency and the Russian texts inside, no source map) into a temporary staging
// folder with cli/package.json's manifest (given the root package.json's version), the package README
// and the licence, then `npm pack`s it into DIR (default: the repository root). Prints the path of the
// tarball as its last line. Staged outside the tree, so no build output lands where lint or vsce look.
'use strict';
const esbuild = require('esbuild');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { root, version, common, cliBundle } = require('./lib/bundles');

const outArg = process.argv.indexOf('--out');
const outDir = path.resolve(outArg >= 0 ? process.argv[outArg + 1] : root);

async function main() {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'twin-cli-pack-'));
  try {
    console.log(await packFrom(stage));
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** Stages the package in `stage`, packs it into outDir, returns the tarball's path. */
async function packFrom(stage) {
  await esbuild.build({ ...common, ...cliBundle(path.join(stage, 'cli.js')), sourcemap: false });
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'cli', 'package.json'), 'utf8'));
  fs.writeFileSync(
    path.join(stage, 'package.json'),
    JSON.stringify({ ...manifest, version }, null, 2) + '\n',
  );
  fs.copyFileSync(path.join(root, 'cli', 'README.md'), path.join(stage, 'README.md'));
  fs.copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));
  fs.mkdirSync(outDir, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = JSON.parse(
    execFileSync(npm, ['pack', stage, '--pack-destination', outDir, '--json', '--silent'], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  return path.join(outDir, packed[0].filename);
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
