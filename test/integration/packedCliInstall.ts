// The CLI as users get it from the npm registry: `npm run pack:cli`'s tarball installed into a fresh
// prefix (offline: the package has no dependencies). Shared by the tests of the package and of the
// example workflow.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { tempDir } from './helpers';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '../../..');

/** Packs the CLI and installs it; returns the tarball and the installed `twin` executable. */
export function installPackedCli(): { tarball: string; twin: string } {
  const out = tempDir();
  const printed = execFileSync(process.execPath, [path.join(ROOT, 'scripts/pack-cli.js'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const tarball = printed.trim().split('\n').at(-1) ?? '';
  const prefix = tempDir();
  execFileSync(
    'npm',
    ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
    {
      cwd: out,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { tarball, twin: path.join(prefix, 'bin', 'twin') };
}
