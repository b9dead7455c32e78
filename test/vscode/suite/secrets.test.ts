// Inside the editor the token goes nowhere but SecretStorage and its own host: after a plan, a push and
// a failing push, no exported API result, status text, remote state or setting holds it, and no file
// of the editor's user data (settings.json, the logs, where the "TWIN" output channel is written)
// does either. The editor's own secret store (state.vscdb) is the one place it is meant to be. The same
// for a session signed in with email and password: its tokens and refresh tokens (rotated by a renewal
// during the test) stay out of all that and out of the language server's trace, and the password is
// nowhere at all, the editor's own databases included.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { PlanCommandResult } from '../../../client/src/commands/planCommand';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import { DEMO_USER, type RunningEmulator } from '../../../emulator/src';
import { repoRoot, setSetting, signInThroughAccountsMenu, useEmulatorSession, waitFor } from './support';

/** Every file under `dir`, skipping the editor's own storage databases (SecretStorage lives there) unless asked. */
function filesUnder(dir: string, withDatabases = false): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, withDatabases));
    else if (e.isFile() && (withDatabases || !/^state\.vscdb/.test(e.name))) out.push(p);
  }
  return out;
}

/** The editor's user data folder, beside the workspace in the runner's folder (scripts/e2e). */
function userDataDir(): string {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(workspace, 'the suite runs with a workspace folder');
  return path.join(path.dirname(workspace), 'user-data');
}

/** A JWT and the pieces of it that would give it away. */
function jwtPieces(token: string): string[] {
  const [head = '', payload = '', signature = ''] = token.split('.');
  return [token, signature, `${head}.${payload}`];
}

describe('the token never leaves SecretStorage and its host', () => {
  let api: TwinTestApi;
  let emulator: RunningEmulator;
  let dir: string;

  useEmulatorSession('twin-vscode-secrets-', (session) => ({ api, emulator, dir } = session));

  it('after plan, push and a failing push: not in API results, settings, the lock file or the logs', async () => {
    const token = emulator.issueToken();
    assert.equal((await api.setToken(token)).kind, 'stored');
    const good = path.join(dir, 'company.twin.yaml');
    fs.copyFileSync(path.join(repoRoot, 'examples', 'company.twin.yaml'), good);
    const plan = await vscode.commands.executeCommand<PlanCommandResult | undefined>(
      'twin.plan',
      vscode.Uri.file(good),
    );
    const push = await vscode.commands.executeCommand<PushCommandResult>('twin.push', vscode.Uri.file(good));
    assert.equal(push.kind, 'pushed');
    // A push that fails: every create answers 500 (the log then holds error lines).
    emulator.state.set({ faultRate: 1, faults: ['500'], faultMethods: 'POST' });
    const failing = path.join(dir, 'failing.twin.yaml');
    fs.writeFileSync(failing, 'attributes:\n  - Новое поле\n');
    const failed = await vscode.commands.executeCommand<PushCommandResult>(
      'twin.push',
      vscode.Uri.file(failing),
    );
    assert.equal(failed.kind, 'pushed');
    assert.equal(failed.kind === 'pushed' && failed.result.complete, false);
    await api.refreshRemoteState();

    const pieces = (() => {
      const [head = '', payload = '', signature = ''] = token.split('.');
      return [token, signature, `${head}.${payload}`];
    })();
    const assertClean = (text: string, where: string) => {
      for (const piece of pieces) assert.ok(!text.includes(piece), `${where} holds the token`);
    };
    assertClean(
      JSON.stringify([
        plan,
        push,
        failed,
        api.lastRemoteState(),
        await api.statusBarText(),
        await api.hasToken(),
      ]),
      'what the API returned',
    );
    assertClean(JSON.stringify(vscode.workspace.getConfiguration('twin')), 'the twin.* settings');
    for (const file of filesUnder(dir)) assertClean(fs.readFileSync(file, 'latin1'), file);

    const userData = userDataDir();
    // The output channel reaches disk a moment after its last line: wait for the failure to be there.
    const channel = await waitFor('the TWIN output channel written to the logs', () =>
      filesUnder(path.join(userData, 'logs')).find(
        (f) => /TWIN\.log$/.test(f) && /failing\.twin\.yaml/.test(fs.readFileSync(f, 'utf8')),
      ),
    );
    assert.ok(channel);
    const scanned = filesUnder(userData);
    for (const file of scanned) assertClean(fs.readFileSync(file, 'latin1'), file);
    console.log(`      searched ${scanned.length} files of the editor's user data, the TWIN log included`);
  });

  it('a password sign-in: the password is nowhere, the tokens and refresh tokens only in SecretStorage', async () => {
    await setSetting('api.iamUrl', emulator.iamUrl);
    await setSetting('trace.server', 'verbose');
    // Short tokens, so the session renews (and rotates its refresh token) while the test runs.
    emulator.state.set({ faultRate: 0, tokenTtlSeconds: 8 });
    try {
      await api.clearToken();
      const session = await signInThroughAccountsMenu(api, {
        kind: 'password',
        email: DEMO_USER.email,
        password: DEMO_USER.password,
      });
      const file = path.join(dir, 'signed-in.twin.yaml');
      fs.writeFileSync(file, 'attributes:\n  - Вход по паролю\n');
      const push = await vscode.commands.executeCommand<PushCommandResult>(
        'twin.push',
        vscode.Uri.file(file),
      );
      assert.equal(push.kind, 'pushed');
      await api.refreshRemoteState();
      // Wait for a renewal by the timer, then use the renewed session once more.
      await waitFor(
        'a refresh of the session',
        () => (emulator.state.iamLog.some((e) => e.path === '/auth/refresh') ? true : undefined),
        30_000,
      );
      const plan = await vscode.commands.executeCommand<PlanCommandResult | undefined>(
        'twin.plan',
        vscode.Uri.file(file),
      );
      const renewed = await vscode.authentication.getSession('twin', [], { silent: true });
      const refreshTokens = emulator.state.refreshTokensIssued();
      assert.ok(refreshTokens.length >= 2, 'a login and at least one rotation');
      const secrets = [
        ...jwtPieces(session.accessToken),
        ...(renewed ? jwtPieces(renewed.accessToken) : []),
        ...refreshTokens,
      ];
      const assertClean = (text: string, where: string) => {
        assert.ok(!text.includes(DEMO_USER.password), `${where} holds the password`);
        for (const piece of secrets)
          assert.ok(!text.includes(piece), `${where} holds a token or refresh token`);
      };
      assertClean(
        JSON.stringify([
          push,
          plan,
          api.lastRemoteState(),
          await api.statusBarText(),
          await api.sessionState(),
        ]),
        'what the API returned',
      );
      assertClean(JSON.stringify(vscode.workspace.getConfiguration('twin')), 'the twin.* settings');
      for (const f of filesUnder(dir)) assertClean(fs.readFileSync(f, 'latin1'), f);
      const userData = userDataDir();
      // Both output channels reach disk a moment after their last lines: wait for the plan to be there.
      await waitFor('the TWIN output channel written to the logs', () =>
        filesUnder(path.join(userData, 'logs')).find(
          (f) => /TWIN\.log$/.test(f) && /signed-in\.twin\.yaml/.test(fs.readFileSync(f, 'utf8')),
        ),
      );
      const trace = filesUnder(path.join(userData, 'logs')).filter((f) => /Language Server/.test(f));
      const scanned = filesUnder(userData);
      for (const f of scanned) assertClean(fs.readFileSync(f, 'latin1'), f);
      for (const f of filesUnder(userData, true)) {
        const text = fs.readFileSync(f, 'latin1');
        assert.ok(!text.includes(DEMO_USER.password), `${f} holds the password`);
        assert.ok(!fs.readFileSync(f, 'utf16le').includes(DEMO_USER.password), `${f} holds the password`);
      }
      console.log(
        `      searched ${scanned.length} files (${trace.length} of the language server's log) for the password, ` +
          `${refreshTokens.length} refresh tokens and the tokens`,
      );
    } finally {
      emulator.state.set({ tokenTtlSeconds: 0 });
      await setSetting('trace.server', undefined);
      await setSetting('api.iamUrl', undefined);
    }
  });
});
