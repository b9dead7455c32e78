// `npm test`: installs what is missing, builds, lints, runs every test layer and ends with one line
// `N passed, N failed` summing them all. Layers: unit, protocol, integration (node:test), vscode
// (mocha inside a real VS Code), e2e (a browser driving the real UI).
// Options: --only=unit,protocol (run some layers), --skip-install. With CI=true the E2E toolchain is
// installed into a fresh folder instead of the cache (lib/fresh-toolchain.js).
'use strict';
const { spawnSync, spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ensureInstalled, ensurePreCommit } = require('./lib/install');
const { isCi, useFreshToolchain } = require('./lib/fresh-toolchain');

const root = path.resolve(__dirname, '..');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : null;
const wanted = (name) => !only || only.has(name);

const totals = { passed: 0, failed: 0 };
const report = [];

function record(layer, passed, failed, note = '') {
  totals.passed += passed;
  totals.failed += failed;
  report.push({ layer, passed, failed, note });
}

/** Runs a command with inherited output; returns its exit code. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return r.status === null ? 1 : r.status;
}

/** Runs a command, echoing its output, and returns the output for counting. */
function runCapture(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function findTests(dir) {
  const abs = path.join(root, 'out', dir);
  if (!fs.existsSync(abs)) return [];
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.test.js')) found.push(p);
    }
  };
  walk(abs);
  return found.sort();
}

async function nodeTestLayer(layer) {
  const files = findTests(path.join('test', layer));
  if (files.length === 0) return record(layer, 0, 0, 'no test files');
  console.log(`\n=== ${layer}: ${files.length} files`);
  const tap = path.join(root, '.test-results', `${layer}.tap`);
  fs.mkdirSync(path.dirname(tap), { recursive: true });
  fs.rmSync(tap, { force: true });
  // Tests make temp folders through os.tmpdir(); pointing it at a folder of this run and deleting that
  // afterwards leaves nothing in /tmp even when a test fails before its own clean-up.
  const tmp = fs.mkdtempSync(path.join(root, '.test-results', `tmp-${layer}-`));
  const code = run(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { env: { ...process.env, TMPDIR: tmp } },
  );
  fs.rmSync(tmp, { recursive: true, force: true });
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  const count = (k) => Number((text.match(new RegExp(`^# ${k} (\\d+)$`, 'm')) || [])[1] || 0);
  const passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (code !== 0 && failed === 0) failed = 1; // the runner itself failed: never report that as green
  record(layer, passed, failed);
}

/** A layer run by its own script, which ends its output with `N passed, N failed`. */
async function scriptLayer(layer, script) {
  console.log(`\n=== ${layer}`);
  if (!fs.existsSync(path.join(root, script))) return record(layer, 0, 0, `not present: ${script}`);
  const { code, out } = await runCapture(process.execPath, [path.join(root, script)]);
  const m = [...out.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)].pop();
  const passed = m ? Number(m[1]) : 0;
  let failed = m ? Number(m[2]) : 0;
  if (code !== 0 && failed === 0) failed = 1;
  record(layer, passed, failed, m ? '' : 'no count reported');
}

function gate(name, ok) {
  record(name, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

async function main() {
  if (!process.argv.includes('--skip-install')) {
    ensureInstalled(root);
    if (wanted('integration')) ensurePreCommit();
  }
  console.log('=== build');
  const built = gate('build', run(process.execPath, ['scripts/build.js']) === 0);
  console.log('=== compile (tsc)');
  const compiled = gate(
    'typecheck',
    run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']) === 0,
  );
  // The .vsix is what users install: packing it (vsce checks the manifest, README links, allow-list)
  // is part of every run so a change that breaks `npm run package` fails here, not at release.
  if (wanted('package')) {
    console.log('=== package (.vsix)');
    gate('package', run(process.execPath, ['scripts/package.js', '--skip-build']) === 0);
  }
  if (wanted('lint')) {
    console.log('=== lint');
    gate(
      'lint',
      run(process.execPath, ['node_modules/eslint/bin/eslint.js', '.']) === 0 &&
        run(process.execPath, [
          'node_modules/prettier/bin/prettier.cjs',
          '--check',
          '.',
          '--log-level',
          'warn',
        ]) === 0,
    );
  }
  if (built && compiled) {
    for (const layer of ['unit', 'protocol', 'integration', 'robustness'])
      if (wanted(layer)) await nodeTestLayer(layer);
    const removeFreshToolchain =
      isCi() && (wanted('vscode') || wanted('e2e')) ? useFreshToolchain(root) : () => {};
    try {
      if (wanted('vscode')) await scriptLayer('vscode', 'scripts/e2e/run-vscode-suite.js');
      if (wanted('e2e')) await scriptLayer('e2e', 'scripts/e2e/run-browser-e2e.js');
    } finally {
      removeFreshToolchain();
    }
  }
  console.log('\n=== summary');
  for (const r of report)
    console.log(`${r.layer.padEnd(12)} ${r.passed} passed, ${r.failed} failed ${r.note}`);
  const shots = path.join(root, '.test-results', 'screenshots');
  if (wanted('e2e') && fs.existsSync(shots)) console.log(`E2E screenshots: ${shots}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});
