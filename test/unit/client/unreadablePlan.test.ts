// The VS Code plan path (shared by Plan and Push) when TWIN's list cannot be read: the user sees why,
// no plan comes back (so Push stops before its confirmation), and not one create is sent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as MakePlanModule from '../../../client/src/commands/makePlan';
import type { ApiSession } from '../../../client/src/commands/apiSession';
import type { TwinServices } from '../../../client/src/services';
import { emptyManifest } from '../../../core/src/manifest/model';
import type { TwinClient } from '../../../core/src/twin';
import { readListPage } from '../../../core/src/twin/listPage';
import { installFakeVscode } from './fakeVscode';

const editor = installFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the fake `vscode` is in place
const { makePlan } = require('../../../client/src/commands/makePlan') as typeof MakePlanModule;

test('an unreadable list: the plan fails with the reason shown, and nothing is created', async () => {
  let creates = 0;
  let sentToServer = 0;
  const client = {
    baseUrl: 'https://chat-api.twin24.ai/api/v1',
    // What the real client throws for {"count": 2, "items": [{"id": "1", "title": "ФИО"}, …]}.
    list: async (section: 'attributes') =>
      readListPage(
        {
          count: 2,
          items: [
            { id: '1', title: 'ФИО' },
            { id: '2', title: 'Город' },
          ],
        },
        section,
      ),
    create: async () => {
      creates++;
      return { kind: 'created', id: 'x' };
    },
  } as unknown as TwinClient;
  const session = {
    host: 'chat-api.twin24.ai',
    client,
    settings: { baseUrl: client.baseUrl },
    lockKey: async () => 'key',
  } as unknown as ApiSession;
  const lines: string[] = [];
  const services = {
    locale: 'en',
    log: { line: (text: string) => lines.push(text) },
    remoteState: { send: async () => void sentToServer++ },
  } as unknown as TwinServices;
  const manifest = emptyManifest();
  manifest.sections.attributes.push({ name: 'ФИО' });
  const uri = { scheme: 'untitled', fsPath: '', toString: () => 'untitled:company.twin.yaml' };
  const planned = await makePlan(services, session, { uri: uri as never, manifest });
  assert.equal(planned, undefined, 'no plan, so Push stops before confirming');
  assert.equal(creates, 0);
  assert.equal(sentToServer, 0, 'the language server is not told "TWIN has nothing"');
  assert.match(
    editor.shown.at(-1) ?? '',
    /^Could not plan against chat-api\.twin24\.ai: Cannot tell what TWIN holds in “Client attributes”: 2 of the 2 listed items have no id and name this client can read \(fields seen: id, title\)\. Nothing is sent/,
  );
  assert.ok(lines.some((l) => l.startsWith('Plan failed: Cannot tell what TWIN holds')));
});
