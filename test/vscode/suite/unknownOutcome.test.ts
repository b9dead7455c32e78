// A server that cannot list, and a create whose answer is lost after the item was stored: the push
// records the item as of unknown outcome. The next push has nothing to create, and must say that an
// item needs checking, not that the host already has everything. The editor gets no guessed marks.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import type { RunningEmulator } from '../../../emulator/src';
import { useEmulatorSession } from './support';

describe('TWIN push when an earlier push left an item of unknown outcome', () => {
  let api: TwinTestApi;
  let emulator: RunningEmulator;
  let dir: string;

  useEmulatorSession('twin-vscode-unknown-', (session) => ({ api, emulator, dir } = session));

  it('warns about the unknown item instead of "nothing to push", and sends nothing again', async () => {
    emulator.state.set({ listing: false });
    assert.equal((await api.setToken(emulator.issueToken())).kind, 'stored');
    const file = path.join(dir, 'company.twin.yaml');
    fs.writeFileSync(file, 'attributes:\n  - Спорное поле\n');
    const uri = vscode.Uri.file(file);

    // Stored, then the answer is not JSON: with no list to check, the outcome stays unknown.
    emulator.state.set({ faultQueue: ['malformed-json'], faultMethods: 'POST' });
    const first = await vscode.commands.executeCommand<PushCommandResult>('twin.push', uri);
    assert.equal(first.kind, 'pushed');
    assert.equal(first.kind === 'pushed' && first.result.sections.attributes.uncertain.length, 1);
    assert.equal(api.lastRemoteState()?.sections, null, 'no list: the editor is told "unknown"');

    const posts = emulator.state.log.filter((r) => r.method === 'POST').length;
    const second = await vscode.commands.executeCommand<PushCommandResult>('twin.push', uri);
    assert.equal(second.kind, 'unknown-outcome');
    assert.equal(second.kind === 'unknown-outcome' && second.uncertain, 1);
    assert.equal(emulator.state.log.filter((r) => r.method === 'POST').length, posts, 'not sent again');
    assert.equal(emulator.state.timesStored('attributes', 'Спорное поле'), 1);
  });
});
