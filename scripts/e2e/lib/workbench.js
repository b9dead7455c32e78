// Opening the VS Code workbench of a running code-server in the browser, optionally with the
// extension under development and an extension test runner loaded through the URL payload.
'use strict';
const path = require('path');

/** A server path as the browser workbench names it: code-server's remote authority is "remote". */
const remoteUri = (absPath) => `vscode-remote://remote${path.resolve(absPath)}`;

/**
 * The workbench URL for `folder`, with `extensionDevelopmentPath` / `extensionTestsPath` in the
 * payload (honoured only when code-server runs with enable-smoke-test-driver).
 */
function workbenchUrl(baseUrl, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const u = new URL(baseUrl);
  if (folder) u.searchParams.set('folder', path.resolve(folder));
  const payload = [];
  if (extensionDevelopmentPath)
    payload.push(['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(extensionTestsPath)]);
  if (payload.length) u.searchParams.set('payload', JSON.stringify(payload));
  return u.toString();
}

/** Waits until the workbench is restored and the Explorer shows the workspace (rows, unless empty). */
async function waitForWorkbench(page, { timeout = 60000, emptyFolder = false } = {}) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  // window.driver exists only with enable-smoke-test-driver; it says precisely when restore is done.
  if (await page.evaluate(() => !!window.driver)) {
    await page.evaluate(() => window.driver.whenWorkbenchRestored());
  }
  await page.waitForSelector(`.explorer-folders-view${emptyFolder ? '' : ' .monaco-list-row'}`, { timeout });
}

/** Loads `url` and waits for the workbench. */
async function openWorkbench(page, url, opts) {
  await page.goto(url);
  await waitForWorkbench(page, opts);
}

module.exports = { workbenchUrl, waitForWorkbench, openWorkbench, remoteUri };
