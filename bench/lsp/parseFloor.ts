// The floor for "open → diagnostics": `yaml`'s parseDocument alone on the same text, in a fresh
// node process warmed with the same tiny document the servers get, i.e. in the state a server is in
// when the large file arrives. It also reports the fully warmed (JIT-compiled) time.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

/** Parse times of one fresh process, in ms: the first parse of the file and the best of the next few. */
export interface FloorSample {
  firstMs: number;
  warmMs: number;
  /** CPU time (user + system, all threads) of the first parse, comparable with the servers' CPU time. */
  firstCpuMs: number;
}

const WARMUP_TEXT = 'version: 1\nattributes:\n  - ФИО\n  - name: Возраст\n    descripton: лет\n';
const WARM_REPEATS = 4;

/** Runs in the child: parses `file`, prints a FloorSample as JSON on stdout. */
export function parseFloorChild(file: string): void {
  const text = readFileSync(file, 'utf8');
  parseDocument(WARMUP_TEXT);
  const cpu = process.cpuUsage();
  let start = performance.now();
  parseDocument(text);
  const firstMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const firstCpuMs = (used.user + used.system) / 1000;
  let warmMs = Infinity;
  for (let i = 0; i < WARM_REPEATS; i++) {
    start = performance.now();
    parseDocument(text);
    warmMs = Math.min(warmMs, performance.now() - start);
  }
  process.stdout.write(JSON.stringify({ firstMs, warmMs, firstCpuMs } satisfies FloorSample));
}

/** Starts `benchScript --floor-child file` and returns what it measured. */
export function measureParseFloor(
  benchScript: string,
  file: string,
  timeoutMs: number,
): Promise<FloorSample> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [benchScript, '--floor-child', file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`parse floor child exited with ${code}`));
      else resolve(JSON.parse(out) as FloorSample);
    });
  });
}
