// Inside the editor the token goes nowhere but SecretStorage and its own host: after a plan, a push and
// a failing push, no exported API result, status text, remote state or setting holds it, and no file
// of the editor's user data (settings.json, the logs, where the "TWIN" output channel is written)
// does either. The editor's own secret store (state.vscdb) is the one place it is meant to be.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { PlanCommandResult } from '../../../client/src/commands/planCommand';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import type { RunningEmulator } from '../../../emulator/src';
import { repoRoot, useEmulatorSession, waitFor } from './support';

/** Every file under `dir`, skipping the editor's own storage databases (SecretStorage lives there). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile() && !/^state\.vscdb/.test(e.name)) out.push(p);
  }
  return out;
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

    // The editor's user data sits beside the workspace in the runner's folder (scripts/e2e).
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(workspace, 'the suite runs with a workspace folder');
    const userData = path.join(path.dirname(workspace), 'user-data');
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
});
