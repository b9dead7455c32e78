// @ts-check
// `npm run test:desktop`: the mocha suite of the `vscode` layer (test/vscode/, compiled to
// out/test/vscode/suite/index.js) inside a desktop VS Code (Electron) that @vscode/test-electron
// downloads, instead of code-server's Node extension host that `npm test` uses. Same suite, same
// workspace (a copy of examples/), same totals line `N passed, N failed`; exits non-zero on a failure.
//
// For a machine that can download VS Code (update.code.visualstudio.com) and open a window; on Linux
// without a display run it as `xvfb-run -a npm run test:desktop`. NOT TESTED on the machine this
// project is developed on: it cannot download VS Code, so this script has been type-checked, linted
// and seen to stop with a readable error when the download is impossible, nothing more. `npm test`
// does not run it.
//
// Needs `npm run build` and `npx tsc -p tsconfig.json` first. Environment:
//   TWIN_VSCODE_EXECUTABLE        an installed VS Code binary to use instead of downloading one
//   TWIN_VSCODE_VERSION           the version to download (default `stable`; package.json's engine
//                                 minimum is 1.95.0)
//   TWIN_VSCODE_DOWNLOAD_MS       the longest the download may take in all (default 900000)
//   TWIN_VSCODE_SUITE_TIMEOUT_MS  the longest the suite may run (default 300000)
// Downloads are kept in ~/.cache/twin-e2e/vscode-desktop; every other file of a run lives in a run
// folder in the temp directory that is deleted at the end.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { download } = require('@vscode/test-electron');
const { createCleanup } = require('./e2e/lib/cleanup');
const { createRunDir, copyWorkspace } = require('./e2e/lib/run-dir');
const { quietSettings } = require('./e2e/lib/code-server');
const { spawnGroup, stopGroup } = require('./e2e/lib/processes');
const { mochaCounts } = require('./e2e/lib/mocha-counts');

const root = path.resolve(__dirname, '..');
const testsPath = path.join(root, 'out', 'test', 'vscode', 'suite', 'index.js');
const cachePath = path.join(os.homedir(), '.cache', 'twin-e2e', 'vscode-desktop');
const version = process.env.TWIN_VSCODE_VERSION || 'stable';
const downloadMs = Number(process.env.TWIN_VSCODE_DOWNLOAD_MS || 900000);
const suiteMs = Number(process.env.TWIN_VSCODE_SUITE_TIMEOUT_MS || 300000);
// A download that receives nothing for this long is given up (test-electron's idle timeout).
const idleMs = 20000;

/** Throws, saying which command to run, when the bundles or the compiled suite are missing. */
function checkBuilt() {
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js')))
    throw new Error('dist/extension.js not found: run `npm run build` first');
  if (!fs.existsSync(testsPath))
    throw new Error(`${path.relative(root, testsPath)} not found: run \`npx tsc -p tsconfig.json\` first`);
}

/**
 * Rejects after `ms` with `message`; the timer never keeps the process alive.
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<never>}
 */
function deadline(ms, message) {
  return new Promise((_resolve, reject) => setTimeout(() => reject(new Error(message)), ms).unref());
}

/** The VS Code binary: TWIN_VSCODE_EXECUTABLE, or a copy test-electron downloads (cached). */
async function vscodeExecutable() {
  const installed = process.env.TWIN_VSCODE_EXECUTABLE;
  if (installed) {
    if (!fs.existsSync(installed)) throw new Error(`TWIN_VSCODE_EXECUTABLE=${installed} does not exist`);
    return installed;
  }
  console.log(`downloading VS Code ${version} into ${cachePath} (once; later runs use the copy)`);
  try {
    return await Promise.race([
      download({ version, cachePath, timeout: idleMs }),
      deadline(downloadMs, `the download took longer than ${downloadMs} ms`),
    ]);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(
      `could not download VS Code ${version} (${reason}). This runner needs a machine that can reach ` +
        'update.code.visualstudio.com; or point TWIN_VSCODE_EXECUTABLE at an installed VS Code.',
    );
  }
}

/**
 * The command line test-electron's runTests would use, with this run's own profile folders.
 * @param {string} runDir
 * @param {string} workspace
 */
function desktopArgs(runDir, workspace) {
  const userData = path.join(runDir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  const settings = JSON.stringify(quietSettings, null, 2);
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), `${settings}\n`);
  return [
    workspace,
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-updates',
    '--skip-welcome',
    '--skip-release-notes',
    '--disable-workspace-trust',
    '--disable-extensions',
    `--user-data-dir=${userData}`,
    `--extensions-dir=${path.join(runDir, 'extensions')}`,
    `--extensionDevelopmentPath=${root}`,
    `--extensionTestsPath=${testsPath}`,
  ];
}

/**
 * Runs VS Code in its own process group (so stopping it stops its extension host and language
 * server), echoing its output; resolves with { exitCode, output }, exitCode 'timeout' after `ms`.
 * @param {string} executable
 * @param {string[]} args
 * @param {{ env: NodeJS.ProcessEnv, ms: number, cleanup: { add(label: string, fn: () => unknown): void } }} options
 * @returns {Promise<{ exitCode: number | string, output: string }>}
 */
function runDesktop(executable, args, { env, ms, cleanup }) {
  return new Promise((resolve) => {
    const child = spawnGroup(executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const pgid = child.pid;
    cleanup.add('stop VS Code', () => stopGroup(pgid));
    let output = '';
    /** @type {(stream: NodeJS.WriteStream) => (chunk: Buffer) => void} */
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout?.on('data', echo(process.stdout));
    child.stderr?.on('data', echo(process.stderr));
    const timer = setTimeout(
      () => void stopGroup(pgid).then(() => resolve({ exitCode: 'timeout', output })),
      ms,
    );
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ exitCode: `could not start ${executable}: ${e.message}`, output });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? signal ?? 'unknown', output });
    });
  });
}

/**
 * Mocha's totals, with any disagreement (a crash, a timeout, no totals) counted as one failure.
 * @param {number | string} exitCode
 * @param {string} output
 */
function totals(exitCode, output) {
  const counts = mochaCounts(output);
  if (!counts) console.log('no mocha totals ("N passing") in the output: counted as a failure');
  const passed = counts ? counts.passed : 0;
  const failed = counts ? counts.failed : 0;
  return { passed, failed: (exitCode !== 0 || !counts) && failed === 0 ? 1 : failed };
}

async function main() {
  const started = Date.now();
  checkBuilt();
  const executable = await vscodeExecutable();
  const cleanup = createCleanup();
  try {
    const runDir = createRunDir(cleanup, 'twin-vscode-desktop');
    const workspace = copyWorkspace(runDir, path.join(root, 'examples'));
    const env = { ...process.env, TMPDIR: path.join(runDir, 'tmp') };
    const { exitCode, output } = await runDesktop(executable, desktopArgs(runDir, workspace), {
      env,
      ms: suiteMs,
      cleanup,
    });
    console.log(`VS Code exit code ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return totals(exitCode, output);
  } finally {
    await cleanup.run();
  }
}

main().then(
  ({ passed, failed }) => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  },
  (e) => {
    console.error(`test:desktop: ${e instanceof Error ? e.message : e}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
