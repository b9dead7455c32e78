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
  bundleServer(root, dir, dir);
  return { ...twinServer(dir), id: `twin@${sha}`, label: `twin at ${sha} (before)` };
}

/**
 * A server built from another source tree (a folder holding core/ and server/, e.g. a patched copy)
 * as a contender `twin@<name>`: to measure a change before proposing it.
 */
export function candidateServer(root: string, tree: string, workDir: string): Contender {
  const name = path.basename(path.resolve(tree));
  const out = path.join(workDir, `candidate-${name}`);
  bundleServer(root, path.resolve(tree), out);
  return { ...twinServer(out), id: `twin@${name}`, label: `twin from ${name} (candidate)` };
}

/** Bundles tree/server/src/server.ts into out/dist/server.js against the repository's node_modules. */
function bundleServer(root: string, tree: string, out: string): void {
  buildSync({
    entryPoints: [path.join(tree, 'server', 'src', 'server.ts')],
    outfile: path.join(out, 'dist', 'server.js'),
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
}
