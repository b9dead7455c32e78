// The real CLI bundle with its output piped into a reader that stops early (`twin … | head -3`): it
// ends quietly, with no EPIPE stack trace, and exits with the command's own status (cli/src/closedPipe.ts).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, tempDir } from './helpers';

interface PipedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** What the reader got before it closed its end. */
  read: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js …args`; the reader of stdout closes its end after `keepBytes` bytes (0: at
 * once, before the CLI has written anything). `closeStderr` closes stderr's reader at once as well.
 */
function runPiped(args: string[], keepBytes: number, closeStderr = false): Promise<PipedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let read = '';
    let stderr = '';
    if (keepBytes === 0) child.stdout.destroy();
    else
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        read += d;
        if (read.length >= keepBytes) child.stdout.destroy();
      });
    if (closeStderr) child.stderr.destroy();
    else child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, read, stderr }));
  });
}

/** A manifest with `count` duplicate names: one error line each, far more than a pipe buffers (64 KiB). */
function manyErrors(count: number): string {
  const file = path.join(tempDir(), 'many.twin.yaml');
  const lines = Array.from({ length: count }, () => '  - Дубликат');
  writeFileSync(file, `version: 1\nattributes:\n${lines.join('\n')}\n`);
  return file;
}

const BROKEN = path.resolve(__dirname, '../../../examples/broken.twin.yaml');

test('validate | head: the reader leaves mid-way; the CLI stops writing and exits 1 for the errors', async () => {
  const run = await runPiped(['validate', manyErrors(3000)], 200);
  assert.match(run.read, /many\.twin\.yaml:\d+:\d+: error duplicate-name/, 'the reader got the first lines');
  assert.equal(run.signal, null);
  assert.equal(run.stderr, '', 'nothing on stderr: no EPIPE, no stack trace');
  assert.equal(run.code, 1, 'the status of validate: the file has errors');
});

test('a reader that closes before the first line: still the command status, still nothing on stderr', async () => {
  const broken = await runPiped(['validate', BROKEN], 0);
  assert.equal(broken.stderr, '');
  assert.equal(broken.code, 1);
  const help = await runPiped(['help'], 0);
  assert.equal(help.stderr, '');
  assert.equal(help.code, 0, 'help succeeded, even though nobody read it');
});

test('2>&1 | head: stdout and stderr both closed, the CLI exits with the command status', async () => {
  const run = await runPiped(['help'], 0, true);
  assert.equal(run.signal, null);
  assert.equal(run.code, 0);
});
