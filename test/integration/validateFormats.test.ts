// `twin validate` through the real bundle in every format, on the inputs that try to break them: names
// that are markup or commands, no problem, one, a thousand, a file that is not UTF-8, a missing file.
// Each format stays well-formed (JSON parses, SARIF passes the published schema, one workflow command
// per line) and the exit code is the documented one (1 on any error or unreadable file, else 0).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sarifSchemaErrors } from '../support/sarifSchema';
import { HOSTILE_NAMES, parseWorkflowCommand } from '../unit/cli/workflowCommand';
import { runCli, tempDir } from './helpers';

interface Case {
  label: string;
  /** Writes the input into `dir`; returns the argument to pass. */
  write: (dir: string) => string;
  problems: number;
  unreadable: boolean;
  exit: number;
}

const manifest = (attributes: string[]): string =>
  `version: 1\nattributes:\n${attributes.map((a) => `  - ${JSON.stringify(a)}`).join('\n')}\nclientTags: []\nsessionTags: []\n`;

const write = (name: string, content: string | Buffer) => (dir: string) => {
  writeFileSync(path.join(dir, name), content);
  return name;
};

// Each hostile name twice with another case: the duplicate-name message quotes both.
const hostile = Object.values(HOSTILE_NAMES)
  .filter((n) => !/[\r\n]/.test(n))
  .flatMap((n) => [n, n.toUpperCase()]);

const CASES: Case[] = [
  {
    label: 'no problem',
    write: write('ok.twin.yaml', manifest(['VIP', 'Город'])),
    problems: 0,
    unreadable: false,
    exit: 0,
  },
  {
    label: 'one problem',
    write: write('one.twin.yaml', manifest(['VIP', ''])),
    problems: 1,
    unreadable: false,
    exit: 1,
  },
  {
    label: 'a thousand problems',
    write: write('many.twin.yaml', manifest(Array.from({ length: 1000 }, () => ''))),
    problems: 1000,
    unreadable: false,
    exit: 1,
  },
  {
    label: 'hostile names',
    write: write('hostile.twin.yaml', manifest(hostile)),
    problems: hostile.length / 2,
    unreadable: false,
    exit: 1,
  },
  {
    label: 'a file that is not UTF-8',
    write: write('latin1.twin.yaml', Buffer.from('version: 1\nattributes:\n  - caf\xe9\n', 'latin1')),
    problems: 0,
    unreadable: true,
    exit: 1,
  },
  { label: 'a missing file', write: () => 'missing.twin.yaml', problems: 0, unreadable: true, exit: 1 },
];

for (const c of CASES) {
  test(`twin validate on ${c.label}: every format well-formed, exit ${c.exit}`, async () => {
    const dir = tempDir();
    const file = c.write(dir);
    const [text, json, github, sarif] = await Promise.all(
      ['text', 'json', 'github', 'sarif'].map((format) =>
        runCli(['validate', '--format', format, file], { cwd: dir }),
      ),
    );
    for (const run of [text, json, github, sarif]) assert.equal(run?.code, c.exit, run?.stderr);

    const textLines = text?.stdout.split('\n').filter(Boolean) ?? [];
    assert.equal(textLines.length, c.problems, text?.stdout);
    assert.ok(
      textLines.every((l) => l.startsWith(`${file}:`)),
      'one line per problem, each naming the file',
    );

    const items = JSON.parse(json?.stdout ?? '') as Array<{ code: string; message: string }>;
    assert.equal(items.length, c.problems);

    const commands = (github?.stdout ?? '').split('\n').filter(Boolean).map(parseWorkflowCommand);
    assert.equal(commands.length, c.problems + (c.unreadable ? 1 : 0), github?.stdout);
    assert.ok(commands.every((cmd) => cmd !== null && ['error', 'warning', 'notice'].includes(cmd.command)));
    assert.deepEqual(
      commands.slice(0, c.problems).map((cmd) => cmd?.message),
      items.map((i) => i.message),
      'each command carries the problem message, decoded back to the text itself',
    );
    if (c.unreadable) assert.equal(commands.at(-1)?.properties.file, file);

    const log = JSON.parse(sarif?.stdout ?? '') as {
      runs: Array<{ results: unknown[]; invocations: Array<{ executionSuccessful: boolean }> }>;
    };
    assert.deepEqual(sarifSchemaErrors(log), []);
    assert.equal(log.runs[0]?.results.length, c.problems);
    assert.equal(log.runs[0]?.invocations[0]?.executionSuccessful, !c.unreadable);
  });
}

test('hostile names: no output line of any format is a workflow command it did not mean', async () => {
  const dir = tempDir();
  const file = write(
    'hostile.twin.yaml',
    manifest([...hostile, 'x\n::error::injected', 'X\n::error::injected']),
  )(dir);
  for (const format of ['text', 'github']) {
    const run = await runCli(['validate', '--format', format, file], { cwd: dir });
    const lines = run.stdout.split('\n').filter(Boolean);
    const commands = lines.filter((l) => l.startsWith('::'));
    assert.equal(commands.length, format === 'github' ? lines.length : 0, run.stdout);
    assert.ok(!commands.some((l) => l.startsWith('::error::')), run.stdout);
    assert.ok(run.stdout.includes('\\u000A::error::injected'), run.stdout);
  }
});

test('an unknown --format names the four formats and exits 1', async () => {
  const run = await runCli(['validate', '--format', 'xml', 'a.twin.yaml']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /"text", "json", "github" or "sarif", got "xml"/);
});
