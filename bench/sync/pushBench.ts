// The push benchmark: 1,000 items pushed by the real CLI (`twin push FILE --yes`, a separate process:
// validate, list, plan, apply with the lock file) into the emulator over real HTTP on 127.0.0.1. Under a 20 requests/second limit with 20 ms
// latency it is compared with the bound N ÷ rate and with one request at a time; without a limit,
// concurrency 1, 4, 8 and 16 are compared. Each run starts from an empty emulator and checks
// afterwards that every item exists exactly once.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SECTION_KEYS, type Manifest } from '../../core/src/manifest/model';
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
  /** Items the CLI did not report done (it exited non-zero). */
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
  /** The CLI bundle to run (a snapshot of dist/cli.js). */
  cli: string;
  /** Longest a single push may take before it is killed and counted as an error. */
  timeoutMs?: number;
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

/** The manifest as YAML text; every name quoted, so that none is read as anything but a string. */
function manifestText(manifest: Manifest): string {
  return SECTION_KEYS.map(
    (key) => `${key}:\n${manifest.sections[key].map((e) => `  - ${JSON.stringify(e.name)}\n`).join('')}`,
  ).join('');
}

/** Runs `node cli push file ...` and resolves with its exit code, or rejects after timeoutMs. */
function runCli(cli: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-2000)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`twin push did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === null) return;
      if (code > 1) reject(new Error(`twin push exited ${code}: ${stderr.trim().split('\n').pop() ?? ''}`));
      else resolve(code);
    });
  });
}

/** One push into a fresh emulator, timed from starting the CLI to its exit; then audits the emulator. */
async function runOnce(
  scenario: PushScenario,
  manifest: Manifest,
  options: PushBenchOptions,
): Promise<PushRun> {
  const emulator = await startEmulator({
    switches: { latencyMs: scenario.latencyMs, rateLimitPerSecond: scenario.rateLimitPerSecond },
  });
  const dir = path.join(options.workDir, 'push');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `push-${scenario.id}.twin.yaml`);
  const lockPath = file.replace(/\.twin\.yaml$/, '.twin.lock');
  writeFileSync(file, manifestText(manifest));
  rmSync(lockPath, { force: true });
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, TWIN_TOKEN: emulator.issueToken(), LANG: 'C' };
    delete env['TWIN_API_URL'];
    const args = [
      'push',
      file,
      '--api',
      emulator.baseUrl,
      '--yes',
      '--concurrency',
      String(scenario.concurrency),
    ];
    const start = performance.now();
    const exitCode = await runCli(options.cli, args, env, options.timeoutMs ?? 180_000);
    const ms = performance.now() - start;
    let duplicated = 0;
    let missing = 0;
    for (const section of SECTION_KEYS)
      for (const entry of manifest.sections[section]) {
        const times = emulator.state.timesStored(section, entry.name);
        if (times > 1) duplicated += times - 1;
        if (times === 0) missing++;
      }
    const log = emulator.state.log;
    const created = SECTION_KEYS.reduce((n, s) => n + emulator.state.items(s).length, 0);
    return {
      ms,
      created,
      // The CLI exits 0 only when everything in the plan exists; otherwise count what is not there.
      failed: exitCode === 0 ? 0 : Math.max(1, missing),
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
  const unlimitedRounds = options.unlimitedRounds ?? 2;
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
        const run = await runOnce(scenario, manifest, options);
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
