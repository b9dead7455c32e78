// The folder boundaries of design.md, checked on every import and require of the TypeScript sources.
// ESLint's no-restricted-imports (eslint.config.mjs) catches most of it while editing; this test is the
// allow-list itself, so a new package or a reach into another folder fails `npm test` naming the file
// and the import, even where the lint patterns have no rule for it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../../..');

/** Where a source file lives, in design.md's terms. */
type Zone = 'core' | 'protocol' | 'service' | 'server' | 'client' | 'cli' | 'emulator';

interface Allowed {
  /** Packages it may import (exact specifiers). */
  packages: readonly string[];
  /** Node built-ins (node:fs, fs, fs/promises...). */
  builtins: boolean;
  /** Folders of this repository it may import from. */
  zones: readonly Zone[];
  /** Single files of another folder it may import, with the reason. */
  files?: Readonly<Record<string, string>>;
}

const SERVICE_PACKAGES = ['vscode-languageserver-types', 'vscode-languageserver-textdocument'];

/** design.md's table. */
const TABLE: Record<Zone, Allowed> = {
  core: {
    packages: ['yaml', 'node-fetch', '@vscode/l10n'],
    builtins: true,
    zones: ['core'],
    // One localization layer (issue 11): the server and the CLI carry the Russian bundle inside them.
    files: { 'l10n/bundle.l10n.ru.json': 'the Russian bundle compiled into the server and the CLI' },
  },
  // The client–server protocol (issue 11): the method objects need vscode-jsonrpc's RequestType and
  // NotificationType, the very classes vscode-languageclient and vscode-languageserver re-export.
  protocol: { packages: ['vscode-jsonrpc'], builtins: false, zones: ['core', 'protocol'] },
  service: {
    packages: SERVICE_PACKAGES,
    builtins: false,
    zones: ['core', 'service'],
    // The pure service takes the protocol's types, not its method objects (no JSON-RPC in service/).
    files: { 'protocol/src/types.ts': 'the twin/* parameter and result types' },
  },
  // The table lists no node built-ins for server/src/*.ts, but the LSP adapter is where the server does
  // I/O: startServer.ts reads a manifest that is not open in the editor from disk (node:fs/promises,
  // node:url) for the twin/manifest request. service/ stays pure.
  server: {
    packages: [...SERVICE_PACKAGES, 'vscode-languageserver/node'],
    builtins: true,
    zones: ['core', 'protocol', 'service', 'server'],
  },
  client: {
    packages: ['vscode', 'vscode-languageclient/node'],
    builtins: false,
    zones: ['core', 'protocol', 'client'],
  },
  cli: {
    packages: [],
    builtins: true,
    zones: ['core', 'cli'],
    // Issue 3 asks for `twin emulator`: the CLI starts the emulator in-process through its public entry,
    // and through nothing else of emulator/.
    files: { 'emulator/src/index.ts': 'the `twin emulator` command (issue 3)' },
  },
  emulator: { packages: [], builtins: true, zones: ['core', 'emulator'] },
};

const SOURCE_ROOTS = ['core/src', 'protocol/src', 'server/src', 'client/src', 'cli/src', 'emulator/src'];

/** The zone of a repository path (forward slashes), or undefined outside the sources. */
function zoneOf(rel: string): Zone | undefined {
  if (rel.startsWith('core/')) return 'core';
  if (rel.startsWith('protocol/')) return 'protocol';
  if (rel.startsWith('server/src/service/')) return 'service';
  if (rel.startsWith('server/')) return 'server';
  if (rel.startsWith('client/')) return 'client';
  if (rel.startsWith('cli/')) return 'cli';
  if (rel.startsWith('emulator/')) return 'emulator';
  return undefined;
}

function isBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || builtinModules.includes(spec);
}

/** The repository file a relative specifier names (index.ts for a folder). */
function resolveRelative(fromRel: string, spec: string): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), spec));
  for (const candidate of [target, `${target}.ts`, `${target}/index.ts`])
    if (/\.ts$/.test(candidate) && existsInRepo(candidate)) return candidate;
  return target;
}

function existsInRepo(rel: string): boolean {
  try {
    readFileSync(path.join(ROOT, rel));
    return true;
  } catch {
    return false;
  }
}

/** Every import, export-from, require() and import() specifier of a TypeScript text. */
function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The boundary violations of one file: "file: imports "x" (why not)". */
function violations(rel: string, text: string): string[] {
  const zone = zoneOf(rel);
  if (!zone) return [];
  const allowed = TABLE[zone];
  const out: string[] = [];
  for (const spec of specifiersOf(text)) {
    if (spec.startsWith('.')) {
      const target = resolveRelative(rel, spec);
      const targetZone = zoneOf(target);
      if (targetZone && allowed.zones.includes(targetZone)) continue;
      if (allowed.files?.[target] !== undefined) continue;
      out.push(
        `${rel}: imports "${spec}" (${target}), but ${zone} may import only from ${allowed.zones.join(', ')}` +
          (allowed.files ? ` and ${Object.keys(allowed.files).join(', ')}` : ''),
      );
    } else if (isBuiltin(spec)) {
      if (!allowed.builtins) out.push(`${rel}: imports the node built-in "${spec}", which ${zone} may not`);
    } else if (!allowed.packages.includes(spec)) {
      out.push(
        `${rel}: imports the package "${spec}", but ${zone} may import only ${allowed.packages.join(', ') || 'no package'}`,
      );
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

test('every source file imports only what design.md allows its folder', () => {
  const files = SOURCE_ROOTS.flatMap(sourceFiles);
  assert.ok(files.length > 50, `found only ${files.length} source files under ${ROOT}`);
  const found = files.flatMap((rel) => violations(rel, readFileSync(path.join(ROOT, rel), 'utf8')));
  assert.deepEqual(found, [], `imports across the boundaries:\n${found.join('\n')}`);
});

test('the check names the file and the import for each kind of violation', () => {
  assert.deepEqual(violations('core/src/twin/x.ts', "import * as vscode from 'vscode';"), [
    'core/src/twin/x.ts: imports the package "vscode", but core may import only yaml, node-fetch, @vscode/l10n',
  ]);
  assert.match(
    violations('client/src/x.ts', "import { a } from '../../server/src/service/a';").join(),
    /client\/src\/x\.ts: imports "\.\.\/\.\.\/server\/src\/service\/a" \(server\/src\/service\/a\)/,
  );
  assert.match(
    violations('server/src/service/x.ts', "const fs = require('node:fs');").join(),
    /service\/x\.ts: imports the node built-in "node:fs"/,
  );
  assert.match(
    violations('server/src/service/x.ts', "export { y } from 'vscode-languageserver/node';").join(),
    /the package "vscode-languageserver\/node"/,
  );
  assert.match(
    violations('cli/src/x.ts', "const s = await import('../../emulator/src/store');").join(),
    /cli\/src\/x\.ts: imports "\.\.\/\.\.\/emulator\/src\/store"/,
  );
  assert.match(
    violations('server/src/service/x.ts', "import { ManifestRequest } from '../../../protocol/src';").join(),
    /service\/x\.ts: imports "\.\.\/\.\.\/\.\.\/protocol\/src" \(protocol\/src\/index\.ts\)/,
    'the pure service takes the protocol types, never the JSON-RPC method objects',
  );
  assert.match(
    violations('cli/src/x.ts', "import { ManifestRequest } from '../../protocol/src';").join(),
    /cli may import only from core, cli/,
  );
  assert.match(
    violations('protocol/src/x.ts', "import { LanguageClient } from 'vscode-languageclient/node';").join(),
    /protocol may import only vscode-jsonrpc/,
  );
  assert.deepEqual(violations('cli/src/commands/e.ts', "import { a } from '../../../emulator/src';"), []);
  assert.deepEqual(
    violations('core/src/x.ts', "// import 'vscode'\nconst s = \"require('vscode')\";"),
    [],
    'comments and strings are not imports',
  );
});
