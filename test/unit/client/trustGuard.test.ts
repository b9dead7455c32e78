// The token only goes where the user said, and only from a trusted workspace: in Restricted Mode the
// commands that send it stop before reading the token (editing features do not depend on trust), and
// the base URL is read from the user's own settings even if a workspace sets one.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, test } from 'node:test';
import type * as ApiSessionModule from '../../../client/src/commands/apiSession';
import type * as SettingsModule from '../../../client/src/settings';
import type * as SetTokenFlowModule from '../../../client/src/token/setTokenFlow';
import type { TwinServices } from '../../../client/src/services';
import { DEFAULT_API_URL as DEFAULT_BASE_URL } from '../../../core/src/twin';
import { installFakeVscode } from './fakeVscode';
import { makeJwt, repoRoot } from './helpers';

const editor = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake `vscode` is in place */
const { openApiSession } = require('../../../client/src/commands/apiSession') as typeof ApiSessionModule;
const { readSettings, MAX_PUSH_CONCURRENCY } =
  require('../../../client/src/settings') as typeof SettingsModule;
const { setTokenFlow } = require('../../../client/src/token/setTokenFlow') as typeof SetTokenFlowModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const TOKEN = makeJwt({ exp: Math.floor(Date.now() / 1000) + 3 * 24 * 3600, companyId: 7 });

/** Services whose token store records every read and write. */
function servicesRecording(): { services: TwinServices; tokenReads: string[]; stored: string[] } {
  const tokenReads: string[] = [];
  const stored: string[] = [];
  const services = {
    tokens: {
      get: async (baseUrl: string) => {
        tokenReads.push(baseUrl);
        return TOKEN;
      },
      getSession: async (baseUrl: string) => {
        tokenReads.push(baseUrl);
        return { token: TOKEN };
      },
      store: async (baseUrl: string) => {
        stored.push(baseUrl);
      },
    },
    prompter: { ask: async () => ({ kind: 'token', token: TOKEN }), askToken: async () => TOKEN },
    sessions: {
      tokensFor: () => ({ reload: () => undefined, getToken: async () => TOKEN, currentToken: () => TOKEN }),
    },
    log: { line: () => undefined },
  } as unknown as TwinServices;
  return { services, tokenReads, stored };
}

beforeEach(() => {
  editor.isTrusted = true;
  editor.settings = {};
  editor.shown = [];
});

describe('Restricted Mode', () => {
  test('a command that sends the token stops before reading it, and says why once', async () => {
    editor.isTrusted = false;
    const { services, tokenReads } = servicesRecording();
    assert.equal(await openApiSession(services, { interactive: true }), undefined);
    assert.deepEqual(tokenReads, []);
    assert.equal(editor.shown.length, 1);
    assert.match(editor.shown[0] ?? '', /Restricted Mode/);
  });

  test('the background refresh on open stops silently', async () => {
    editor.isTrusted = false;
    const { services, tokenReads } = servicesRecording();
    assert.equal(await openApiSession(services, { interactive: false }), undefined);
    assert.deepEqual(tokenReads, []);
    assert.deepEqual(editor.shown, []);
  });

  test('Set API Token refuses and stores nothing', async () => {
    editor.isTrusted = false;
    const { services, stored } = servicesRecording();
    const outcome = await setTokenFlow(services, TOKEN);
    assert.equal(outcome.kind, 'refused');
    assert.match(
      outcome.kind === 'refused' ? outcome.reason : '',
      /Restricted Mode/,
      'a reason a person can read',
    );
    assert.deepEqual(stored, []);
  });

  test('trusted, the same session opens (the guard is what stopped it)', async () => {
    const { services, tokenReads } = servicesRecording();
    const session = await openApiSession(services, { interactive: false });
    assert.equal(session?.settings.baseUrl, DEFAULT_BASE_URL);
    assert.deepEqual(tokenReads, [DEFAULT_BASE_URL]);
  });

  test('only the trust-guarded paths build an API client in the extension', () => {
    const clientDir = path.join(repoRoot, 'client', 'src');
    const users: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/createTwinClient\(/.test(fs.readFileSync(p, 'utf8')))
          users.push(path.relative(clientDir, p).split(path.sep).join('/'));
      }
    };
    walk(clientDir);
    // apiSession checks trust first; verifyToken runs only inside setTokenFlow, after requireTrust().
    assert.deepEqual(users.sort(), ['commands/apiSession.ts', 'token/verifyToken.ts']);
    const flow = fs.readFileSync(path.join(clientDir, 'token', 'setTokenFlow.ts'), 'utf8');
    assert.ok(
      flow.indexOf('requireTrust()') < flow.indexOf('verifyToken('),
      'trust is checked before verifying',
    );
  });
});

describe('where the token goes comes from the user, never the workspace', () => {
  test('a workspace or folder value of twin.api.baseUrl is ignored, even where get() would merge it', () => {
    editor.settings['api.baseUrl'] = {
      workspaceValue: 'https://evil.example/api/v1',
      workspaceFolderValue: 'http://127.0.0.1:9/steal',
    };
    assert.equal(readSettings().baseUrl, DEFAULT_BASE_URL);
  });

  test("the user's own value is used, without a trailing slash", () => {
    editor.settings['api.baseUrl'] = {
      globalValue: 'http://127.0.0.1:4010/api/v1/',
      workspaceValue: 'https://evil.example/api/v1',
    };
    assert.equal(readSettings().baseUrl, 'http://127.0.0.1:4010/api/v1');
  });
});

describe('a workspace cannot loosen the push', () => {
  test('twin.push.confirm false in a workspace or folder is ignored: the push still asks', () => {
    editor.settings['push.confirm'] = { workspaceValue: false, workspaceFolderValue: false };
    assert.equal(readSettings().confirm, true);
  });

  test("the user's own twin.push.confirm false is honoured", () => {
    editor.settings['push.confirm'] = { globalValue: false };
    assert.equal(readSettings().confirm, false);
  });

  test('twin.push.concurrency comes from the user only, and never above the cap', () => {
    editor.settings['push.concurrency'] = { workspaceValue: 1000 };
    assert.equal(readSettings().concurrency, 4);
    editor.settings['push.concurrency'] = { globalValue: 8, workspaceValue: 1000 };
    assert.equal(readSettings().concurrency, 8);
    editor.settings['push.concurrency'] = { globalValue: 1000 };
    assert.equal(readSettings().concurrency, MAX_PUSH_CONCURRENCY);
    assert.equal(MAX_PUSH_CONCURRENCY, 16);
  });
});
