// A push sends the saved file, never unsaved editor text: with unsaved changes it asks to save first
// ("Save and Push"); declined, nothing is sent and the file stays as it was; accepted, the file is
// saved and pushed, so the lock file beside it records names that the saved file holds.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import type { RunningEmulator } from '../../../emulator/src';
import { openFile, useEmulatorSession } from './support';

describe('TWIN push of a manifest with unsaved changes', () => {
  let api: TwinTestApi;
  let emulator: RunningEmulator;
  let dir: string;

  useEmulatorSession('twin-vscode-unsaved-', (session) => ({ api, emulator, dir } = session));

  it('asks to save first: declined sends nothing, accepted saves and pushes the saved file', async () => {
    assert.equal((await api.setToken(emulator.issueToken())).kind, 'stored');
    const file = path.join(dir, 'draft.twin.yaml');
    const saved = 'attributes:\n  - Сохранённое поле\n';
    fs.writeFileSync(file, saved);
    const doc = await openFile(file);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(2, 0), '  - Несохранённое поле\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);
    const posts = () => emulator.state.log.filter((r) => r.method === 'POST').length;

    const asked = api.answerConfirmations([false]);
    const declined = await vscode.commands.executeCommand<PushCommandResult>('twin.push', doc.uri);
    assert.equal(declined.kind, 'unsaved');
    assert.equal(api.confirmationCount() - asked, 1, 'one question: save first?');
    assert.equal(posts(), 0, 'nothing was sent');
    assert.equal(fs.readFileSync(file, 'utf8'), saved, 'the file on disk is untouched');
    assert.equal(fs.existsSync(path.join(dir, 'draft.twin.lock')), false, 'no lock file');
    assert.ok(doc.isDirty, 'the edit is still there, unsaved');

    api.answerConfirmations([true]);
    const pushed = await vscode.commands.executeCommand<PushCommandResult>('twin.push', doc.uri);
    assert.equal(pushed.kind, 'pushed');
    assert.equal(doc.isDirty, false, 'saved');
    assert.match(fs.readFileSync(file, 'utf8'), /Несохранённое поле/);
    for (const name of ['Сохранённое поле', 'Несохранённое поле'])
      assert.equal(emulator.state.timesStored('attributes', name), 1, name);
    assert.ok(fs.existsSync(path.join(dir, 'draft.twin.lock')));
  });

  it('a saved manifest is pushed without the question', async () => {
    const file = path.join(dir, 'clean.twin.yaml');
    fs.writeFileSync(file, 'clientTags:\n  - Сохранённый тег\n');
    const doc = await openFile(file);
    const asked = api.confirmationCount();
    const pushed = await vscode.commands.executeCommand<PushCommandResult>('twin.push', doc.uri);
    assert.equal(pushed.kind, 'pushed');
    assert.equal(api.confirmationCount(), asked, 'no question asked');
    assert.equal(emulator.state.timesStored('clientTags', 'Сохранённый тег'), 1);
  });
});
