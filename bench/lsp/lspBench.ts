// Runs the language-server comparison: for each manifest size, several rounds in which every
// contender (and the bare-parser floor) runs once, in an order that rotates each round so that
// neither side always gets the quieter moment of a noisy machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateManifest, type GeneratedManifest } from '../generate/manifest';
import type { Contender } from './contenders';
import { measureParseFloor, type FloorSample } from './parseFloor';
import { runSession, type SessionPlan, type SessionResult } from './session';

/** Everything measured for one manifest size. */
export interface SizeResult {
  entries: number;
  bytes: number;
  lines: number;
  exactDuplicates: number;
  normalizedDuplicates: number;
  floor: FloorSample[];
  sessions: Record<string, SessionResult[]>;
  /** Contender id → why some or all of its rounds are missing. */
  failures: Record<string, string[]>;
}

/** What to run. */
export interface LspBenchOptions {
  workDir: string;
  /**
   * Folder the documents' URIs point into (they are sent in full, never read from disk). Not under
   * bench/.work: yaml-language-server's file patterns do not match inside dot-directories.
   */
  documentDir: string;
  benchScript: string;
  sizes: readonly number[];
  contenders: readonly Contender[];
  rounds: (entries: number) => number;
  plan: (entries: number) => SessionPlan;
  log: (line: string) => void;
}

/** Gives up on a contender for a size after this many failed rounds. */
const MAX_FAILURES_PER_SIZE = 2;

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Runs the comparison and returns the raw samples, size by size. */
export async function runLspBench(options: LspBenchOptions): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  mkdirSync(options.workDir, { recursive: true });
  const runnable = options.contenders.filter((c) => {
    const why = c.unavailable();
    if (why) options.log(`skipping ${c.label}: ${why}`);
    return !why;
  });
  for (const entries of options.sizes) {
    const manifest: GeneratedManifest = generateManifest(entries);
    const file = path.join(options.workDir, `bench-${entries}.twin.yaml`);
    writeFileSync(file, manifest.text);
    const result: SizeResult = {
      entries,
      bytes: Buffer.byteLength(manifest.text),
      lines: manifest.text.split('\n').length - 1,
      exactDuplicates: manifest.exactDuplicates,
      normalizedDuplicates: manifest.normalizedDuplicates,
      floor: [],
      sessions: Object.fromEntries(runnable.map((c) => [c.id, []])),
      failures: {},
    };
    const plan = options.plan(entries);
    const rounds = options.rounds(entries);
    type Runner = { id: string; run: () => Promise<void> };
    const runners: Runner[] = [
      {
        id: 'floor',
        run: async () => {
          result.floor.push(await measureParseFloor(options.benchScript, file, plan.timeoutMs));
        },
      },
      ...runnable.map((c) => ({
        id: c.id,
        run: async () => {
          (result.sessions[c.id] ??= []).push(await runSession(c, manifest, options.documentDir, plan));
        },
      })),
    ];
    for (let round = 0; round < rounds; round++) {
      for (const runner of rotate(runners, round)) {
        const failed = result.failures[runner.id] ?? [];
        if (failed.length >= MAX_FAILURES_PER_SIZE) continue;
        try {
          await runner.run();
        } catch (e) {
          const message = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
          result.failures[runner.id] = [...failed, message];
          options.log(`  ${runner.id} failed at ${entries} entries, round ${round + 1}: ${message}`);
        }
      }
      options.log(`  ${entries} entries: round ${round + 1}/${rounds} done`);
    }
    results.push(result);
  }
  return results;
}
