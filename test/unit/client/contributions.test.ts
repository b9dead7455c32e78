// package.json promises a user relies on for safety: where the token goes is a user-only setting,
// and nothing that sends the token runs in an untrusted workspace.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from './helpers';

interface Contributes {
  commands: Array<{ command: string; enablement?: string }>;
  menus: Record<string, Array<{ command: string; when?: string }>>;
  configuration: { properties: Record<string, { scope?: string; default?: unknown }> };
}
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string | boolean; restrictedConfigurations?: string[] } };
  contributes: Contributes & { authentication?: unknown };
};
const sendsToken = ['twin.signIn', 'twin.setToken', 'twin.plan', 'twin.push', 'twin.pull'];

describe('package.json contributions', () => {
  test('the API and IAM URLs can only be set by the user, never by a workspace', () => {
    const defaults: Record<string, string> = {
      'twin.api.baseUrl': 'https://chat-api.twin24.ai/api/v1',
      'twin.api.iamUrl': 'https://iam.twin24.ai/api/v1',
    };
    for (const [key, value] of Object.entries(defaults)) {
      const setting = pkg.contributes.configuration.properties[key];
      assert.ok(setting, key);
      assert.ok(setting.scope === 'application' || setting.scope === 'machine', `${key}: ${setting.scope}`);
      assert.equal(setting.default, value);
      assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations?.includes(key), key);
    }
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  });

  test('the TWIN account is an authentication provider, activated when someone asks for it', () => {
    assert.deepEqual(pkg.contributes.authentication, [{ id: 'twin', label: 'TWIN' }]);
    assert.ok(pkg.activationEvents.includes('onAuthenticationRequest:twin'));
    for (const id of ['twin.signIn', 'twin.signOut'])
      assert.ok(pkg.activationEvents.includes(`onCommand:${id}`), id);
  });

  test('the push confirmation and the request rate are user-only settings too', () => {
    for (const key of ['twin.push.confirm', 'twin.push.concurrency']) {
      const setting = pkg.contributes.configuration.properties[key];
      assert.equal(setting?.scope, 'application', key);
    }
  });

  test('commands that send the token need a trusted workspace, in every menu', () => {
    for (const id of sendsToken) {
      const command = pkg.contributes.commands.find((c) => c.command === id);
      assert.match(command?.enablement ?? '', /isWorkspaceTrusted/, id);
      for (const [menu, items] of Object.entries(pkg.contributes.menus))
        for (const item of items.filter((i) => i.command === id))
          assert.match(item.when ?? '', /isWorkspaceTrusted/, `${menu}: ${id}`);
    }
  });

  test('plan and push appear in the editor title and the explorer for manifests', () => {
    for (const menu of ['editor/title', 'explorer/context'])
      for (const id of ['twin.plan', 'twin.push'])
        assert.ok(
          pkg.contributes.menus[menu]?.some((i) => i.command === id && /twin/.test(i.when ?? '')),
          `${menu}: ${id}`,
        );
  });

  test('activation: the language, the account, a workspace with a manifest, the plan view and the commands only', () => {
    assert.ok(pkg.activationEvents.includes('onLanguage:twin-yaml'));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/*.twin.yaml'));
    const allowed = [
      'onLanguage:twin-yaml',
      'onAuthenticationRequest:twin',
      'workspaceContains:**/*.twin.yaml',
      'onWebviewPanel:twin.plan',
    ];
    assert.ok(pkg.activationEvents.every((e) => allowed.includes(e) || e.startsWith('onCommand:twin.')));
  });

  test('Plan and Push are in the palette and the title bar while the plan view is focused', () => {
    const planView = /activeWebviewPanelId == 'twin\.plan'/;
    for (const id of ['twin.plan', 'twin.push']) {
      const palette = pkg.contributes.menus.commandPalette?.find((i) => i.command === id);
      assert.match(palette?.when ?? '', planView, `palette: ${id}`);
      assert.ok(
        pkg.contributes.menus['editor/title']?.some((i) => i.command === id && planView.test(i.when ?? '')),
        `plan view title: ${id}`,
      );
    }
    for (const menu of ['editor/title', 'explorer/context'])
      assert.ok(
        pkg.contributes.menus[menu]?.some((i) => i.command === 'twin.pull'),
        `${menu}: twin.pull`,
      );
  });

  test("VS Code's ambiguous-character boxes are off in manifests (Russian text is not suspicious)", () => {
    const defaults = (pkg.contributes as unknown as { configurationDefaults: Record<string, unknown> })
      .configurationDefaults;
    assert.deepEqual(defaults['[twin-yaml]'], { 'editor.unicodeHighlight.ambiguousCharacters': false });
  });
});
