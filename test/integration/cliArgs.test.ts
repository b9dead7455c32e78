// What the real `twin` bundle says about the command line itself: unknown options, missing values,
// numbers out of range, the files it takes. One line on stderr, exit 1, nothing sent anywhere (no
// token or server is given: each of these is refused before either is looked at).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from './helpers';

/** A valid manifest in a fresh folder. */
function manifestFile(name = 'company.twin.yaml'): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, 'version: 1\nattributes:\n  - ФИО\n');
  return file;
}

/** Runs the CLI and expects a usage error: exit 1 and exactly this line on stderr. */
async function refuses(args: string[], line: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const run = await runCli(args, { env });
  assert.equal(run.code, 1, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
  assert.equal(run.stderr, `twin: ${line}\n`, args.join(' '));
}

test('an unknown option is named, and the help pointed at, in English and Russian', async () => {
  const file = manifestFile();
  await refuses(['validate', file, '--nope'], 'Unknown option "--nope". Run "twin --help".');
  await refuses(['push', file, '--nope'], 'Неизвестный параметр «--nope». См. «twin --help».', {
    LANG: 'ru_RU.UTF-8',
  });
  await refuses(['pull', 'extra'], 'Unknown option "extra". Run "twin --help".');
});

test('a switch given a value is an unknown option', async () => {
  await refuses(['push', manifestFile(), '--yes=1'], 'Unknown option "--yes". Run "twin --help".');
});

test('an option without its value says which option needs one, at the end or before another option', async () => {
  const file = manifestFile();
  await refuses(['push', file, '--api'], 'Option --api needs a value.');
  await refuses(['push', file, '--api', '--yes'], 'Option --api needs a value.');
  await refuses(['plan', file, '--format'], 'Параметру --format нужно значение.', { LANG: 'ru_RU.UTF-8' });
});

test('push --concurrency takes 1 to 16, the same cap as the extension, and says so', async () => {
  const file = manifestFile();
  for (const n of ['0', '17', '64', 'four', '2.5'])
    await refuses(
      ['push', file, '--concurrency', n],
      `Option --concurrency needs a whole number from 1 to 16, got "${n}".`,
    );
  await refuses(
    ['emulator', '--port', '-1'],
    'Option --port needs a whole number from 0 to 65535, got "-1".',
  );
});

test('plan and push take exactly one manifest', async () => {
  await refuses(['plan'], 'Say which manifest: twin plan FILE.');
  await refuses(
    ['push', manifestFile('a.twin.yaml'), manifestFile('b.twin.yaml')],
    'twin push takes one manifest, got 2.',
  );
});

test('--name=value and a file after -- that looks like an option are read as meant', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, '--odd.twin.yaml'), 'version: 1\nattributes:\n  - ФИО\n');
  const run = await runCli(['validate', '--format=json', '--', '--odd.twin.yaml'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), []);
  await refuses(
    ['validate', '--format=yaml', 'x.twin.yaml'],
    'Option --format takes "text", "json", "github" or "sarif", got "yaml".',
  );
});
