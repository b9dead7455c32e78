// .pre-commit-hooks.yaml with the real pre-commit framework (Debian's package, installed when missing):
// `pre-commit try-repo` installs the hook from a git repository holding this one's files, as a user's
// `rev:` tag would (no dist/: npm install builds it), then runs it on a sample repository. A broken
// manifest fails the hook with the problem printed; the fixed one passes.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { tempDir } from './helpers';

const ROOT = path.resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensurePreCommit } = require(path.join(ROOT, 'scripts/lib/install.js')) as {
  ensurePreCommit: () => void;
};
const GIT_ID = ['-c', 'user.name=twin-test', '-c', 'user.email=twin-test@example.invalid'];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...GIT_ID, ...args], { cwd, encoding: 'utf8' });
}

/** A git repository of this repository's files as a commit would hold them (tracked and new, not ignored). */
function hookRepository(): string {
  const dir = tempDir();
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    try {
      cpSync(path.join(ROOT, file), path.join(dir, file));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // deleted, not yet committed
    }
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'hook repository');
  return dir;
}

function tryRepo(
  sample: string,
  hookRepo: string,
  home: string,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'pre-commit',
      ['try-repo', hookRepo, 'twin-validate', '--all-files', '--color=never'],
      {
        cwd: sample,
        // The npm cache of this machine first: the hook's install fetches the repository's npm packages.
        env: {
          ...process.env,
          PRE_COMMIT_HOME: home,
          npm_config_prefer_offline: 'true',
          LANG: 'en_US.UTF-8',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

let hookRepo = '';
let sample = '';
const home = tempDir();

before(() => {
  ensurePreCommit();
  hookRepo = hookRepository();
  sample = tempDir();
  git(sample, 'init', '-q');
  mkdirSync(path.join(sample, 'profile'));
  writeFileSync(path.join(sample, 'README.md'), '# not a manifest\n');
  writeFileSync(
    path.join(sample, 'profile/company.twin.yaml'),
    'version: 1\nattributes:\n  - Город\n  - город\nclientTags: []\nsessionTags: []\n',
  );
  git(sample, 'add', '-A');
});

test(
  'pre-commit try-repo: a broken manifest fails the hook and the output names the problem',
  { timeout: 15 * 60_000 },
  async () => {
    const run = await tryRepo(sample, hookRepo, home);
    assert.equal(run.code, 1, run.out);
    assert.match(run.out, /twin validate\.+Failed/);
    assert.match(run.out, /profile\/company\.twin\.yaml:4:5: error duplicate-name: "город" repeats "Город"/);
    assert.ok(!run.out.includes('README.md'), 'only manifests are passed to the hook');
  },
);

test('pre-commit try-repo: the fixed manifest passes', { timeout: 15 * 60_000 }, async () => {
  writeFileSync(
    path.join(sample, 'profile/company.twin.yaml'),
    'version: 1\nattributes:\n  - Город\nclientTags: []\nsessionTags: []\n',
  );
  git(sample, 'add', '-A');
  const run = await tryRepo(sample, hookRepo, home);
  assert.equal(run.code, 0, run.out);
  assert.match(run.out, /twin validate\.+Passed/);
});
