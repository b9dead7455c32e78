// The contributor set-up (.vscode/): pressing F5 must find what it points at. Every configuration,
// task, script, file and port the launch and task files name is checked against the repository after
// `npm run build` and `tsc` (which `npm test` runs before this layer).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readJsonc, stripJsonc } from './jsonc';

const ROOT = path.resolve(__dirname, '../../../..');

interface LaunchConfig {
  name: string;
  type: string;
  request: string;
  args?: string[];
  program?: string;
  cwd?: string;
  port?: number;
  runtimeArgs?: string[];
  outFiles?: string[];
  preLaunchTask?: string;
}
interface Launch {
  configurations: LaunchConfig[];
  compounds?: Array<{ name: string; configurations: string[] }>;
}
interface Task {
  label: string;
  type: string;
  script?: string;
  isBackground?: boolean;
  problemMatcher?: unknown;
}

const launch = readJsonc(path.join(ROOT, '.vscode/launch.json')) as Launch;
const tasks = (readJsonc(path.join(ROOT, '.vscode/tasks.json')) as { tasks: Task[] }).tasks;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

/** A launch.json path with `${workspaceFolder}` resolved, or an error naming the variable we cannot. */
function resolvePath(value: string): string {
  const resolved = value.replace(/\$\{workspaceFolder\}/g, ROOT);
  assert.doesNotMatch(resolved, /\$\{/, `unknown variable in ${value}`);
  return resolved;
}

/** The folder part of a glob before its first wildcard (`dist/**\/*.js` → `dist`). */
function globBase(glob: string): string {
  const parts = glob.split('/');
  const wild = parts.findIndex((p) => /[*?[{]/.test(p));
  return parts.slice(0, wild < 0 ? parts.length : wild).join('/');
}

/** Every file below `dir` whose name ends with `suffix`. */
function filesBelow(dir: string, suffix: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(suffix));
}

function config(name: string): LaunchConfig {
  const found = launch.configurations.find((c) => c.name === name);
  assert.ok(found, `launch.json has no configuration "${name}"`);
  return found;
}

describe('the contributor set-up in .vscode/', () => {
  test('the JSONC reader drops comments and trailing commas, never text inside strings', () => {
    const text = '{\n  // note\n  "a": "<node_internals>/**", /* x */ "b": ["//", ",]",],\n}';
    assert.deepEqual(JSON.parse(stripJsonc(text)), { a: '<node_internals>/**', b: ['//', ',]'] });
  });

  test('Run Extension starts the folder as the extension under development, whose main is built', () => {
    const run = config('Run Extension');
    assert.equal(run.type, 'extensionHost');
    assert.ok(run.args?.includes('--extensionDevelopmentPath=${workspaceFolder}'), String(run.args));
    assert.ok(fs.existsSync(path.join(ROOT, pkg.main)), `${pkg.main} (package.json main) is not built`);
    for (const folder of run.args?.filter((a) => !a.startsWith('--')) ?? [])
      assert.ok(fs.statSync(resolvePath(folder)).isDirectory(), `${folder} is not a folder`);
  });

  test('every program, cwd and outFiles of a configuration exists after the build', () => {
    for (const c of launch.configurations) {
      if (c.program) assert.ok(fs.existsSync(resolvePath(c.program)), `${c.name}: ${c.program}`);
      if (c.cwd) assert.ok(fs.statSync(resolvePath(c.cwd)).isDirectory(), `${c.name}: ${c.cwd}`);
      for (const glob of c.outFiles ?? []) {
        const base = globBase(resolvePath(glob));
        assert.ok(
          fs.existsSync(base) && filesBelow(base, '.js').length > 0,
          `${c.name}: no files for ${glob}`,
        );
      }
    }
    const outFiles = config('Run Extension').outFiles ?? [];
    const dist = filesBelow(path.join(ROOT, 'dist'), '.js');
    for (const bundle of ['extension.js', 'server.js'])
      assert.ok(dist.includes(bundle) && outFiles.some((g) => g.includes('/dist/')), bundle);
  });

  test('the unit-test configuration runs node:test where the compiled unit tests are', () => {
    const unit = config('Unit tests');
    assert.deepEqual(unit.runtimeArgs, ['--test']);
    const cwd = resolvePath(unit.cwd ?? '');
    assert.equal(path.relative(ROOT, cwd), path.join('out', 'test', 'unit'));
    assert.ok(filesBelow(cwd, path.basename(__filename)).length > 0, 'this very test is not under cwd');
  });

  test('the attach configuration uses the port the development server listens on', () => {
    const source = fs.readFileSync(path.join(ROOT, 'client/src/languageClient.ts'), 'utf8');
    const port = Number(/SERVER_INSPECT_PORT = (\d+);/.exec(source)?.[1]);
    assert.match(source, /--inspect=\$\{SERVER_INSPECT_PORT\}/);
    const attach = config('Attach to Language Server');
    assert.deepEqual([attach.type, attach.request, attach.port], ['node', 'attach', port]);
  });

  test('every preLaunchTask and compound names something that exists', () => {
    const labels = new Set(tasks.map((t) => t.label));
    for (const c of launch.configurations)
      if (c.preLaunchTask) assert.ok(labels.has(c.preLaunchTask), `${c.name}: task "${c.preLaunchTask}"`);
    const names = new Set(launch.configurations.map((c) => c.name));
    assert.ok(launch.compounds?.length, 'no compound of the extension and the server');
    for (const compound of launch.compounds ?? [])
      for (const name of compound.configurations) assert.ok(names.has(name), `${compound.name}: ${name}`);
  });

  test('every npm task runs a script package.json has, and background tasks say when they are ready', () => {
    for (const task of tasks) {
      if (task.type === 'npm')
        assert.ok(task.script && pkg.scripts[task.script], `${task.label}: npm run ${task.script}`);
      if (task.isBackground) assert.ok(task.problemMatcher, `${task.label} has no problem matcher`);
    }
    assert.match(pkg.scripts.watch ?? '', /scripts\/build\.js --watch/);
  });

  test('the recommended extensions are the linters npm run lint runs', () => {
    const { recommendations } = readJsonc(path.join(ROOT, '.vscode/extensions.json')) as {
      recommendations: string[];
    };
    assert.deepEqual([...recommendations].sort(), ['dbaeumer.vscode-eslint', 'esbenp.prettier-vscode']);
  });

  test('.vscodeignore keeps .vscode/ out of the .vsix', () => {
    const rules = fs
      .readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    assert.equal(rules[0], '**', 'the allow-list must start by excluding everything');
    // A re-inclusion that could match .vscode/launch.json: one naming .vscode, or starting with a wildcard.
    const reopens = rules.filter((r) => /^!(\.vscode|\*|\/\.vscode)/.test(r));
    assert.deepEqual(reopens, []);
  });
});
