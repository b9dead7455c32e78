// Debian's Chromium, headless, driven by playwright-core (no browser download), with its profile and
// temp files inside the run folder.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { toolchain } = require('./toolchain');

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches Chromium with a fresh profile `runDir/<name>`; returns { context, page, close() }.
 * close() closes the browser and deletes the profile.
 */
async function launchBrowser(runDir, { name = 'chromium-profile', locale } = {}) {
  const profile = path.join(runDir, name);
  const tmp = path.join(runDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: toolchain.chromium,
    headless: true,
    args: chromiumArgs,
    env: { ...process.env, TMPDIR: tmp },
    viewport: { width: 1400, height: 900 },
    locale,
    // We stop the browser ourselves, in order, from the run's cleanup.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] || (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

module.exports = { launchBrowser };
