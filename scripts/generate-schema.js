// Writes schemas/twin.schema.json from core/src/manifest/jsonSchema.ts (which reads the format
// definition), so the shipped schema is never edited by hand. `--check` exits 1 when the file is stale.
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const Module = require('module');
const path = require('path');

const root = path.resolve(__dirname, '..');
const target = path.join(root, 'schemas', 'twin.schema.json');

/** Bundles the generator in memory and returns its exports. */
function loadGenerator() {
  const entry = path.join(root, 'core/src/manifest/jsonSchema.ts');
  const out = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const mod = new Module(entry);
  mod.filename = entry;
  mod.paths = Module._nodeModulePaths(root);
  mod._compile(out.outputFiles[0].text, entry);
  return mod.exports;
}

const text = loadGenerator().renderTwinJsonSchema();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('schemas/twin.schema.json is out of date: run node scripts/generate-schema.js');
    process.exit(1);
  }
  console.log('schemas/twin.schema.json is up to date');
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(root, target)}`);
}
