// package.json's `contributes.configuration` is what VS Code shows and enforces; core/src/settings.ts is
// what the extension, the server and the CLI read. They must say the same thing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PUSH_CONCURRENCY, SETTINGS, validInteger, type SettingSpec } from '../../../core/src/settings';

const ROOT = path.resolve(__dirname, '../../../..');
const readJson = (name: string): unknown => JSON.parse(readFileSync(path.join(ROOT, name), 'utf8'));

interface Contributed {
  type?: string;
  default?: unknown;
  scope?: string;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  format?: string;
  description?: string;
  markdownDescription?: string;
}

const manifest = readJson('package.json') as {
  contributes: { configuration: { properties: Record<string, Contributed> } };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
};
const contributed = manifest.contributes.configuration.properties;

/** A table entry as package.json writes it. */
function asContributed(s: SettingSpec): Contributed {
  const out: Contributed = { type: s.type, default: s.default };
  if (s.enum) out.enum = [...s.enum];
  if (s.format) out.format = s.format;
  if (s.minimum !== undefined) out.minimum = s.minimum;
  if (s.maximum !== undefined) out.maximum = s.maximum;
  if (s.scope) out.scope = s.scope;
  out[s.markdown ? 'markdownDescription' : 'description'] = `%${s.descriptionKey}%`;
  return out;
}

test('package.json contributes exactly the settings of the table, in its order', () => {
  assert.deepEqual(
    Object.keys(contributed),
    SETTINGS.map((s) => s.id),
  );
});

test('each contributed setting has the table default, scope, bounds, enum and description key', () => {
  for (const setting of SETTINGS)
    assert.deepEqual(contributed[setting.id], asContributed(setting), setting.id);
});

test('each description key has an English and a Russian text', () => {
  const en = readJson('package.nls.json') as Record<string, string>;
  const ru = readJson('package.nls.ru.json') as Record<string, string>;
  for (const { id, descriptionKey } of SETTINGS) {
    assert.ok(en[descriptionKey], `${id}: package.nls.json lacks ${descriptionKey}`);
    assert.ok(ru[descriptionKey], `${id}: package.nls.ru.json lacks ${descriptionKey}`);
  }
});

test('every application-scoped setting is restricted in untrusted workspaces too', () => {
  const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
  for (const s of SETTINGS.filter((x) => x.scope === 'application'))
    assert.ok(restricted.includes(s.id), `${s.id} is not in restrictedConfigurations`);
});

test('an integer setting is taken only as a whole number within its bounds', () => {
  assert.equal(validInteger(PUSH_CONCURRENCY, 16), 16);
  assert.equal(validInteger(PUSH_CONCURRENCY, 1), 1);
  for (const bad of [0, 17, 2.5, '4', null, undefined, Number.NaN])
    assert.equal(validInteger(PUSH_CONCURRENCY, bad), undefined, String(bad));
});
