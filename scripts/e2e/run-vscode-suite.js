// The `vscode` test layer: runs the mocha suite of test/vscode (compiled to
// out/test/vscode/suite/index.js) inside a real VS Code, code-server's Node extension host, with the
// repository as the extension under development and a copy of examples/ as the workspace.
// Ends with one line `N passed, N failed`; exits non-zero on any failure.
'use strict';
const fs = require('fs');
const path = require('path');
const { ensureToolchain, toolchain } = require('./lib/toolchain');
const { createCleanup } = require('./lib/cleanup');
const { createRunDir, copyWorkspace } = require('./lib/run-dir');
const { startCodeServer } = require('./lib/code-server');
const { launchBrowser } = require('./lib/browser');
const { runExtensionTests } = require('./lib/extension-tests');
const { mochaCounts } = require('./lib/mocha-counts');

const root = toolchain.repoRoot;
// TWIN_VSCODE_TESTS: another compiled runner (exporting run()), e.g. to try the harness itself.
const testsPath = path.resolve(
  process.env.TWIN_VSCODE_TESTS || path.join(root, 'out', 'test', 'vscode', 'suite', 'index.js'),
);
const timeoutMs = Number(process.env.TWIN_VSCODE_SUITE_TIMEOUT_MS || 300000);

async function main() {
  const started = Date.now();
  ensureToolchain();
  if (!fs.existsSync(testsPath)) {
    throw new Error(`${path.relative(root, testsPath)} not found: run \`npx tsc -p tsconfig.json\` first`);
  }
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js not found: run `node scripts/build.js` first');
  }
  const cleanup = createCleanup();
  try {
    const runDir = createRunDir(cleanup, 'twin-vscode-suite');
    // Everything this process and its children put in os.tmpdir() lands in the run folder.
    process.env.TMPDIR = path.join(runDir, 'tmp');
    const workspace = copyWorkspace(runDir, path.join(root, 'examples'));
    const server = await startCodeServer(runDir);
    cleanup.add('stop code-server', server.stop);
    console.log(`code-server ${server.url} (log ${server.logFile})`);
    const browser = await launchBrowser(runDir);
    cleanup.add('close Chromium', browser.close);

    const { exitCode, output } = await runExtensionTests(browser.page, {
      baseUrl: server.url,
      folder: workspace,
      extensionPath: root,
      testsPath,
      timeout: timeoutMs,
      print: (text, type) => (type === 'error' ? console.error : console.log)(text),
    });
    const counts = mochaCounts(output);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`extension host exit code ${exitCode} after ${seconds} s`);
    if (exitCode !== 0)
      console.log(fs.readFileSync(server.logFile, 'utf8').split('\n').slice(-30).join('\n'));
    const passed = counts ? counts.passed : 0;
    let failed = counts ? counts.failed : 0;
    if (!counts) console.log('no mocha totals ("N passing") in the output: counted as a failure');
    // An exit code that disagrees with mocha's totals (timeout, crash, no tests) is a failure too.
    if ((exitCode !== 0 || !counts) && failed === 0) failed = 1;
    return { passed, failed };
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
    console.error(`vscode suite: ${e.stack || e}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
