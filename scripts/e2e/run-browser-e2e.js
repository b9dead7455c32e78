// The `e2e` test layer: a browser drives the real VS Code UI (code-server + headless Chromium) the way
// a person would, against the TWIN emulator: open and complete a manifest, read the Problems panel,
// set the token, push, check what the platform received, then Russian, then `npm start`. Steps live in
// test/e2e/*.e2e.js. Every step is counted and screenshotted; the folder is printed at the end.
// Ends with one line `N passed, N failed`; exits non-zero on any failure.
'use strict';
const fs = require('fs');
const path = require('path');
const { ensureToolchain, toolchain } = require('./lib/toolchain');
const { createCleanup } = require('./lib/cleanup');
const { createRunDir, copyWorkspace } = require('./lib/run-dir');
const { startCodeServer } = require('./lib/code-server');
const { launchBrowser } = require('./lib/browser');
const { workbenchUrl, openWorkbench } = require('./lib/workbench');
const { startEmulatorProcess, issueToken, seedCompany } = require('./lib/emulator');
const { sampleCompany } = require('./lib/sample-company');
const { createSteps } = require('./lib/steps');
const { processesMentioning } = require('./lib/processes');
const { waitUntil } = require('./lib/wait');
const { squash } = require('./lib/ui');

const root = toolchain.repoRoot;
const shotsDir = path.join(root, '.test-results', 'screenshots');
// The workspace each session gets a fresh copy of (TWIN_E2E_EXAMPLES: another folder, to try the harness).
const examplesDir = path.resolve(process.env.TWIN_E2E_EXAMPLES || path.join(root, 'examples'));
// TWIN_E2E_ONLY=editor,russian runs some parts only (while working on them).
const parts = (process.env.TWIN_E2E_ONLY || 'editor,push,account,russian,start').split(',');
// Steps the parts name as prerequisites (`needs`); they run here, whichever parts run.
const EMULATOR_STEP = 'the emulator starts with the sample company';
const WORKBENCH_STEP = 'workbench loads with the extension and the examples workspace';
const scenarioStep = (name) =>
  parts.includes(name) ? require(path.join(root, 'test', 'e2e', `${name}.e2e.js`)) : async () => {};

/**
 * The problems the project's own analyzer (core/manifest, compiled to out/ by tsc; the language
 * server runs the same rules) finds in a file: [{ code, severity, message }], in `locale`.
 */
function expectedProblems(file, locale = 'en') {
  const { analyzeManifest } = require(path.join(root, 'out', 'core', 'src', 'manifest', 'index.js'));
  const { inBundledLanguage } = require(path.join(root, 'out', 'core', 'src', 'l10n', 'bundled.js'));
  const text = fs.readFileSync(file, 'utf8');
  return inBundledLanguage(locale, () => analyzeManifest(text).diagnostics);
}

/** Names per section of a manifest, as written (strings or {name}). */
function manifestNames(file) {
  const YAML = require(require.resolve('yaml', { paths: [root] }));
  const doc = YAML.parse(fs.readFileSync(file, 'utf8')) || {};
  const names = {};
  for (const section of ['attributes', 'clientTags', 'sessionTags']) {
    names[section] = (doc[section] || [])
      .map((e) => (typeof e === 'string' ? e : e && e.name))
      .filter(Boolean);
  }
  return names;
}

async function main() {
  const started = Date.now();
  ensureToolchain();
  for (const f of ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'out/core/src/manifest/index.js']) {
    if (!fs.existsSync(path.join(root, f)))
      throw new Error(`${f} not found: run \`node scripts/build.js && npx tsc -p tsconfig.json\` first`);
  }
  const cleanup = createCleanup();
  fs.rmSync(shotsDir, { recursive: true, force: true });
  let currentPage = null;
  const steps = createSteps({ shotsDir, getPage: () => currentPage });
  const runDir = createRunDir(cleanup, 'twin-e2e');
  try {
    process.env.TMPDIR = path.join(runDir, 'tmp');

    let emulator = null;
    await steps.step(EMULATOR_STEP, async (s) => {
      // --data in the run folder: the emulator's command line names the run, so the last check finds it.
      const started = await startEmulatorProcess(root, {
        dataFile: path.join(runDir, 'emulator-data.json'),
        logFile: path.join(runDir, 'emulator.log'),
      });
      cleanup.add('stop the emulator', started.stop);
      const created = await seedCompany(started.baseUrl, await issueToken(started.adminUrl), sampleCompany);
      s.note(`${started.baseUrl}: ${created} sample items`);
      emulator = started;
    });

    /** Starts code-server (+ Chromium) on a fresh copy of examples/; `close()` stops both. */
    const startSession = async ({ name, locale, russianLanguagePack } = {}) => {
      const sessionDir = path.join(runDir, name);
      fs.mkdirSync(sessionDir);
      const workspace = copyWorkspace(sessionDir, examplesDir, 'examples');
      const settings = emulator
        ? { 'twin.api.baseUrl': emulator.baseUrl, 'twin.api.iamUrl': emulator.iamUrl }
        : {};
      const server = await startCodeServer(runDir, {
        dataDir: sessionDir,
        locale,
        russianLanguagePack,
        settings,
        log: path.join(runDir, `code-server-${name}.log`),
      });
      const browser = await launchBrowser(sessionDir).catch(async (e) => {
        await server.stop();
        throw e;
      });
      let closed = false;
      const close = async () => {
        if (closed) return;
        closed = true;
        if (currentPage === browser.page) currentPage = null;
        await browser.close();
        await server.stop();
      };
      cleanup.add(`stop session ${name}`, close);
      currentPage = browser.page;
      // TWIN_E2E_CONSOLE=1 echoes the workbench's console errors (while debugging a step).
      if (process.env.TWIN_E2E_CONSOLE)
        browser.page.on(
          'console',
          (m) => m.type() === 'error' && console.log(`  [console] ${m.text().slice(0, 400)}`),
        );
      const url = workbenchUrl(server.url, { folder: workspace, extensionDevelopmentPath: root });
      return {
        page: browser.page,
        workspace,
        serverUrl: server.url,
        openWorkbench: () => openWorkbench(browser.page, url),
        close,
      };
    };

    let session = null;
    await steps.step('code-server and Chromium start (English)', async (s) => {
      session = await startSession({ name: 'en' });
      s.note(`code-server ${session.serverUrl}`);
    });
    const ctx = {
      root,
      steps,
      emulator: emulator || { baseUrl: 'http://127.0.0.1:9/api/v1', adminUrl: 'http://127.0.0.1:9/__admin' },
      page: session ? session.page : null,
      openWorkbench: () => session.openWorkbench(),
      readWorkspaceFile: (name) => fs.readFileSync(path.join(session.workspace, name), 'utf8'),
      manifestNames: (name) => manifestNames(path.join(session.workspace, name)),
      expectedDiagnostics: (name, locale) => expectedProblems(path.join(examplesDir, name), locale),
      seededNames: () => Object.values(sampleCompany).flat(),
      startSession,
      runDir,
      cleanup,
      setPage: (page) => (currentPage = page),
      emulatorStep: EMULATOR_STEP,
      workbenchStep: WORKBENCH_STEP,
    };
    const [editorSteps, pushSteps, accountSteps, russianSteps, startSteps] = [
      'editor',
      'push',
      'account',
      'russian',
      'start',
    ].map(scenarioStep);
    if (session) {
      // The English parts (editor, push, account) start from this loaded workbench.
      await steps.step(WORKBENCH_STEP, async (s) => {
        await ctx.openWorkbench();
        const files = await session.page.locator('.explorer-folders-view .monaco-list-row').allInnerTexts();
        s.note(`Explorer: ${files.map(squash).join(', ')}`);
        if (!files.some((f) => f.includes('company.twin.yaml')))
          throw new Error('company.twin.yaml not in the Explorer');
      });
      await editorSteps(ctx);
      await pushSteps(ctx);
      await accountSteps(ctx);
      await session.close();
    } else {
      await steps.step('editor and push steps', async () => {
        throw new Error('not run: code-server did not start');
      });
    }
    await russianSteps(ctx);
    await startSteps(ctx);
  } finally {
    await cleanup.run();
  }
  await steps.step('afterwards nothing of the run is left running or on disk', async (s) => {
    const left = await waitUntil(() => processesMentioning(runDir).length === 0 || null, {
      timeout: 10000,
      what: `no process left using ${runDir}`,
    }).catch(() => processesMentioning(runDir));
    if (Array.isArray(left) && left.length) throw new Error(`still running: pids ${left.join(', ')}`);
    if (fs.existsSync(runDir)) throw new Error(`${runDir} is still there`);
    s.note(`no process mentions ${runDir}; the folder is gone`);
  });
  console.log(`\nscreenshots: ${shotsDir}`);
  console.log(`e2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return steps;
}

main().then(
  ({ passed, failed }) => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  },
  (e) => {
    console.error(`browser e2e: ${e.stack || e}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
