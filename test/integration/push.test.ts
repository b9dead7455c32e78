// `twin plan` and `twin push` against the emulator: the happy path, exit codes, refusals, token errors.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  assertEachExactlyOnce,
  cliEnv,
  emulator,
  postCount,
  runCli,
  storedCount,
  waitFor,
  tempDir,
  writeManifest,
  type Names,
} from './helpers';

const NAMES: Names = {
  attributes: ['Имя клиента', 'Город', 'Order number'],
  clientTags: ['VIP', 'Должник'],
  sessionTags: ['Жалоба'],
};

test('first push creates everything once; a second push creates nothing; plan exit codes follow', async () => {
  const emu = await emulator();
  try {
    const dir = tempDir();
    const file = writeManifest(dir, NAMES);
    const env = cliEnv(emu);
    const before = await runCli(['plan', file], { env });
    assert.equal(before.code, 2, before.stderr);
    assert.match(before.stdout, /Total: 6 to create/);

    const first = await runCli(['push', file, '--yes'], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Client attributes: 3 created/);
    assert.match(first.stdout, /Session tags: 1 created/);
    assertEachExactlyOnce(emu, NAMES);

    // The lock file matches what the emulator stored, and holds no token.
    const lockText = readFileSync(path.join(dir, 'company.twin.lock'), 'utf8');
    assert.ok(lockText.endsWith('\n'));
    assert.ok(!lockText.includes(env.TWIN_TOKEN ?? '???'));
    const lock = JSON.parse(lockText) as Record<string, Record<string, Record<string, string>>>;
    const target = lock[`${emu.baseUrl} company=1`];
    assert.ok(target, 'keyed by base URL and company');
    for (const item of emu.state.items('clientTags')) assert.equal(target.clientTags?.[item.name], item.id);

    const posts = postCount(emu);
    const second = await runCli(['push', file, '--yes'], { env });
    assert.equal(second.code, 0, second.stderr);
    assert.equal(postCount(emu), posts, 'the second push sent no create');
    assert.match(second.stdout, /Nothing to do/);

    const after = await runCli(['plan', file], { env });
    assert.equal(after.code, 0);
  } finally {
    await emu.close();
  }
});

test('plan --format json has the documented shape, with remote-only names as on the platform', async () => {
  const emu = await emulator();
  try {
    const dir = tempDir();
    const env = cliEnv(emu);
    await runCli(['push', writeManifest(dir, { ...NAMES, sessionTags: ['Жалоба', 'Only there'] }), '--yes'], {
      env,
    });
    const file = writeManifest(dir, { ...NAMES, attributes: ['Имя клиента', 'Новое'] });
    const run = await runCli(['plan', file, '--format', 'json'], { env });
    assert.equal(run.code, 2, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      api: emu.baseUrl,
      sections: {
        attributes: { create: ['Новое'], existing: ['Имя клиента'], remoteOnly: ['Order number', 'Город'] },
        clientTags: { create: [], existing: ['VIP', 'Должник'], remoteOnly: [] },
        sessionTags: { create: [], existing: ['Жалоба'], remoteOnly: ['Only there'] },
      },
    });
  } finally {
    await emu.close();
  }
});

test('without a terminal and without --yes, push refuses and sends nothing', async () => {
  const emu = await emulator();
  try {
    const run = await runCli(['push', writeManifest(tempDir(), NAMES)], { env: cliEnv(emu) });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /--yes/);
    assert.equal(postCount(emu), 0);
  } finally {
    await emu.close();
  }
});

test('a manifest with errors is refused before anything is sent, each error on its own line', async () => {
  const emu = await emulator();
  try {
    const file = path.join(tempDir(), 'bad.twin.yaml');
    writeFileSync(file, 'attributes: [unclosed\n');
    const run = await runCli(['push', file, '--yes'], { env: cliEnv(emu) });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /bad\.twin\.yaml:\d+:\d+: /);
    assert.equal(emu.state.log.length, 0, 'no request at all');
  } finally {
    await emu.close();
  }
});

test('an expired token gives the clear message, in English or Russian, and creates nothing', async () => {
  const emu = await emulator();
  try {
    const file = writeManifest(tempDir(), NAMES);
    const env = cliEnv(emu, { TWIN_TOKEN: emu.issueToken({ expiresInSeconds: -60 }) });
    const en = await runCli(['push', file, '--yes'], { env });
    assert.equal(en.code, 1);
    assert.match(en.stderr, /^twin: The API token has expired\./m);
    assert.equal(en.stderr.trim().split('\n').length, 1, 'one line, no stack');
    const ru = await runCli(['plan', file], { env: { ...env, LANG: 'ru_RU.UTF-8' } });
    assert.match(ru.stderr, /Срок действия API-токена истёк/);
    assert.equal(postCount(emu), 0);
  } finally {
    await emu.close();
  }
});

test('a token the server declares expired halfway stops the push truthfully; a re-run with a new token completes it once', async () => {
  const emu = await emulator({ switches: { expireAfter: 8 } });
  try {
    const dir = tempDir();
    const names: Names = {
      attributes: Array.from({ length: 10 }, (_, i) => `a${i}`),
      clientTags: ['t1', 't2'],
      sessionTags: ['s1'],
    };
    const file = writeManifest(dir, names);
    const token = emu.issueToken();
    const run = await runCli(['push', file, '--yes', '--concurrency', '2', '--debug'], {
      env: cliEnv(emu, { TWIN_TOKEN: token }),
    });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Stopped: The API token has expired/);
    assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token), 'the token appears in no output');
    const again = await runCli(['push', file, '--yes'], { env: cliEnv(emu) });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});

test('the token is never sent over plain http to another host', async () => {
  const run = await runCli(
    ['plan', writeManifest(tempDir(), NAMES), '--api', 'http://twin.example.invalid/api/v1'],
    {
      env: { TWIN_TOKEN: 'a.b.c' },
    },
  );
  assert.equal(run.code, 1);
  assert.match(run.stderr, /plain http/);
});

test('two pushes of the same file at once: the second refuses while the first runs; each item ends up once', async () => {
  const emu = await emulator();
  try {
    const names: Names = {
      attributes: Array.from({ length: 12 }, (_, i) => `a${i}`),
      clientTags: ['t'],
      sessionTags: ['s'],
    };
    const file = writeManifest(tempDir(), names);
    // The first push is held mid-way by the emulator (not by timing) until the second has had its say.
    const env = cliEnv(emu, { TWIN_HTTP_TIMEOUT_MS: '60000' });
    let second: Promise<Awaited<ReturnType<typeof runCli>>> | undefined;
    const first = await runCli(['push', file, '--yes', '--concurrency', '1'], {
      env,
      started: () => {
        second = waitFor(() => storedCount(emu) >= 2, 'the first push to be under way')
          .then(() => emu.state.set({ holdCreates: true }))
          .then(() => runCli(['push', file, '--yes'], { env }))
          .finally(() => emu.state.set({ holdCreates: false }));
      },
    });
    const other = await second;
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(other?.code, 1);
    assert.match(other?.stdout ?? '', /Another push to this manifest is running/);
    assertEachExactlyOnce(emu, names);
  } finally {
    await emu.close();
  }
});

test('pull writes a manifest that plans as nothing to do (a round trip), sorted and deterministic', async () => {
  const emu = await emulator();
  try {
    const dir = tempDir();
    const env = cliEnv(emu);
    const names: Names = { ...NAMES, clientTags: ['VIP', 'yes', '1.5', 'a: b', '#hash', 'Должник'] };
    assert.equal((await runCli(['push', writeManifest(dir, names), '--yes'], { env })).code, 0);
    const pulled = path.join(dir, 'pulled.twin.yaml');
    const pull = await runCli(['pull', '--out', pulled], { env });
    assert.equal(pull.code, 0, pull.stderr);
    assert.match(pull.stdout, /6 client tag/);
    const plan = await runCli(['plan', pulled, '--format', 'json'], { env });
    assert.equal(plan.code, 0, plan.stdout + plan.stderr);
    const json = JSON.parse(plan.stdout) as { sections: { clientTags: { existing: string[] } } };
    assert.deepEqual([...json.sections.clientTags.existing].sort(), [...names.clientTags].sort());
    const again = await runCli(['pull'], { env });
    assert.equal(again.stdout, readFileSync(pulled, 'utf8'), 'the same platform gives the same text');
  } finally {
    await emu.close();
  }
});

test('pull --out a folder or into a missing folder: a clear message naming the path, in both languages; no temp file left', async () => {
  const emu = await emulator();
  try {
    const env = cliEnv(emu);
    assert.equal((await runCli(['push', writeManifest(tempDir(), NAMES), '--yes'], { env })).code, 0);
    const dir = tempDir();
    const folder = path.join(dir, 'manifests');
    mkdirSync(folder);
    const run = await runCli(['pull', '--out', folder], { env });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, `twin: Cannot write ${folder}: it is a folder. Nothing was written.\n`);
    assert.deepEqual(readdirSync(dir), ['manifests'], 'no temp file left');
    const ru = await runCli(['pull', '--out', path.join(dir, 'нет', 'x.twin.yaml')], {
      env: { ...env, LANG: 'ru_RU.UTF-8' },
    });
    assert.equal(ru.code, 1);
    assert.match(
      ru.stderr,
      /Не удаётся записать .*нет\/x\.twin\.yaml: нет такой папки\. Ничего не записано\./,
    );
    assert.deepEqual(readdirSync(dir), ['manifests']);
  } finally {
    await emu.close();
  }
});
