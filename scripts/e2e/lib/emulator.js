// The TWIN API emulator as a separate process (its own process group), started the way a user does
// (`twin emulator --port 0`), and the small admin endpoint tests use to issue tokens and read what
// the emulator received. Everything here goes over HTTP, so the emulator stays a black box.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnGroup, stopGroup } = require('./processes');
const { waitUntil } = require('./wait');

const API_URL = /http:\/\/127\.0\.0\.1:\d+\/api\/v1/;

/**
 * Starts the emulator: `node dist/cli.js emulator --port N [--data FILE]`, or, when the CLI has no
 * emulator command, the compiled out/emulator/src startEmulator in a child process. Resolves with
 * { baseUrl, adminUrl, iamUrl, pid, exited, stop(), output() } once its base URL is printed and it answers;
 * `exited` resolves when the process ends.
 */
async function startEmulatorProcess(root, { dataFile, logFile, port = 0 } = {}) {
  const cli = path.join(root, 'dist', 'cli.js');
  const compiled = path.join(root, 'out', 'emulator', 'src', 'index.js');
  const data = dataFile ? ['--data', dataFile] : [];
  const attempts = [[cli, 'emulator', '--port', String(port), ...data]];
  if (fs.existsSync(compiled)) {
    const script =
      `require(${JSON.stringify(compiled)}).startEmulator({ port: ${port}, dataFile: ${JSON.stringify(dataFile)} })` +
      `.then((e) => console.log('TWIN emulator ' + e.baseUrl), (e) => { console.error(e); process.exit(1); })`;
    attempts.push(['-e', script]);
  }
  const failures = [];
  for (const args of attempts) {
    const started = await tryStart(args, logFile);
    if (started.baseUrl) return started;
    failures.push(
      `node ${args[0] === '-e' ? '-e <startEmulator>' : args.join(' ')}: ${started.output().trim()}`,
    );
  }
  throw new Error(`the emulator did not start:\n${failures.join('\n')}`);
}

async function tryStart(args, logFile) {
  const child = spawnGroup(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const collect = (d) => {
    text += d;
    if (logFile) fs.appendFileSync(logFile, d);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const whenExited = new Promise((resolve) => child.on('exit', resolve));
  void whenExited.then(() => (exited = true));
  const stop = () => stopGroup(child.pid);
  const output = () => text;
  try {
    const baseUrl = await waitUntil(
      () => {
        const m = text.match(API_URL);
        if (m) return m[0];
        if (exited) return 'exited';
        return null;
      },
      { timeout: 20000, what: 'the emulator to print its base URL' },
    );
    if (baseUrl === 'exited') return { output };
    const adminUrl = baseUrl.replace(/\/api\/v1$/, '/__admin');
    await waitUntil(async () => (await fetch(`${adminUrl}/switches`)).ok, {
      timeout: 10000,
      what: 'the emulator admin endpoint',
    });
    const iamUrl = baseUrl.replace(/\/api\/v1$/, '/iam/api/v1');
    return { baseUrl, adminUrl, iamUrl, pid: child.pid, exited: whenExited, stop, output };
  } catch (e) {
    await stop();
    return { output: () => `${text}\n${e.message}` };
  }
}

async function adminCall(adminUrl, what, body) {
  const res = await fetch(`${adminUrl}/${what}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`emulator admin ${what}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** Asks the emulator for a fresh API token (a JWT it signed), valid for `expiresInSeconds`. */
async function issueToken(adminUrl, opts = {}) {
  return (await adminCall(adminUrl, 'token', opts)).token;
}

/** What the emulator holds and received: { companies: {id: {attributes, clientTags, sessionTags}}, log }. */
async function emulatorState(adminUrl) {
  return adminCall(adminUrl, 'state');
}

/** The API path and body field of each manifest section. */
const RESOURCES = {
  attributes: { path: '/clients/attributes', field: 'name' },
  clientTags: { path: '/clients/tags', field: 'tag' },
  sessionTags: { path: '/sessions/tags', field: 'tag' },
};

/**
 * Creates, through the public API with `token`, the sample items that the platform does not list
 * yet, so a re-run (persistent data) does not add them twice. Returns how many it created.
 */
async function seedCompany(baseUrl, token, sample) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let created = 0;
  for (const [section, names] of Object.entries(sample)) {
    const { path: p, field } = RESOURCES[section];
    const listed = await fetch(`${baseUrl}${p}?limit=100&offset=0`, { headers });
    if (!listed.ok) throw new Error(`seed: GET ${p}: HTTP ${listed.status}`);
    const present = new Set(((await listed.json()).items || []).map((i) => i.name ?? i.tag));
    for (const name of names.filter((n) => !present.has(n))) {
      const res = await fetch(`${baseUrl}${p}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ [field]: name }),
      });
      if (!res.ok) throw new Error(`seed: POST ${p} ${name}: HTTP ${res.status} ${await res.text()}`);
      created++;
    }
  }
  return created;
}

module.exports = { startEmulatorProcess, issueToken, emulatorState, seedCompany, RESOURCES };
