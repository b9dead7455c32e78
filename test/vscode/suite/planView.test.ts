// The plan view stays true: it plans again after a save and after a push, Push from the view pushes
// the planned file (not the editor's), and the confirmation counts what the view shows at that moment.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { PlanCommandResult } from '../../../client/src/commands/planCommand';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import type { PlanViewSnapshot } from '../../../client/src/plan/planView';
import type { RunningEmulator } from '../../../emulator/src';
import { openFile, setSetting, useEmulatorSession, waitFor } from './support';

const PLANNED = ['version: 1', 'attributes:', '  - ФИО', '  - Телефон', 'sessionTags:', '  - кредит', ''];
const OTHER = ['version: 1', 'clientTags:', '  - Не тот файл', ''];

describe('the plan view', () => {
  let api: TwinTestApi;
  let emulator: RunningEmulator;
  let planned: vscode.Uri;
  let other: vscode.Uri;

  useEmulatorSession('twin-plan-view-', (session) => {
    ({ api, emulator } = session);
    planned = vscode.Uri.file(path.join(session.dir, 'planned.twin.yaml'));
    other = vscode.Uri.file(path.join(session.dir, 'other.twin.yaml'));
    fs.writeFileSync(planned.fsPath, PLANNED.join('\n'));
    fs.writeFileSync(other.fsPath, OTHER.join('\n'));
  });

  const view = (): PlanViewSnapshot | undefined =>
    api.planViews().find((v) => v.manifest === planned.toString());
  /** The view once a plan newer than `revision` is shown and settled. */
  const nextPlan = (what: string, revision: number) =>
    waitFor(what, () => {
      const v = view();
      return v && v.revision > revision && !v.planning && v.outdated === undefined ? v : undefined;
    });

  it('opens titled with the file and the host, themed, under a strict Content-Security-Policy', async () => {
    assert.equal((await api.setToken(emulator.issueToken())).kind, 'stored');
    await openFile(planned.fsPath);
    const result = await vscode.commands.executeCommand<PlanCommandResult>('twin.plan', planned);
    assert.equal(result.view?.create, 3);
    const shown = view();
    assert.ok(shown);
    assert.equal(shown.title, `Plan: planned.twin.yaml → ${new URL(emulator.baseUrl).host}`);
    assert.match(shown.text, /A push will create 3 items/);
    assert.match(shown.html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-/);
    assert.doesNotMatch(shown.html, /<script|unsafe-inline|unsafe-eval/);
    assert.match(shown.html, /var\(--vscode-foreground\)/, 'colours come from the theme');
    assert.doesNotMatch(shown.text, /\(0\)|: 0 items|none/, 'no empty rows');
  });

  it('plans again when the manifest is saved', async () => {
    const before = view()?.revision ?? 0;
    const doc = await openFile(planned.fsPath);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(4, 0), '  - Город\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // The view knows the file changed: it says so (or, if a re-plan was under way, shows the new text).
    await waitFor('the view to say the file changed', () =>
      view()?.outdated || view()?.create === 4 ? true : undefined,
    );
    const beforeSave = Math.max(before, view()?.revision ?? 0);
    assert.ok(await doc.save());
    const after = await nextPlan('a plan after the save', beforeSave);
    assert.equal(after.create, 4);
    assert.match(after.text, /Город/);
  });

  it('pushes the planned file from the view, and the confirmation counts what the view shows', async () => {
    // Another manifest in the editor: Push from the focused view must push the planned one.
    await openFile(other.fsPath);
    await setSetting('push.confirm', true);
    const seen: Array<{ message: string; viewCreate: number | undefined }> = [];
    api.answerConfirmations([
      ({ message }) => {
        seen.push({ message, viewCreate: view()?.create });
        return true;
      },
    ]);
    await focusPlanView();
    const before = view()?.revision ?? 0;
    const result = await vscode.commands.executeCommand<PushCommandResult>('twin.push');
    await setSetting('push.confirm', false);
    assert.equal(result.kind, 'pushed');
    assert.equal(seen.length, 1, 'one confirmation');
    assert.equal(seen[0]?.viewCreate, 4, 'the view showed the push plan');
    assert.match(seen[0]?.message ?? '', /Create 4 items on/);
    assert.equal(emulator.state.items('attributes').length, 3);
    assert.equal(emulator.state.items('clientTags').length, 0, 'the other file was not pushed');
    const after = await nextPlan('a plan after the push', before);
    assert.equal(after.create, 0);
    assert.match(after.text, /Nothing to create/);
    assert.doesNotMatch(after.text, /Push to TWIN/, 'no Push button when there is nothing to push');
  });

  it('marks agree with a push: none where it would refuse the entry, "duplicate" on a repeat, warnings marked', async () => {
    const file = path.join(path.dirname(planned.fsPath), 'invalid.twin.yaml');
    const lines = [
      'attributes:',
      '  - ФИО',
      '  - "Теле\\u200Bфон"',
      '  - "  Город  "',
      '  - 2024',
      '  - фио',
      '',
    ];
    fs.writeFileSync(file, lines.join('\n'));
    const doc = await openFile(file);
    await api.refreshRemoteState();
    const range = new vscode.Range(0, 0, doc.lineCount, 0);
    const marks = await waitFor('inlay hints of invalid.twin.yaml', async () => {
      const hints =
        (await vscode.commands.executeCommand<vscode.InlayHint[]>(
          'vscode.executeInlayHintProvider',
          doc.uri,
          range,
        )) ?? [];
      return hints.length > 0 ? hints : undefined;
    });
    const label = (h: vscode.InlayHint) =>
      typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
    assert.deepEqual(
      marks.map((h) => [h.position.line, label(h)]),
      // "  Город  " and 2024 carry only warnings, which do not stop a push (Город is already on TWIN).
      [
        [1, 'on TWIN'],
        [3, 'on TWIN'],
        [4, 'new'],
        [5, 'duplicate'],
      ],
    );
  });

  it("Plan from the view's title bar (which passes the webview's resource) re-plans the planned file", async () => {
    await openFile(other.fsPath);
    await focusPlanView();
    const webviewResource = vscode.Uri.from({ scheme: 'webview-panel', path: '/webview-panel/webview-1' });
    const result = await vscode.commands.executeCommand<PlanCommandResult>('twin.plan', webviewResource);
    assert.equal(result?.view?.manifest, planned.toString());
    assert.equal(result.view.create, 0);
  });

  it('says it is outdated, with a Re-plan button, when the token is cleared', async () => {
    await api.clearToken();
    const outdated = await waitFor('the view to say why it is outdated', () => view()?.outdated);
    assert.match(outdated, /token/);
    assert.match(view()?.html ?? '', /href="command:twin\.plan"/);
  });

  /** Focuses the panel the way a click on its tab does. */
  async function focusPlanView(): Promise<void> {
    assert.ok(api.focusPlanView(planned), 'a plan view is open');
    await waitFor('the plan view to be focused', () => (view()?.active ? true : undefined), 5_000);
  }
});
