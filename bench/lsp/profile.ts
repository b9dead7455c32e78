// CPU profile of our server on one manifest size: an unminified bundle with its source map is built
// aside, driven through one ordinary session under `node --cpu-prof`, and the profile's self time is
// summed per source module and per function, so that a missed target points at code.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { generateManifest } from '../generate/manifest';
import type { Contender } from './contenders';
import { runSession, type Phase } from './session';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Names each profile node `function [module:line]`, the module found from esbuild's `// path` markers. */
function nodeNamer(bundleText: string): (node: ProfileNode) => string {
  const moduleStarts: Array<{ line: number; module: string }> = [];
  bundleText.split('\n').forEach((text, line) => {
    const m = /^\/\/ ((?:node_modules|core|server|emulator|cli)\/\S+)$/.exec(text);
    if (m?.[1]) moduleStarts.push({ line, module: m[1] });
  });
  const moduleOf = (line: number): string => {
    let found = '(bundle top level)';
    for (const s of moduleStarts) if (s.line <= line) found = s.module;
    return found;
  };
  return (node) => {
    const f = node.callFrame;
    if (!f.url) return f.functionName || '(native)';
    const where = f.url.endsWith('server.js') ? moduleOf(f.lineNumber) : path.basename(f.url);
    return `${f.functionName || '(anonymous)'}  [${where}:${f.lineNumber + 1}]`;
  };
}

/**
 * Self and inclusive time per function of the samples taken during each kind of phase (open, edit,
 * completion, hover), heaviest first, as text.
 */
export function summarizeProfile(
  profile: CpuProfile,
  bundleText: string,
  phases: readonly Phase[],
  top = 18,
): string {
  const name = nodeNamer(bundleText);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: string[] = [];
  for (const kind of ['open', 'edit', 'completion', 'hover'] as const) {
    const windows = phases.filter((p) => p.name === kind);
    if (windows.length === 0) continue;
    const wall = windows.reduce((sum, w) => sum + (w.endUs - w.startUs), 0);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let sampled = 0;
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      t += dt;
      if (!windows.some((w) => t >= w.startUs && t <= w.endUs)) return;
      const node = byId.get(id);
      if (!node) return;
      sampled += dt;
      const own = name(node);
      self.set(own, (self.get(own) ?? 0) + dt);
      // Each function once per sample, however deep the recursion.
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) seen.add(name(n));
      for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    });
    const fmt = (m: Map<string, number>, filter: (k: string) => boolean = () => true) =>
      [...m.entries()]
        .filter(([k]) => filter(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(
          ([k, us]) =>
            `${(us / 1000).toFixed(1).padStart(9)} ms  ${((100 * us) / Math.max(1, sampled)).toFixed(0).padStart(3)}%  ${k}`,
        )
        .join('\n');
    out.push(
      `== ${kind}: ${windows.length}×, ${(wall / 1000).toFixed(1)} ms wall in total, ` +
        `${(sampled / 1000).toFixed(1)} ms of server samples\n` +
        `-- self time\n${fmt(self)}\n` +
        `-- inclusive time (our code and yaml only)\n${fmt(inclusive, (k) => /\[(core|server|node_modules\/yaml)\//.test(k))}\n`,
    );
  }
  return out.join('\n');
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
  const session = await runSession(profiled, generateManifest(entries), documentDir, {
    editPairs: 5,
    queries: 5,
    timeoutMs: 120_000,
  });
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile written in ${profDir}`);
  const summary = summarizeProfile(
    JSON.parse(readFileSync(path.join(profDir, file), 'utf8')) as CpuProfile,
    readFileSync(bundle, 'utf8'),
    session.phases,
  );
  const out = path.join(dir, `summary-${entries}.txt`);
  writeFileSync(out, summary);
  return out;
}
