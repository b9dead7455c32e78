// Activation → language server ready inside code-server, through the E2E toolchain: the vscode test
// layer's launcher (scripts/e2e/run-vscode-suite.js) runs bench/activation/runner.ts in place of the
// mocha suite, and the times are read from its output. Needs ~/.cache/twin-e2e (scripts/e2e-setup.sh).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

/** One activation, in ms from calling activate(). */
export interface ActivationSample {
  wasActive: boolean;
  activateMs: number;
  serverReadyMs: number;
  firstDiagnosticsMs: number | null;
}

/** The samples, or why there are none. */
export interface ActivationResult {
  samples: ActivationSample[];
  note: string | undefined;
}

const MARK = 'TWIN_BENCH_ACTIVATION ';

function runOnce(root: string, runner: string, timeoutMs: number): Promise<ActivationSample> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'e2e', 'run-vscode-suite.js')], {
      cwd: root,
      env: { ...process.env, TWIN_VSCODE_TESTS: runner, TWIN_VSCODE_SUITE_TIMEOUT_MS: String(timeoutMs) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: false,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs + 60_000);
    child.on('close', () => {
      clearTimeout(timer);
      const line = output.split('\n').find((l) => l.includes(MARK));
      if (!line) return reject(new Error(`no activation times in the output: ${output.slice(-400)}`));
      resolve(JSON.parse(line.slice(line.indexOf(MARK) + MARK.length)) as ActivationSample);
    });
  });
}

/** Runs `rounds` fresh code-server sessions and collects one activation from each. */
export async function measureActivation(
  root: string,
  workDir: string,
  rounds: number,
  log: (line: string) => void,
): Promise<ActivationResult> {
  const toolchain = path.join(os.homedir(), '.cache', 'twin-e2e', 'code-server');
  if (!existsSync(toolchain) || !existsSync(path.join(root, 'scripts', 'e2e', 'run-vscode-suite.js')))
    return { samples: [], note: 'the E2E toolchain is not installed (scripts/e2e-setup.sh)' };
  const runner = path.join(workDir, 'activation-runner.js');
  buildSync({
    entryPoints: [path.join(root, 'bench', 'activation', 'runner.ts')],
    outfile: runner,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const samples: ActivationSample[] = [];
  const errors: string[] = [];
  for (let i = 0; i < rounds; i++) {
    try {
      const sample = await runOnce(root, runner, 120_000);
      samples.push(sample);
      log(
        `  activation ${i + 1}/${rounds}: server ready ${sample.serverReadyMs.toFixed(0)} ms after activate()`,
      );
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
      log(`  activation ${i + 1}/${rounds} failed: ${errors[errors.length - 1] ?? ''}`);
    }
  }
  return {
    samples,
    note: errors.length > 0 ? `${errors.length} of ${rounds} runs failed: ${errors[0] ?? ''}` : undefined,
  };
}
