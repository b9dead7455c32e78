// The TWIN account through VS Code's authentication API, in the real editor against the emulator's
// IAM: sign in with email and password through the provider (from the Accounts menu's "Sign in with
// TWIN", chosen by the runner; the sign-in questions are answered through the test API), getSession hands out that
// session, a push that outlives the token's 20-second life renews it without asking anything and
// creates every item once, and signing out removes the secret.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import { DEMO_USER, type RunningEmulator } from '../../../emulator/src';
import { signInThroughAccountsMenu, useEmulatorSession, waitFor } from './support';

const TOKEN_LIFETIME_S = 20;
const ITEMS = 60;

describe('the TWIN account: sign-in, renewal during a push, sign-out', () => {
  let api: TwinTestApi;
  let emulator: RunningEmulator;
  let dir: string;
  useEmulatorSession('twin-vscode-signin-', (session) => ({ api, emulator, dir } = session), {
    switches: { tokenTtlSeconds: TOKEN_LIFETIME_S },
    iam: true,
    settings: { 'push.concurrency': 2 },
  });

  it('signs in with email and password through the provider; getSession returns that session', async () => {
    const asked = api.signInPromptCount();
    const created = await signInThroughAccountsMenu(api, {
      kind: 'password',
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    assert.equal(api.signInPromptCount() - asked, 1, 'asked once how to sign in');
    const name = `${DEMO_USER.firstName} ${DEMO_USER.lastName}`;
    assert.equal(created.account.label, `${name} (company ${DEMO_USER.companyId})`);
    assert.equal(created.id, emulator.baseUrl);
    const again = await vscode.authentication.getSession('twin', [], { silent: true });
    assert.equal(again?.id, created.id);
    assert.equal(again?.accessToken, created.accessToken);
    const state = await api.sessionState();
    assert.equal(state?.renews, true);
    assert.equal(state?.companyId, String(DEMO_USER.companyId));
    assert.match(await api.statusBarText(), new RegExp(`TWIN: ${name}`));
    assert.deepEqual(emulator.state.iamLog.map((e) => `${e.method} ${e.path}`).slice(0, 2), [
      'POST /auth/login',
      'GET /users/me',
    ]);
  });

  it('a push that outlives the token renews it without a prompt and creates every item exactly once', async () => {
    // Slow enough that the push lasts well past one token lifetime (60 items, 2 at a time, 0.8 s each).
    emulator.state.set({ latencyMs: 800 });
    const names = Array.from({ length: ITEMS }, (_, i) => `Поле ${String(i + 1).padStart(2, '0')}`);
    const file = path.join(dir, 'many.twin.yaml');
    fs.writeFileSync(file, `attributes:\n${names.map((n) => `  - ${n}\n`).join('')}`);
    const signIns = api.signInPromptCount();
    const tokens = api.tokenPromptCount();
    const before = (await api.sessionState())?.expiresAt ?? 0;
    const started = Date.now();
    const result = await vscode.commands.executeCommand<PushCommandResult>(
      'twin.push',
      vscode.Uri.file(file),
    );
    const ended = Date.now();
    emulator.state.set({ latencyMs: 0 });
    assert.equal(result.kind, 'pushed');
    assert.ok(
      result.kind === 'pushed' && result.result.complete,
      result.kind === 'pushed' ? result.summary : '',
    );
    assert.ok(ended > before, 'the push went on past the expiry of the token it started with');
    assert.equal(api.signInPromptCount(), signIns, 'no sign-in question');
    assert.equal(api.tokenPromptCount(), tokens, 'no token prompt');
    for (const n of names) assert.equal(emulator.state.timesStored('attributes', n, '1'), 1, n);
    const refreshes = emulator.state.iamLog.filter((e) => e.path === '/auth/refresh' && e.at >= started);
    assert.ok(refreshes.length >= 1, 'the session was refreshed during the push');
    const after = (await api.sessionState())?.expiresAt ?? 0;
    assert.ok(after > before, 'the stored session holds the renewed token');
    // The lock file keys the record by the account's company.
    const lock = fs.readFileSync(path.join(dir, 'many.twin.lock'), 'utf8');
    assert.ok(lock.includes(`company=${DEMO_USER.companyId}`), lock.slice(0, 300));
  });

  it('signing out removes the secret; getSession then has nothing', async () => {
    assert.ok((await api.storedSecretKeys()).length > 0);
    assert.equal(await vscode.commands.executeCommand('twin.signOut'), true);
    assert.deepEqual(await api.storedSecretKeys(), []);
    await waitFor('the provider to drop the session', async () =>
      (await vscode.authentication.getSession('twin', [], { silent: true })) === undefined ? true : undefined,
    );
    assert.match(await api.statusBarText(), /not signed in/);
  });
});
