// A TWIN that cannot be trusted, through the real CLI bundle: a 50 MB list answer, pages that never end,
// pages that repeat, items whose names sit under a field the client does not know, a captive portal's
// HTML with status 200, and 403 on lists and on creates. Each run must end by itself with exit 1 and a
// message that says what happened, create nothing that already exists, and stay under 300 MB.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EmulatorSwitches, RunningEmulator } from '../../emulator/src';
import {
  assertEachExactlyOnce,
  cliEnv,
  emulator,
  manyNames,
  postCount,
  runCli,
  tempDir,
  watchPeakRss,
  writeManifest,
  type CliRun,
  type Names,
} from './helpers';

const MAX_RSS = 300 * 1024 * 1024;

/** An emulator holding `names` (pushed while it behaved), then switched to misbehave. */
async function hostileEmulator(names: Names, switches: Partial<EmulatorSwitches>): Promise<RunningEmulator> {
  const emu = await emulator();
  const first = await runCli(['push', writeManifest(tempDir(), names), '--yes'], { env: cliEnv(emu) });
  assert.equal(first.code, 0, first.stdout + first.stderr);
  emu.state.set(switches);
  emu.state.clearLog();
  return emu;
}

/** Runs the CLI, measuring its peak memory. */
async function measuredRun(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun & { peakRss: number }> {
  let watch: { stop(): number } | undefined;
  const run = await runCli(args, { env, started: (child) => (watch = watchPeakRss(child)) });
  const peakRss = watch?.stop() ?? 0;
  return { ...run, peakRss };
}

/** The file pushed again: what the emulator already holds, plus one new name per section. */
function withOneNew(names: Names): Names {
  return {
    attributes: [...names.attributes, 'new attr'],
    clientTags: [...names.clientTags, 'new ctag'],
    sessionTags: [...names.sessionTags, 'new stag'],
  };
}

const CASES: ReadonlyArray<{
  title: string;
  switches: Partial<EmulatorSwitches>;
  /** What the error line must say (English). */
  says: RegExp;
  env?: NodeJS.ProcessEnv;
}> = [
  {
    title: 'a 50 MB list answer',
    switches: { listAnswer: 'huge', hugeListBytes: 50 * 1024 * 1024 },
    // Time enough to stream 8 MiB on a loaded machine, so that the size limit is what ends it.
    env: { TWIN_HTTP_TIMEOUT_MS: '60000' },
    says: /TWIN \(127\.0\.0\.1:\d+\) sent an answer larger than 8 MiB; it was cut off unread/,
  },
  {
    title: 'pages that never end',
    switches: { listAnswer: 'endless' },
    says: /Cannot tell what TWIN holds in “Client attributes”: its list went on past 50000 items/,
  },
  {
    title: 'pages that repeat (offset ignored)',
    switches: { listAnswer: 'repeating' },
    says: /“Client attributes”: a page of its list repeated what came before/,
  },
  {
    title: 'items with their names under "title"',
    switches: { listAnswer: 'unreadable' },
    says: /“Client attributes”: 3 of the 3 listed items have no id and name this client can read \(fields seen: id, title\)\. Nothing is sent/,
  },
  {
    title: 'an HTML page with status 200 (a captive portal)',
    switches: { listAnswer: 'html' },
    says: /TWIN \(127\.0\.0\.1:\d+\) answered with something that is not the expected JSON \(an HTML page/,
  },
  {
    title: '403 on lists',
    switches: { forbid: 'lists' },
    says: /TWIN denied access to “Client attributes” \(403: Forbidden\.\)\. The token may have expired, or it may lack the rights for this section\. Get a new token in the TWIN cabinet \(Помощь – API\)/,
  },
];

for (const c of CASES)
  test(`hostile TWIN [CLI] ${c.title}: plan and push exit 1 saying why, nothing created, under 300 MB`, async (t) => {
    const names = manyNames(3, 'hostile');
    const emu = await hostileEmulator(names, c.switches);
    try {
      const file = writeManifest(tempDir(), withOneNew(names));
      const env = cliEnv(emu, c.env);
      for (const args of [
        ['plan', file],
        ['push', file, '--yes'],
      ]) {
        const run = await measuredRun(args, env);
        assert.equal(run.code, 1, `${args[0]}: exit 1\n${run.stdout}${run.stderr}`);
        assert.match(run.stderr, c.says, `${args[0]} says why`);
        assert.doesNotMatch(run.stdout + run.stderr, /FATAL|heap|at .*\.js:\d+/, 'no crash, no stack');
        assert.ok(run.peakRss > 0, 'memory was measured');
        t.diagnostic(`${args[0]}: peak RSS ${Math.round(run.peakRss / 2 ** 20)} MB`);
        assert.ok(run.peakRss < MAX_RSS, `${args[0]}: peak RSS ${Math.round(run.peakRss / 2 ** 20)} MB`);
      }
      assert.equal(postCount(emu), 0, 'not one create sent');
      assertEachExactlyOnce(emu, names);
    } finally {
      await emu.close();
    }
  });

test('hostile TWIN [CLI] 403 on creates: stops at the first, names the section, nothing else sent', async () => {
  const names = manyNames(2, 'forbid');
  const emu = await hostileEmulator(names, { forbid: 'creates' });
  try {
    const file = writeManifest(tempDir(), withOneNew(names));
    const run = await measuredRun(['push', file, '--yes', '--concurrency', '1'], cliEnv(emu));
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /Stopped: TWIN denied access to “Client attributes” \(403: Forbidden\.\)\. The token may have expired/,
    );
    // The 403 stops the push; a create already let through the single slot may still go out, no more.
    assert.ok(postCount(emu) <= 2, `the first 403 stopped the push (${postCount(emu)} creates sent)`);
    assert.ok(
      emu.state.log.every((e) => e.method !== 'POST' || e.status === 403),
      'every create met the 403',
    );
    assertEachExactlyOnce(emu, names);
    assert.ok(run.peakRss < MAX_RSS);
  } finally {
    await emu.close();
  }
});

test('hostile TWIN [CLI] in Russian: an unreadable list and a 403 say so in Russian', async () => {
  const names = manyNames(1, 'ru');
  const emu = await hostileEmulator(names, { listAnswer: 'unreadable' });
  try {
    const file = writeManifest(tempDir(), withOneNew(names));
    const env = cliEnv(emu, { LANG: 'ru_RU.UTF-8' });
    const unreadable = await runCli(['push', file, '--yes'], { env });
    assert.equal(unreadable.code, 1);
    assert.match(
      unreadable.stderr,
      /Невозможно понять, что есть в TWIN в разделе «Атрибуты клиента»: .* 1 из 1 \(встречены поля: id, title\)\. Пока этот список нельзя прочитать, ничего не отправляется/,
    );
    emu.state.set({ listAnswer: 'normal', forbid: 'lists' });
    const forbidden = await runCli(['push', file, '--yes'], { env });
    assert.equal(forbidden.code, 1);
    assert.match(
      forbidden.stderr,
      /TWIN запретил доступ к разделу «Атрибуты клиента» \(403: Forbidden\.\)\. Возможно, срок действия токена истёк/,
    );
    assert.equal(postCount(emu), 0);
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});

test('hostile TWIN [CLI] a list that turns readable again: the next push creates only what is new', async () => {
  const names = manyNames(2, 'back');
  const emu = await hostileEmulator(names, { listAnswer: 'unreadable' });
  try {
    const more = withOneNew(names);
    const file = writeManifest(tempDir(), more);
    const env = cliEnv(emu);
    assert.equal((await runCli(['push', file, '--yes'], { env })).code, 1);
    emu.state.set({ listAnswer: 'normal' });
    const again = await runCli(['push', file, '--yes'], { env });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.equal(postCount(emu), 3, 'one create per new name');
    assertEachExactlyOnce(emu, more);
  } finally {
    await emu.close();
  }
});
