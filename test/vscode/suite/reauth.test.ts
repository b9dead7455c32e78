// A token the server stops accepting mid-command: one prompt for a new token, then the push resumes
// and completes. The emulator is restarted on the same port with a new signing secret, so the stored
// token (still unexpired to the eye) is refused with 401.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import { analyzeManifest, SECTION_KEYS, type Manifest } from '../../../core/src/manifest';
import { startEmulator, type RunningEmulator } from '../../../emulator/src';
import { repoRoot, setSetting, twinApi } from './support';

describe('TWIN push when the server refuses the stored token', () => {
  let api: TwinTestApi;
  let emulator: RunningEmulator | undefined;
  let dir: string | undefined;

  before(async () => {
    api = await twinApi();
    await setSetting('push.confirm', false);
  });

  after(async () => {
    await api?.clearToken();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('api.baseUrl', undefined);
    await setSetting('push.confirm', undefined);
    await emulator?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('asks once for a new token, then finishes the push with every item created once', async () => {
    const first = await startEmulator();
    await setSetting('api.baseUrl', first.baseUrl);
    assert.equal((await api.setToken(first.issueToken())).kind, 'stored');
    await first.close();
    emulator = await startEmulator({ port: first.port });
    assert.equal(emulator.baseUrl, first.baseUrl);

    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twin-vscode-reauth-'));
    const file = path.join(dir, 'company.twin.yaml');
    const text = fs.readFileSync(path.join(repoRoot, 'examples', 'company.twin.yaml'), 'utf8');
    fs.writeFileSync(file, text);
    const expected: Manifest | null = analyzeManifest(text).manifest;
    assert.ok(expected);

    const promptsBefore = api.answerTokenPrompts([emulator.issueToken()]);
    const result = await vscode.commands.executeCommand<PushCommandResult>(
      'twin.push',
      vscode.Uri.file(file),
    );
    assert.equal(api.tokenPromptCount() - promptsBefore, 1, 'exactly one prompt for a new token');
    assert.equal(result.kind, 'pushed');
    assert.ok(
      result.kind === 'pushed' && result.result.complete,
      result.kind === 'pushed' ? result.summary : '',
    );
    for (const key of SECTION_KEYS)
      for (const entry of expected.sections[key])
        assert.equal(emulator.state.timesStored(key, entry.name), 1, `${key}: ${entry.name}`);
  });
});
