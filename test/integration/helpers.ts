// Shared by the integration tests: the real emulator in-process, the real CLI (dist/cli.js) as a child
// process over real HTTP, temp folders, manifests, and polling with a deadline instead of sleeps.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir as makeTempDir } from '../support/tempDir';
import path from 'node:path';
import { startEmulator, type EmulatorOptions, type Resource, type RunningEmulator } from '../../emulator/src';

/** The bundled CLI, as users run it. */
export const CLI = path.resolve(__dirname, '../../../dist/cli.js');

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js ...args` (or the executable `bin`, such as an installed `twin`); `started` gets
 * the child (to kill it mid-way).
 */
export function runCli(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; bin?: string; started?: (child: ChildProcess) => void } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const [command, argv] = opts.bin ? [opts.bin, args] : [process.execPath, [CLI, ...args]];
    const child = spawn(command, argv, {
      cwd: opts.cwd ?? process.cwd(),
      env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    opts.started?.(child);
  });
}

/** Polls `condition` until it holds; fails with `what` at the deadline. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A fresh temp folder, deleted when the test process exits. */
export function tempDir(): string {
  return makeTempDir('twin-it-');
}

/** Names per manifest section (section keys equal the emulator's resource names). */
export type Names = Record<Resource, string[]>;

/** `count` names per section, with a prefix, for bulk tests. */
export function manyNames(count: number, prefix = 'item'): Names {
  const list = (s: string) =>
    Array.from({ length: count }, (_, i) => `${prefix} ${s} ${String(i).padStart(4, '0')}`);
  return { attributes: list('attr'), clientTags: list('ctag'), sessionTags: list('stag') };
}

/** Writes a manifest with these names into `dir`; returns its path. */
export function writeManifest(dir: string, names: Names, file = 'company.twin.yaml'): string {
  const section = (key: Resource) =>
    names[key].length === 0
      ? `${key}: []`
      : `${key}:\n${names[key].map((n) => `  - ${JSON.stringify(n)}`).join('\n')}`;
  const p = path.join(dir, file);
  writeFileSync(
    p,
    `version: 1\n${section('attributes')}\n${section('clientTags')}\n${section('sessionTags')}\n`,
  );
  return p;
}

/** Starts an emulator for one test; close it in `finally`/`after`. */
export function emulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator(options);
}

/** Environment for the CLI: this emulator, a fresh token, short timeouts and backoff for fast tests. */
export function cliEnv(emu: RunningEmulator, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    TWIN_API_URL: emu.baseUrl,
    TWIN_TOKEN: emu.issueToken(),
    TWIN_HTTP_TIMEOUT_MS: '400',
    TWIN_RETRY_BASE_MS: '20',
    ...extra,
  };
}

/** Asserts the emulator holds every name exactly once per section, and nothing else. */
export function assertEachExactlyOnce(emu: RunningEmulator, names: Names): void {
  for (const resource of Object.keys(names) as Resource[]) {
    const stored = emu.state
      .items(resource)
      .map((i) => i.name)
      .sort();
    assert.deepEqual(stored, [...names[resource]].sort(), `${resource}: each name exactly once`);
  }
}

/** Number of POSTs the emulator received. */
export function postCount(emu: RunningEmulator): number {
  return emu.state.log.filter((e) => e.method === 'POST').length;
}

/** Items stored so far across the sections. */
export function storedCount(emu: RunningEmulator): number {
  return (['attributes', 'clientTags', 'sessionTags'] as const).reduce(
    (n, r) => n + emu.state.items(r).length,
    0,
  );
}

/** Asserts the lock file beside the manifest is valid JSON recording exactly the emulator's ids. */
export function assertLockMatches(emu: RunningEmulator, manifestPath: string): void {
  const lockPath = manifestPath.replace(/\.yaml$/, '.lock');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Record<
    string,
    Record<string, Record<string, string | null>>
  >;
  const target = lock[`${emu.baseUrl} company=1`] ?? {};
  for (const resource of ['attributes', 'clientTags', 'sessionTags'] as const) {
    const recorded = Object.entries(target[resource] ?? {}).filter(([, id]) => id !== null);
    const stored = emu.state.items(resource).map((i): [string, string] => [i.name, i.id]);
    assert.deepEqual(
      new Map(recorded),
      new Map(stored),
      `${resource}: the lock file records the emulator's ids`,
    );
  }
}

/**
 * The peak resident memory of a child process in bytes, read from /proc/<pid>/status (VmHWM, the
 * kernel's own high-water mark) until the child exits. Call `stop()` after it exited: the last reading
 * is the peak (HWM never goes down). 0 where /proc is missing.
 */
export function watchPeakRss(child: ChildProcess): { stop(): number } {
  let peak = 0;
  const read = (): void => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      // exited between two readings: the last one stands
    }
  };
  read();
  const timer = setInterval(read, 5);
  child.once('exit', () => clearInterval(timer));
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
