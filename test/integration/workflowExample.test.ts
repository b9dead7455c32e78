// examples/github-workflow.yml: every `run:` step of it, in order, as the Actions runner would run it
// (bash -eo pipefail, the workflow's env), with the packed CLI in place of `npx twin-profile-cli@…`
// (not published from here) against the emulator, in a sample git repository with a remote. What this
// cannot run is the runner itself: checkout, setup-node, secrets, `if:` expressions, and how GitHub
// shows the annotations and the summary.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { parse } from 'yaml';
import { DEMO_USER, type RunningEmulator } from '../../emulator/src';
import { emulator, tempDir } from './helpers';
import { ROOT, installPackedCli } from './packedCliInstall';

interface Step {
  name?: string;
  run?: string;
}
interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(ROOT, 'examples/github-workflow.yml'), 'utf8')) as Workflow;
const GIT_ID = ['-c', 'user.name=twin-test', '-c', 'user.email=twin-test@example.invalid'];
let twin = '';

before(() => {
  ({ twin } = installPackedCli());
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...GIT_ID, ...args], { cwd, encoding: 'utf8' });
}

/** A checkout of a profile repository whose `origin` is a bare repository, as actions/checkout leaves it. */
function checkout(manifest: string): { repo: string; origin: string } {
  const origin = tempDir();
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const repo = tempDir();
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(path.join(repo, 'profile'));
  writeFileSync(path.join(repo, 'profile/company.twin.yaml'), manifest);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'profile');
  git(repo, 'remote', 'add', 'origin', origin);
  git(repo, 'push', '-q', '-u', 'origin', 'main'); // checkout's branch tracks origin's
  return { repo, origin };
}

/** Runs a step's script as the runner's default shell does (asynchronously: the emulator is in this process). */
function runStep(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Runs one job's `run:` steps in order, stopping at the first that fails, as the runner does. */
async function runJob(job: string, repo: string, emu: RunningEmulator) {
  const summary = path.join(tempDir(), 'step-summary.md');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LANG: 'en_US.UTF-8',
    ...workflow.env,
    TWIN: twin,
    GITHUB_STEP_SUMMARY: summary,
    // The repository secrets the workflow names: a service account's sign-in, as the README advises.
    TWIN_API_URL: emu.baseUrl,
    TWIN_IAM_URL: emu.iamUrl,
    TWIN_EMAIL: DEMO_USER.email,
    TWIN_PASSWORD: DEMO_USER.password,
  };
  const steps: Array<{ name: string; code: number | null; output: string }> = [];
  for (const step of workflow.jobs[job]?.steps ?? []) {
    if (step.run === undefined) continue;
    const r = await runStep(step.run, repo, env);
    steps.push({ name: step.name ?? '', ...r });
    if (r.code !== 0) break;
  }
  return { steps, summary: readFileSync(summary, 'utf8') };
}

const MANIFEST =
  'version: 1\nattributes:\n  - Город\n  - "  Возраст"\nclientTags:\n  - VIP\nsessionTags: []\n';

test('the workflow runs the CLI with npx at the version of this repository', () => {
  const cli = JSON.parse(readFileSync(path.join(ROOT, 'cli/package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  assert.equal(workflow.env.TWIN, `npx --yes ${cli.name}@${cli.version}`);
});

test('pull request job: annotations from validate, the plan in the step summary', async () => {
  const emu = await emulator();
  try {
    const { repo } = checkout(MANIFEST);
    const { steps, summary } = await runJob('review', repo, emu);
    assert.deepEqual(
      steps.map((s) => s.code),
      [0, 0],
      steps.map((s) => s.output).join('\n'),
    );
    assert.match(
      steps[0]?.output ?? '',
      /^::warning file=profile\/company\.twin\.yaml,line=4,.*title=twin\(whitespace\)::/m,
    );
    assert.match(summary, /^# TWIN plan for `127\.0\.0\.1:\d+`/);
    assert.match(summary, /\| Client attributes \| 2 \| 0 \| 0 \|/);
  } finally {
    await emu.close();
  }
});

test('pull request job: a broken manifest fails the validate step with an ::error annotation', async () => {
  const emu = await emulator();
  try {
    const { repo } = checkout('version: 1\nattributes:\n  - VIP\n  - vip\n');
    const { steps } = await runJob('review', repo, emu);
    assert.equal(steps.length, 1);
    assert.equal(steps[0]?.code, 1);
    assert.match(
      steps[0]?.output ?? '',
      /^::error file=profile\/company\.twin\.yaml,line=4,.*title=twin\(duplicate-name\)::/m,
    );
  } finally {
    await emu.close();
  }
});

test('main job: push with its result in the summary, then the lock file committed and pushed', async () => {
  const emu = await emulator();
  try {
    const { repo, origin } = checkout(MANIFEST);
    const { steps, summary } = await runJob('push', repo, emu);
    assert.deepEqual(
      steps.map((s) => s.code),
      [0, 0],
      steps.map((s) => s.output).join('\n'),
    );
    assert.match(summary, /\*\*Done: everything in the file exists on TWIN\.\*\*/);
    assert.equal(emu.state.items('attributes').length, 2);
    const lock = git(origin, 'show', 'main:profile/company.twin.lock');
    assert.match(lock, /"Город": "[\w-]+"/);
    // A second run has nothing to commit, and says so by succeeding.
    const again = await runJob('push', repo, emu);
    assert.deepEqual(
      again.steps.map((s) => s.code),
      [0, 0],
    );
    assert.equal(emu.state.items('attributes').length, 2, 'nothing created twice');
  } finally {
    await emu.close();
  }
});
