// `npm start`: the whole product on this machine in one command. Installs what is missing, builds and
// packs the .vsix, starts the TWIN emulator with a sample company (data kept in a cache folder), and
// code-server (a real VS Code in the browser) with the .vsix installed as a user would, the emulator as `twin.api.baseUrl` and a copy of
// examples/ as the workspace. Prints one URL to open, the demo account's email
// and password (the emulator's IAM is `twin.api.iamUrl`) and a ready token. Ctrl+C stops everything.
// Options: --fresh (forget the demo's emulator data, workspace and editor state first).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { ensureInstalled } = require('./lib/install');
const { ensureToolchain, toolchain } = require('./e2e/lib/toolchain');
const { createCleanup } = require('./e2e/lib/cleanup');
const { startCodeServer } = require('./e2e/lib/code-server');
const { startEmulatorProcess, issueToken, seedCompany } = require('./e2e/lib/emulator');
const { sampleCompany } = require('./e2e/lib/sample-company');

// The emulator's demo account (emulator/src/iam.ts DEMO_USER): a made-up user of the sample company.
const DEMO_EMAIL = 'demo@twin.local';
const DEMO_PASSWORD = 'demo-password';

const root = path.resolve(__dirname, '..');
// TWIN_DEMO_DIR: another place for the demo's state (the E2E runs npm start in its run folder).
const demoDir = path.resolve(process.env.TWIN_DEMO_DIR || path.join(toolchain.e2eHome, 'demo'));
// Fixed ports keep the API base URL stable across restarts: the browser keeps the token per base
// URL, and the lock file keys ids by it. Another free port is used when one is taken (0: any).
const EMULATOR_PORT = Number(process.env.TWIN_DEMO_EMULATOR_PORT || 4780);
const CODE_SERVER_PORT = Number(process.env.TWIN_DEMO_PORT || 4781);

const step = (text) => console.log(`\n=== ${text}`);

/** `port` when nothing listens on it on 127.0.0.1, else 0 (any free port). */
function portOrAny(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(0));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

/** Runs a command with inherited output; throws when it fails. */
function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/**
 * Packs the .vsix (scripts/package.js builds first) and installs it with code-server into a fresh
 * extensions folder, as a user installs it: the Extensions view then shows the user-facing README
 * (docs/MARKETPLACE.md) and only the files that ship.
 */
function installPackagedExtension(runDir, userDataDir, extensionsDir) {
  run(process.execPath, ['scripts/package.js']);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const vsix = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const r = spawnSync(
    toolchain.node24,
    [toolchain.codeServerEntry, '--config', '/dev/null', '--user-data-dir', userDataDir].concat([
      '--extensions-dir',
      extensionsDir,
      '--install-extension',
      vsix,
    ]),
    { cwd: root, stdio: 'inherit', env: { ...process.env, TMPDIR: path.join(runDir, 'tmp') } },
  );
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit ${r.status ?? r.signal})`);
}

async function main() {
  if (process.argv.includes('--fresh')) fs.rmSync(demoDir, { recursive: true, force: true });
  step('install');
  ensureInstalled(root);
  ensureToolchain();

  const cleanup = createCleanup();
  fs.mkdirSync(demoDir, { recursive: true });
  // code-server's sockets and caches: a folder of the demo, emptied on every start and stop.
  const runDir = path.join(demoDir, 'run');
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(runDir, 'tmp'), { recursive: true });
  cleanup.add('remove the run folder', () => fs.rmSync(runDir, { recursive: true, force: true }));

  try {
    step('build and install the extension (.vsix)');
    const extensionsDir = path.join(runDir, 'extensions');
    installPackagedExtension(runDir, path.join(demoDir, 'user-data'), extensionsDir);

    step('TWIN emulator');
    const emulatorPort = await portOrAny(EMULATOR_PORT);
    const emulator = await startEmulatorProcess(root, {
      dataFile: path.join(demoDir, 'emulator-data.json'),
      port: emulatorPort,
      logFile: path.join(runDir, 'emulator.log'),
    });
    cleanup.add('stop the emulator', emulator.stop);
    const token = await issueToken(emulator.adminUrl);
    const seeded = await seedCompany(emulator.baseUrl, token, sampleCompany);
    console.log(
      `${emulator.baseUrl} (data: ${path.join(demoDir, 'emulator-data.json')}; ${seeded} sample items added)`,
    );

    step('code-server');
    const workspace = path.join(demoDir, 'examples');
    if (!fs.existsSync(workspace)) fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
    const server = await startCodeServer(runDir, {
      dataDir: demoDir,
      extensionsDir,
      port: await portOrAny(CODE_SERVER_PORT),
      dev: false,
      settings: { 'twin.api.baseUrl': emulator.baseUrl, 'twin.api.iamUrl': emulator.iamUrl },
      log: path.join(runDir, 'code-server.log'),
    });
    cleanup.add('stop code-server', server.stop);

    const url = new URL(server.url);
    url.searchParams.set('folder', workspace);
    console.log(`
Open this in a browser:

  ${url.toString()}

The editor talks to the TWIN emulator at ${emulator.baseUrl}, which already holds a sample company.
To push, sign in once: F1 → "TWIN: Sign In" (or click "TWIN: not signed in" in the status bar, or the
Accounts menu), choose "Email and password" and give the demo account:

  email:    ${DEMO_EMAIL}
  password: ${DEMO_PASSWORD}

or choose "Paste an API token" and paste this emulator token:

  ${token}

Then open company.twin.yaml, run "TWIN: Plan" and click "Push to TWIN" in the plan view's title
bar. The workspace is a copy of examples/ at ${workspace} (npm start -- --fresh starts over). Ctrl+C stops everything.`);

    // Runs until Ctrl+C (the cleanup's signal handler stops everything and exits) or a child dies.
    const died = await Promise.race([
      server.exited.then(() => 'code-server'),
      emulator.exited.then(() => 'the emulator'),
    ]);
    if (!cleanup.started) console.error(`\n${died} stopped unexpectedly; stopping the rest.`);
  } finally {
    await cleanup.run();
  }
  process.exitCode = 1;
}

main().catch((e) => {
  console.error(`npm start: ${e.message || e}`);
  process.exit(1);
});
