// CPU profile of our server on one manifest size: an unminified bundle with its source map is built
// aside, driven through one ordinary session under `node --cpu-prof`, and the profile's self time is
// summed per source module and per function, so that a missed target points at code.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { generateManifest } from '../generate/manifest';
import type { Contender } from './contenders';
import { runSession } from './session';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function and per module of a profile, heaviest first, as text. */
export function summarizeProfile(profile: CpuProfile, bundleText: string, top = 25): string {
  // esbuild marks each module of an unminified bundle with a `// path` comment line.
  const moduleStarts: Array<{ line: number; module: string }> = [];
  bundleText.split('\n').forEach((text, line) => {
    const m = /^\/\/ ((?:node_modules|core|server|emulator|cli)\/\S+)$/.exec(text);
    if (m?.[1]) moduleStarts.push({ line, module: m[1] });
  });
  const moduleOf = (line: number): string => {
    let found = '(bundle prelude)';
    for (const s of moduleStarts) if (s.line <= line) found = s.module;
    return found;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    total += us;
    const f = node.callFrame;
    const where = f.url.endsWith('server.js')
      ? moduleOf(f.lineNumber)
      : f.url === ''
        ? '(native)'
        : path.basename(f.url);
    const key = `${f.functionName || '(anonymous)'}  [${where}:${f.lineNumber + 1}]`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byModule.set(where, (byModule.get(where) ?? 0) + us);
  }
  const fmt = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([k, us]) =>
          `${(us / 1000).toFixed(1).padStart(9)} ms  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`,
      )
      .join('\n');
  return `total ${(total / 1000).toFixed(0)} ms\n\nby module (self time):\n${fmt(byModule)}\n\nby function (self time):\n${fmt(byFunction)}\n`;
}

/** Profiles our server through one session at `entries`; returns the path of the written summary. */
export async function profileServer(
  ours: Contender,
  entries: number,
  workDir: string,
  documentDir: string,
): Promise<string> {
  const root = path.resolve(workDir, '..', '..');
  const dir = path.join(workDir, 'profile');
  const profDir = path.join(dir, `cpu-${entries}`);
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const bundle = path.join(dir, 'dist', 'server.js');
  buildSync({
    entryPoints: [path.join(root, 'server', 'src', 'server.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    minify: false,
    keepNames: true,
    mainFields: ['main', 'module'],
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const profiled: Contender = {
    ...ours,
    spawn: (extra = []) => ({
      command: process.execPath,
      args: [...extra, '--cpu-prof', `--cpu-prof-dir=${profDir}`, bundle, '--stdio'],
    }),
  };
  await runSession(profiled, generateManifest(entries), documentDir, {
    editPairs: 5,
    queries: 5,
    timeoutMs: 120_000,
  });
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile written in ${profDir}`);
  const summary = summarizeProfile(
    JSON.parse(readFileSync(path.join(profDir, file), 'utf8')) as CpuProfile,
    readFileSync(bundle, 'utf8'),
  );
  const out = path.join(dir, `summary-${entries}.txt`);
  writeFileSync(out, summary);
  return out;
}
