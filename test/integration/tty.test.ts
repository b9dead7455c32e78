// `twin push` on a real terminal (a pseudo-terminal from util-linux `script`): it asks before creating,
// honours the answer, and shows a progress line.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import {
  CLI,
  assertEachExactlyOnce,
  cliEnv,
  emulator,
  postCount,
  tempDir,
  writeManifest,
  type Names,
} from './helpers';

const hasScript = spawnSync('script', ['--version']).status === 0;
const NAMES: Names = { attributes: ['Имя клиента', 'city'], clientTags: ['VIP'], sessionTags: [] };

/** Runs the CLI on a pseudo-terminal and types `answer` (then Enter, unless `keys`) when it asks. */
function onTerminal(
  args: string[],
  env: NodeJS.ProcessEnv,
  answer: string,
  keys = false,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', TERM: 'dumb', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let answered = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!answered && /\[y\/N\]/.test(out)) {
        answered = true;
        child.stdin.write(keys ? answer : `${answer}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

test(
  'on a terminal, push asks with the host and the count; "y" creates with a progress line',
  { skip: !hasScript && 'needs util-linux script' },
  async () => {
    const emu = await emulator();
    try {
      const run = await onTerminal(['push', writeManifest(tempDir(), NAMES)], cliEnv(emu), 'y');
      assert.equal(run.code, 0, run.out);
      assert.match(run.out, new RegExp(`Create 3 items on 127\\.0\\.0\\.1:${emu.port}\\? \\[y/N\\]`));
      assert.match(run.out, /Pushing 3\/3: /);
      assertEachExactlyOnce(emu, NAMES);
    } finally {
      await emu.close();
    }
  },
);

test(
  'on a terminal, any answer but yes sends nothing',
  { skip: !hasScript && 'needs util-linux script' },
  async () => {
    const emu = await emulator();
    try {
      const run = await onTerminal(
        ['push', writeManifest(tempDir(), NAMES)],
        cliEnv(emu, { LANG: 'ru_RU.UTF-8' }),
        'нет',
      );
      assert.equal(run.code, 1, run.out);
      assert.match(run.out, /Создать 3 элемента/);
      assert.match(run.out, /Ничего не отправлено\./);
      assert.equal(postCount(emu), 0);
    } finally {
      await emu.close();
    }
  },
);

for (const [key, what] of [
  ['\x04', 'Ctrl+D'],
  ['\x03', 'Ctrl+C'],
] as const)
  test(
    `on a terminal, ${what} at the question sends nothing and exits non-zero`,
    { skip: !hasScript && 'needs util-linux script' },
    async () => {
      const emu = await emulator();
      try {
        const run = await onTerminal(['push', writeManifest(tempDir(), NAMES)], cliEnv(emu), key, true);
        assert.notEqual(run.code, 0, run.out);
        assert.match(run.out, /Nothing was sent\./);
        assert.equal(postCount(emu), 0);
        assertEachExactlyOnce(emu, { attributes: [], clientTags: [], sessionTags: [] });
      } finally {
        await emu.close();
      }
    },
  );
