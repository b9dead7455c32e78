// Runs an extension test runner (extensionTestsPath) inside code-server's Node extension host, the
// contract @vscode/test-web uses: the workbench forwards its log (extension-host console included,
// so mocha's reporter output) to window.codeAutomationLog and the exit code to codeAutomationExit.
'use strict';
const util = require('util');
const { workbenchUrl } = require('./workbench');

// Offline-gallery errors and workbench stack frames that say nothing about the tests.
const noise =
  /open-vsx\.org|ENOTFOUND|Creating a socket|connection token|\[AgentHost|\[AccountPolicyGate\]|Service Worker|builtin extensions cache|reconnection-grace-time|^Canceled: Canceled|^\s+at .*\(<anonymous>\)$|workbench\.js:\d+|authentication provider 'github'/;

/**
 * Loads the workbench with the extension and its tests, echoes the test output (through `print`)
 * and resolves with { exitCode, output } when the extension host reports the exit code, or with
 * exitCode 'timeout' after `timeout` ms.
 */
async function runExtensionTests(page, { baseUrl, folder, extensionPath, testsPath, timeout, print }) {
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));
  const output = [];
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    const lines = text.split('\n').filter((l) => !noise.test(l));
    if (!lines.length) return;
    output.push(...lines);
    print(lines.join('\n'), type);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  await page.goto(
    workbenchUrl(baseUrl, { folder, extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath }),
  );
  const timer = setTimeout(() => finish('timeout'), timeout);
  const exitCode = await exited;
  clearTimeout(timer);
  return { exitCode, output: output.join('\n') };
}

module.exports = { runExtensionTests };
