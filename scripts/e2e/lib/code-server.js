// Starts code-server (the real VS Code workbench and Node extension host) headless on 127.0.0.1, in
// its own process group, with fresh state inside a run folder and seeded user settings.
'use strict';
const fs = require('fs');
const path = require('path');
const { toolchain } = require('./toolchain');
const { spawnGroup, stopGroup } = require('./processes');
const { waitUntil } = require('./wait');
const { installRussianLanguagePack } = require('./language-pack');

/** Settings that keep the workbench quiet and deterministic (no chat side bar, no update checks). */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.hotExit': 'off',
  // code-server would offer to forward the emulator's port in a Ports view and notifications.
  'remote.autoForwardPorts': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
};

/**
 * Starts code-server with state in `runDir` and waits until /healthz answers.
 * Options: settings (merged over quietSettings), locale ('ru'...), dev (allow the URL payload that
 * loads a development extension; default true), extensionsDir, port (0 = any free port), dataDir
 * (default runDir), log (file path), russianLanguagePack (register a local pack so that VS Code
 * really switches to Russian, see language-pack.js). Returns { url, pid, logFile, exited, stop() };
 * `exited` resolves when the code-server process ends.
 */
async function startCodeServer(runDir, opts = {}) {
  const dataDir = opts.dataDir || runDir;
  const userData = path.join(dataDir, 'user-data');
  const extensionsDir = opts.extensionsDir || path.join(dataDir, 'extensions');
  const tmp = path.join(runDir, 'tmp');
  for (const d of [path.join(userData, 'User'), extensionsDir, tmp]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...opts.settings }, null, 2) + '\n',
  );
  if (opts.russianLanguagePack) installRussianLanguagePack({ userDataDir: userData, extensionsDir });
  const logFile = opts.log || path.join(runDir, `code-server${opts.locale ? '-' + opts.locale : ''}.log`);
  const args = [
    toolchain.codeServerEntry,
    '--bind-addr',
    `127.0.0.1:${opts.port ?? 0}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // The default (3 h) keeps extension hosts and language servers alive long after the browser left.
    '--reconnection-grace-time',
    '5',
    // Keeps ~/.config/code-server/config.yaml (and any password in it) out of the run.
    '--config',
    '/dev/null',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensionsDir,
  ];
  if (opts.locale) args.push('--locale', opts.locale);
  // Without it a built workbench ignores the URL payload (extensionDevelopmentPath/extensionTestsPath).
  if (opts.dev !== false) args.push('--vscode-option', 'enable-smoke-test-driver');

  const out = fs.openSync(logFile, 'a');
  // TMPDIR: VS Code puts its IPC sockets and caches in os.tmpdir(); keep them in the run folder.
  const child = spawnGroup(toolchain.node24, args, {
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let exited = null;
  const whenExited = new Promise((resolve) => child.on('exit', resolve));
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const stop = () => stopGroup(child.pid);

  const readLog = () => fs.readFileSync(logFile, 'utf8');
  try {
    const url = await waitUntil(
      () => {
        if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}):\n${readLog()}`);
        const m = readLog().match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//);
        return m && m[1];
      },
      { timeout: 30000, what: 'code-server to listen' },
    );
    await waitUntil(
      async () => {
        if (exited) throw new Error(`code-server exited:\n${readLog()}`);
        const res = await fetch(`${url}/healthz`);
        return res.ok;
      },
      { timeout: 30000, what: 'code-server /healthz' },
    );
    return { url, pid: child.pid, logFile, exited: whenExited, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

module.exports = { startCodeServer, quietSettings };
