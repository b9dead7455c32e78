// Sizes of what ships: the bundles in dist/ and the .vsix that `npm run package` builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One shipped file and its size in bytes. */
export interface SizedFile {
  file: string;
  bytes: number;
}

/** dist bundles, the .vsix when it could be built, and why not when it could not. */
export interface ShippedSizes {
  dist: SizedFile[];
  vsix: SizedFile | undefined;
  vsixNote: string | undefined;
}

const BUNDLES = ['dist/extension.js', 'dist/server.js', 'dist/cli.js'];

/** Builds the .vsix with `npm run package` (when that script exists) and measures everything. */
export function measureShippedSizes(root: string, timeoutMs: number): ShippedSizes {
  const dist = BUNDLES.filter((f) => existsSync(path.join(root, f))).map((file) => ({
    file,
    bytes: statSync(path.join(root, file)).size,
  }));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    scripts?: Record<string, string>;
  };
  const script = path.join(root, 'scripts', 'package.js');
  if (!pkg.scripts?.['package'] || !existsSync(script)) {
    return { dist, vsix: undefined, vsixNote: '`npm run package` does not exist yet; dist/ only' };
  }
  const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', timeout: timeoutMs });
  const vsixFile = `${pkg.name}-${pkg.version}.vsix`;
  const vsixPath = path.join(root, vsixFile);
  if (run.status !== 0 || !existsSync(vsixPath)) {
    const why = (run.stderr || run.stdout || '').trim().split('\n').slice(-1)[0] ?? '';
    return { dist, vsix: undefined, vsixNote: `\`npm run package\` failed: ${why}` };
  }
  return { dist, vsix: { file: vsixFile, bytes: statSync(vsixPath).size }, vsixNote: undefined };
}
