// An earlier version of our server as an extra contender, so that a fix is measured before and after
// in the same run (alternating, same machine state) rather than across two noisy runs. The server's
// sources at that commit are read with `git archive` (the working tree is not touched) and bundled
// against today's node_modules.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { twinServer, type Contender } from './contenders';

/** Builds dist/server.js of `commit` under workDir and returns it as a contender `twin@<commit>`. */
export function baselineServer(root: string, commit: string, workDir: string): Contender {
  const sha = execFileSync('git', ['rev-parse', '--short', commit], { cwd: root, encoding: 'utf8' }).trim();
  const dir = path.join(workDir, `baseline-${sha}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', sha, 'core', 'server'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive });
  if (untar.status !== 0) throw new Error(`could not unpack ${sha}: ${untar.stderr.toString()}`);
  buildSync({
    entryPoints: [path.join(dir, 'server', 'src', 'server.ts')],
    outfile: path.join(dir, 'dist', 'server.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: 'linked',
    mainFields: ['main', 'module'],
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'warning',
  });
  return { ...twinServer(dir), id: `twin@${sha}`, label: `twin at ${sha} (before)` };
}
