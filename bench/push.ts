// Issue 3's push benchmark: 1,000 items through the real engine (list, plan, apply, lock file) against
// the emulator over HTTP on 127.0.0.1, at 20 ms latency and a 20 requests/second limit. Prints the time
// against the rate-limit bound (N ÷ rate) and against one request at a time. Prints only; no asserts.
// Run: npx tsc -p tsconfig.json && node out/bench/push.js [--items=N]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyManifest, SECTION_KEYS } from '../core/src/manifest/model';
import { applyPlan, createTwinClient, fetchRemote, planSync } from '../core/src/twin';
import { startEmulator } from '../emulator/src';

const LATENCY_MS = 20;
const RATE = 20;

interface Run {
  label: string;
  ms: number;
  requests: number;
  rejected: number;
  exactlyOnce: boolean;
}

async function pushOnce(
  label: string,
  items: number,
  concurrency: number,
  rateLimitPerSecond: number,
): Promise<Run> {
  const emu = await startEmulator({ switches: { latencyMs: LATENCY_MS, rateLimitPerSecond } });
  try {
    const manifest = emptyManifest();
    for (let i = 0; i < items; i++)
      manifest.sections[SECTION_KEYS[i % 3] ?? 'attributes'].push({ name: `bench item ${i}` });
    const token = emu.issueToken();
    const client = createTwinClient({
      baseUrl: emu.baseUrl,
      tokens: { getToken: async () => token },
      concurrency,
    });
    const lockPath = path.join(mkdtempSync(path.join(tmpdir(), 'twin-bench-')), 'bench.twin.lock');
    const started = performance.now();
    const plan = planSync(manifest, await fetchRemote(client), {});
    const result = await applyPlan(plan, { client, lockPath });
    const ms = performance.now() - started;
    const stored = SECTION_KEYS.flatMap((s) => emu.state.items(s).map((i) => i.name));
    return {
      label,
      ms,
      requests: emu.state.log.length,
      rejected: emu.state.log.filter((e) => e.status === 429).length,
      exactlyOnce: result.complete && stored.length === items && new Set(stored).size === items,
    };
  } finally {
    await emu.close();
  }
}

async function main(): Promise<void> {
  const itemsArg = process.argv.find((a) => a.startsWith('--items='));
  const items = itemsArg ? Number(itemsArg.slice(8)) : 1000;
  const bound = (items / RATE) * 1000;
  console.log(`Push benchmark: ${items} items, ${LATENCY_MS} ms latency, limit ${RATE} requests/s`);
  const runs = [
    await pushOnce(`limit ${RATE}/s, concurrency 4 (default)`, items, 4, RATE),
    await pushOnce(`limit ${RATE}/s, one at a time`, items, 1, RATE),
    await pushOnce('no limit, one at a time', items, 1, 0),
    await pushOnce('no limit, concurrency 4', items, 4, 0),
  ];
  console.log('');
  console.log('| run | time s | vs N÷rate bound | requests | 429s | each item once |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of runs)
    console.log(
      `| ${r.label} | ${(r.ms / 1000).toFixed(1)} | ${(r.ms / bound).toFixed(2)}× | ${r.requests} | ${r.rejected} | ${r.exactlyOnce ? 'yes' : 'NO'} |`,
    );
  console.log(`\nN ÷ rate bound: ${(bound / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
