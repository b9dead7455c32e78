// `npm run bench`: builds the shipped bundles, bundles the benchmark (bench/main.ts) into bench/.work,
// and runs it. Arguments are passed through (e.g. `npm run bench -- --only=lsp --sizes=10000`).
// Not part of `npm test`: it times things, it does not assert.
'use strict';
const { spawnSync } = require('child_process');
const esbuild = require('esbuild');
const path = require('path');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'bench', '.work', 'bench.js');

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.argv.includes('--no-build')) run([path.join(root, 'scripts', 'build.js')]);
esbuild.buildSync({
  entryPoints: [path.join(root, 'bench', 'main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // esbuild is used by the profiler at run time; the rest is bundled like the shipped code.
  external: ['esbuild'],
  mainFields: ['main', 'module'],
  logLevel: 'warning',
  absWorkingDir: root,
});
run(['--enable-source-maps', out, ...process.argv.slice(2).filter((a) => a !== '--no-build')]);
