// The push benchmark: 1,000 items through the real sync engine (list, plan, apply with the lock file)
// against the emulator over real HTTP on 127.0.0.1. Under a 20 requests/second limit with 20 ms
// latency it is compared with the bound N ÷ rate and with one request at a time; without a limit,
// concurrency 1, 4, 8 and 16 are compared. Each run starts from an empty emulator and checks
// afterwards that every item exists exactly once.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SECTION_KEYS, type Manifest } from '../../core/src/manifest/model';
import { applyPlan, createTwinClient, fetchRemote, planSync } from '../../core/src/twin';
import { startEmulator } from '../../emulator/src';
import {
  ATTRIBUTE_WORDS,
  CLIENT_TAG_WORDS,
  SESSION_TAG_WORDS,
  type SectionVocabulary,
} from '../generate/words';

/** One scenario the benchmark runs. */
export interface PushScenario {
  id: string;
  concurrency: number;
  latencyMs: number;
  rateLimitPerSecond: number;
}

/** What one run of a scenario did. */
export interface PushRun {
  ms: number;
  created: number;
  /** Items the engine reported as not done (failed, uncertain, never started). */
  failed: number;
  /** Items of the manifest that the emulator does not have at the end. */
  missing: number;
  /** Items stored more than once on the emulator. */
  duplicated: number;
  requests: number;
  rejected429: number;
}

/** Every run of every scenario. */
export interface PushBenchResult {
  items: number;
  scenarios: PushScenario[];
  runs: Record<string, PushRun[]>;
  errors: Record<string, string[]>;
}

/** Options of the push benchmark. */
export interface PushBenchOptions {
  workDir: string;
  log: (line: string) => void;
  items?: number;
  /** Rounds of the rate-limited scenarios and of the unlimited ones. */
  limitedRounds?: number;
  unlimitedRounds?: number;
}

/** Items, limit and latency the issue prescribes. */
export const PUSH_ITEMS = 1_000;
export const PUSH_RATE = 20;
export const PUSH_LATENCY_MS = 20;
/** The engine's default concurrency (core/twin createTwinClient). */
export const DEFAULT_CONCURRENCY = 4;

/** The rate-limited scenarios, then the unlimited ones. */
export const LIMITED: readonly PushScenario[] = [
  {
    id: `limit-c${DEFAULT_CONCURRENCY}`,
    concurrency: DEFAULT_CONCURRENCY,
    latencyMs: PUSH_LATENCY_MS,
    rateLimitPerSecond: PUSH_RATE,
  },
  { id: 'limit-c1', concurrency: 1, latencyMs: PUSH_LATENCY_MS, rateLimitPerSecond: PUSH_RATE },
];
export const UNLIMITED: readonly PushScenario[] = [1, 4, 8, 16].map((c) => ({
  id: `free-c${c}`,
  concurrency: c,
  latencyMs: PUSH_LATENCY_MS,
  rateLimitPerSecond: 0,
}));

function distinctNames(words: SectionVocabulary, count: number): string[] {
  const names: string[] = [];
  for (const q of words.qualifiers)
    for (const s of words.subjects)
      for (const d of words.details) {
        if (names.length >= count) return names;
        names.push([q, s, d].filter((w) => w !== '').join(' '));
      }
  return names;
}

/** A manifest of `items` distinct names: half attributes, 30% client tags, 20% session tags. */
export function pushManifest(items: number): Manifest {
  const attributes = Math.round(items * 0.5);
  const clientTags = Math.round(items * 0.3);
  return {
    version: 1,
    sections: {
      attributes: distinctNames(ATTRIBUTE_WORDS, attributes).map((name) => ({ name })),
      clientTags: distinctNames(CLIENT_TAG_WORDS, clientTags).map((name) => ({ name })),
      sessionTags: distinctNames(SESSION_TAG_WORDS, items - attributes - clientTags).map((name) => ({
        name,
      })),
    },
  };
}

/** One push of `manifest` into a fresh emulator; times list + plan + apply, then audits the emulator. */
async function runOnce(scenario: PushScenario, manifest: Manifest, workDir: string): Promise<PushRun> {
  const emulator = await startEmulator({
    switches: { latencyMs: scenario.latencyMs, rateLimitPerSecond: scenario.rateLimitPerSecond },
  });
  const lockPath = path.join(workDir, `push-${scenario.id}.twin.lock`);
  rmSync(lockPath, { force: true });
  try {
    const token = emulator.issueToken();
    const client = createTwinClient({
      baseUrl: emulator.baseUrl,
      tokens: { getToken: async () => token },
      concurrency: scenario.concurrency,
      timeoutMs: 30_000,
    });
    const start = performance.now();
    const remote = await fetchRemote(client);
    const plan = planSync(manifest, remote, {});
    const result = await applyPlan(plan, { client, lockPath });
    const ms = performance.now() - start;
    let created = 0;
    let failed = 0;
    let duplicated = 0;
    let missing = 0;
    for (const section of SECTION_KEYS) {
      const r = result.sections[section];
      created += r.created.length;
      failed += r.failed.length + r.uncertain.length + r.notStarted.length;
      for (const entry of manifest.sections[section]) {
        const times = emulator.state.timesStored(section, entry.name);
        if (times > 1) duplicated += times - 1;
        if (times === 0) missing++;
      }
    }
    const log = emulator.state.log;
    return {
      ms,
      created,
      failed,
      missing,
      duplicated,
      requests: log.length,
      rejected429: log.filter((e) => e.status === 429).length,
    };
  } finally {
    await emulator.close();
    rmSync(lockPath, { force: true });
  }
}

/** Runs every scenario, rotating their order each round. */
export async function runPushBench(options: PushBenchOptions): Promise<PushBenchResult> {
  const items = options.items ?? PUSH_ITEMS;
  const manifest = pushManifest(items);
  mkdirSync(options.workDir, { recursive: true });
  const result: PushBenchResult = { items, scenarios: [...LIMITED, ...UNLIMITED], runs: {}, errors: {} };
  const schedule: PushScenario[][] = [];
  const limitedRounds = options.limitedRounds ?? 2;
  const unlimitedRounds = options.unlimitedRounds ?? 3;
  // One request at a time under the limit takes as long as the bound itself: one round of it is enough.
  for (let round = 0; round < limitedRounds; round++)
    schedule.push(round === 0 ? [...LIMITED] : LIMITED.filter((s) => s.concurrency !== 1));
  for (let round = 0; round < unlimitedRounds; round++) {
    const k = round % UNLIMITED.length;
    schedule.push([...UNLIMITED.slice(k), ...UNLIMITED.slice(0, k)]);
  }
  for (const [i, round] of schedule.entries()) {
    for (const scenario of round) {
      try {
        const run = await runOnce(scenario, manifest, options.workDir);
        (result.runs[scenario.id] ??= []).push(run);
        options.log(
          `  push ${scenario.id}: ${(run.ms / 1000).toFixed(2)} s, ${run.failed} failed, ${run.missing} missing, ${run.rejected429}× 429`,
        );
      } catch (e) {
        (result.errors[scenario.id] ??= []).push(e instanceof Error ? e.message : String(e));
        options.log(`  push ${scenario.id} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    options.log(`  push round ${i + 1}/${schedule.length} done`);
  }
  return result;
}
