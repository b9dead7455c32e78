// Browser E2E, part 4: `npm start` as a newcomer runs it. It must print one URL and a token; the URL
// opens VS Code with the extension talking to the emulator, where setting that token and pushing
// works; Ctrl+C stops everything it started. Its state goes to the run folder (TWIN_DEMO_DIR), on
// free ports, so the user's own demo is not touched.
'use strict';
const fs = require('fs');
const path = require('path');
const ui = require('../../scripts/e2e/lib/ui');
const { waitUntil } = require('../../scripts/e2e/lib/wait');
const { spawnGroup, stopGroup, groupAlive, processesMentioning } = require('../../scripts/e2e/lib/processes');
const { launchBrowser } = require('../../scripts/e2e/lib/browser');
const { waitForWorkbench } = require('../../scripts/e2e/lib/workbench');

/** Runs the npm start steps; `ctx` is the scenario context of scripts/e2e/run-browser-e2e.js. */
module.exports = async function startSteps(ctx) {
  const { steps, root, runDir, cleanup } = ctx;
  const demoDir = path.join(runDir, 'demo');
  let output = '';
  let child = null;
  const printed = 'npm start prints one URL to open and a ready token';

  await steps.step(printed, async (s) => {
    child = spawnGroup(process.execPath, [path.join(root, 'scripts', 'start.js')], {
      cwd: root,
      env: { ...process.env, TWIN_DEMO_DIR: demoDir, TWIN_DEMO_PORT: '0', TWIN_DEMO_EMULATOR_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanup.add('stop npm start', () => stopGroup(child.pid));
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    await waitUntil(() => /Ctrl\+C stops everything/.test(output), {
      timeout: 120000,
      what: 'npm start to print its URL',
    });
    const urls = [...new Set(output.match(/http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/g) || [])];
    if (urls.length !== 1) throw new Error(`expected one URL to open, got: ${urls.join(' ') || 'none'}`);
    ctx.startUrl = urls[0];
    ctx.startToken = (output.match(/^\s+(eyJ[\w-]+\.[\w-]+\.[\w-]+)\s*$/m) || [])[1];
    if (!ctx.startToken) throw new Error(`no token in the output:\n${output}`);
    s.note(`URL: ${ctx.startUrl}`);
  });

  await steps.step(
    'the URL opens VS Code with the extension; the printed token is accepted and a push works',
    async (s) => {
      const browser = await launchBrowser(runDir, { name: 'start-profile' });
      cleanup.add('close the npm start browser', browser.close);
      const { page } = browser;
      ctx.setPage(page);
      try {
        await page.goto(ctx.startUrl);
        await waitForWorkbench(page);
        await ui.quickOpen(page, 'company.twin.yaml');
        // A short label; the host in its tooltip (the item's aria-label).
        const bar = await waitUntil(
          async () =>
            (await page.locator('.statusbar-item').allInnerTexts())
              .map(ui.squash)
              .find((t) => /TWIN: not signed in/.test(t)),
          { timeout: 30000, what: 'the TWIN status bar item (not signed in yet)' },
        );
        s.note(`status bar: "${bar}"`);
        await ui.runCommand(page, 'TWIN: Set API Token');
        await ui.waitForInputBox(page, /token/i);
        await ui.answerInputBox(page, ctx.startToken);
        await ui.waitForNotification(page, /token stored/i);
        await ui.runCommand(page, 'TWIN: Push to TWIN');
        await ui.waitForDialog(page);
        await ui.clickDialogButton(page);
        const summary = await ui.waitForNotification(page, /Pushed to/i, { timeout: 60000 });
        s.note(`notification: "${summary}"`);
        await s.shot('npm start push');
      } finally {
        ctx.setPage(null);
        await browser.close();
      }
    },
    { needs: [printed] },
  );

  await steps.step(
    'the Extensions view shows the installed .vsix with its user-facing page, no broken images',
    async (s) => {
      const browser = await launchBrowser(runDir, { name: 'start-extension-page' });
      cleanup.add('close the extension page browser', browser.close);
      const { page } = browser;
      ctx.setPage(page);
      try {
        await page.goto(ctx.startUrl);
        await waitForWorkbench(page);
        const shown = await ui.installedExtensionPage(page, 'TWIN Profile as Code');
        // docs/MARKETPLACE.md, not the repository README (which is about npm test and apt-get).
        if (
          !/Keep your TWIN \(twin24\.ai\) company profile/.test(shown.text) ||
          /npm test|apt-get/.test(shown.text)
        )
          throw new Error(`the extension page is not the user-facing README: ${shown.text.slice(0, 300)}`);
        if (shown.brokenImages.length) throw new Error(`broken images: ${shown.brokenImages.join(', ')}`);
        s.note(`page: "${shown.text.slice(0, 80)}…"`);
        await s.shot('npm start extension page');
      } finally {
        ctx.setPage(null);
        await browser.close();
      }
    },
    { needs: [printed] },
  );

  await steps.step(
    'Ctrl+C stops everything npm start started',
    async (s) => {
      let code;
      child.on('exit', (c, signal) => (code = c ?? signal));
      // Ctrl+C in a terminal signals the whole foreground process group.
      process.kill(-child.pid, 'SIGINT');
      await waitUntil(() => code !== undefined || child.exitCode !== null, {
        timeout: 30000,
        what: 'npm start to exit',
      });
      code ??= child.exitCode;
      await waitUntil(() => !groupAlive(child.pid), {
        timeout: 10000,
        what: 'the npm start process group to end',
      });
      const left = await waitUntil(() => processesMentioning(demoDir).length === 0 || null, {
        timeout: 10000,
        what: `no process left using ${demoDir}`,
      }).catch(() => processesMentioning(demoDir));
      if (Array.isArray(left) && left.length) throw new Error(`processes left running: ${left.join(', ')}`);
      if (fs.existsSync(path.join(demoDir, 'run'))) throw new Error('npm start left its run folder behind');
      s.note(`npm start exited (${code}); nothing of it is running`);
    },
    { needs: [printed] },
  );
};
