// Token, plan, push and pull through the commands' own code paths, against the emulator running in
// this extension host. The manifest is a temporary copy of examples/company.twin.yaml, so the lock
// file the push writes does not land in the repository.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { PlanCommandResult } from '../../../client/src/commands/planCommand';
import type { PullCommandResult } from '../../../client/src/commands/pullCommand';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import { analyzeManifest, SECTION_KEYS, type Manifest } from '../../../core/src/manifest';
import type { RunningEmulator } from '../../../emulator/src';
import { openFile, repoRoot, useEmulatorSession, waitFor } from './support';

describe('TWIN token and push against the emulator', () => {
  let api: TwinTestApi;
  let emulator: RunningEmulator;
  let dir: string;
  let manifestFile: string;
  let expected: Manifest;

  useEmulatorSession('twin-vscode-suite-', (session) => ({ api, emulator, dir } = session));

  before(() => {
    manifestFile = path.join(dir, 'company.twin.yaml');
    const text = fs.readFileSync(path.join(repoRoot, 'examples', 'company.twin.yaml'), 'utf8');
    fs.writeFileSync(manifestFile, text);
    const analysis = analyzeManifest(text);
    assert.ok(analysis.manifest, 'examples/company.twin.yaml is valid');
    expected = analysis.manifest;
  });

  it('refuses a token that is not a JWT, an expired one, and one the server rejects', async () => {
    for (const bad of ['not a token', emulator.issueToken({ expiresInSeconds: -60 })]) {
      const outcome = await api.setToken(bad);
      assert.equal(outcome.kind, 'refused');
    }
    const forged = emulator.issueToken().replace(/\.[^.]+$/, '.Zm9yZ2Vk');
    const outcome = await api.setToken(forged);
    assert.equal(outcome.kind, 'refused');
    assert.equal(await api.hasToken(), false);
    assert.ok(
      (await api.statusBarTooltip()).includes(new URL(emulator.baseUrl).host),
      'the status bar names the host',
    );
  });

  it('stores a token after checking it with the server, then clears it with the command', async () => {
    // Ten days and an hour: ten whole days left, whenever the test runs.
    const outcome = await api.setToken(emulator.issueToken({ expiresInSeconds: 10 * 86_400 + 3_600 }));
    assert.equal(outcome.kind, 'stored');
    assert.ok(outcome.kind === 'stored' && outcome.verified, 'verified by a read against the emulator');
    assert.equal(await api.hasToken(), true);
    const host = new URL(emulator.baseUrl).host;
    assert.match(await api.statusBarText(), /TWIN: API token/);
    const shown = await api.statusBarTooltip();
    assert.ok(shown.includes(host), shown);
    // The emulator's tokens live ten days (a number the host's port cannot be mistaken for here).
    assert.match(shown, /\(10 d left\)/, 'days left');
    assert.equal(await vscode.commands.executeCommand('twin.clearToken'), true);
    assert.equal(await api.hasToken(), false);
    assert.equal(await vscode.commands.executeCommand('twin.clearToken'), false);
  });

  it('speaks the display language in its own texts', async () => {
    await api.clearToken();
    const russian = vscode.env.language.toLowerCase().startsWith('ru');
    assert.match(
      await api.statusBarText(),
      russian ? /вход не выполнен/ : /not signed in/,
      `display language ${vscode.env.language}`,
    );
  });

  it('warns about a token that expires within a day but stores it', async () => {
    const outcome = await api.setToken(emulator.issueToken({ expiresInSeconds: 3 * 3600 }));
    assert.equal(outcome.kind, 'stored');
    assert.ok(
      outcome.kind === 'stored' && outcome.warning !== undefined && outcome.check.kind === 'expiresSoon',
    );
    await api.clearToken();
  });

  it('plans: a view titled with the file and the host, everything to create', async () => {
    assert.equal((await api.setToken(emulator.issueToken())).kind, 'stored');
    const doc = await openFile(manifestFile);
    const result = await vscode.commands.executeCommand<PlanCommandResult | undefined>('twin.plan', doc.uri);
    assert.ok(result, 'the plan command produced a plan');
    for (const key of SECTION_KEYS)
      assert.equal(result.plan.sections[key].create.length, expected.sections[key].length, key);
    const host = new URL(emulator.baseUrl).host;
    assert.ok(result.view, 'the plan view shows the plan');
    assert.equal(result.view.title, `Plan: company.twin.yaml → ${host}`);
    assert.ok(result.view.text.includes(host), result.view.text);
    assert.equal(emulator.state.log.filter((r) => r.method === 'POST').length, 0, 'a plan creates nothing');
  });

  it('refuses to push a file with errors and sends nothing', async () => {
    const broken = vscode.Uri.file(path.join(repoRoot, 'examples', 'broken.twin.yaml'));
    const posts = () => emulator.state.log.filter((r) => r.method === 'POST').length;
    const before = posts();
    const result = await vscode.commands.executeCommand<PushCommandResult>('twin.push', broken);
    assert.equal(result.kind, 'invalid');
    assert.ok(result.kind === 'invalid' && result.errors >= 3, `errors: ${JSON.stringify(result)}`);
    assert.equal(posts(), before, 'no create was sent');
    assert.equal(fs.existsSync(path.join(repoRoot, 'examples', 'broken.twin.lock')), false);
  });

  it('pushes company.twin.yaml: the emulator receives each item exactly once, and a second push creates nothing', async () => {
    const doc = await openFile(manifestFile);
    const first = await vscode.commands.executeCommand<PushCommandResult>('twin.push', doc.uri);
    assert.equal(first.kind, 'pushed');
    assert.ok(first.kind === 'pushed' && first.result.complete, first.kind === 'pushed' ? first.summary : '');
    let total = 0;
    for (const key of SECTION_KEYS) {
      for (const entry of expected.sections[key])
        assert.equal(emulator.state.timesStored(key, entry.name), 1, `${key}: ${entry.name}`);
      assert.equal(emulator.state.items(key).length, expected.sections[key].length, `${key} count`);
      total += expected.sections[key].length;
    }
    assert.ok(total > 0);
    assert.ok(
      fs.existsSync(path.join(dir, 'company.twin.lock')),
      'the lock file is written beside the manifest',
    );

    const second = await vscode.commands.executeCommand<PushCommandResult>('twin.push', doc.uri);
    assert.equal(second.kind, 'nothing-to-do');
    for (const key of SECTION_KEYS)
      assert.equal(emulator.state.items(key).length, expected.sections[key].length);
  });

  it('hands the platform names to the language server, which marks the entries in the editor', async () => {
    const sent = api.lastRemoteState();
    assert.ok(sent?.sections, 'remote state was sent');
    assert.equal(sent.api, emulator.baseUrl);
    for (const key of SECTION_KEYS)
      assert.deepEqual([...sent.sections[key]].sort(), expected.sections[key].map((e) => e.name).sort(), key);
    const doc = await openFile(manifestFile);
    const range = new vscode.Range(0, 0, doc.lineCount, 0);
    const marks = await waitFor('"on TWIN" marks from the language server', async () => {
      const hints =
        (await vscode.commands.executeCommand<vscode.InlayHint[]>(
          'vscode.executeInlayHintProvider',
          doc.uri,
          range,
        )) ?? [];
      const lenses =
        (await vscode.commands.executeCommand<vscode.CodeLens[]>(
          'vscode.executeCodeLensProvider',
          doc.uri,
        )) ?? [];
      const labels = [
        ...hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''))),
        ...lenses.filter((l) => !l.command?.command.startsWith('twin.')).map((l) => l.command?.title ?? ''),
      ].filter((l) => /TWIN/.test(l));
      return labels.length >= Object.values(expected.sections).flat().length ? labels : undefined;
    });
    assert.ok(marks.length > 0);
  });

  it('reads the platform again when a token is stored while a manifest is open', async () => {
    await api.clearToken();
    assert.equal(api.lastRemoteState()?.sections, null, 'clearing the token clears the remote state');
    await openFile(manifestFile);
    assert.equal((await api.setToken(emulator.issueToken())).kind, 'stored');
    const sections = await waitFor(
      'remote state read after storing the token',
      () => api.lastRemoteState()?.sections ?? undefined,
    );
    for (const key of SECTION_KEYS) assert.equal(sections[key].length, expected.sections[key].length, key);
  });

  it('pulls what the platform holds into a new manifest', async () => {
    const result = await vscode.commands.executeCommand<PullCommandResult>('twin.pull');
    assert.equal(result.kind, 'opened');
    const doc = result.kind === 'opened' ? result.document : undefined;
    assert.ok(doc);
    assert.equal(doc.languageId, 'twin-yaml');
    assert.ok(doc.isUntitled);
    for (const key of SECTION_KEYS)
      for (const entry of expected.sections[key]) assert.ok(doc.getText().includes(entry.name), entry.name);
    // Close the unsaved manifest without the "save changes?" dialog.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
