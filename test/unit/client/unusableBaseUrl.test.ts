// A base URL the token must not go to (plain http:// to another machine, not a URL) is reported before
// any token prompt, in the user's language and naming the setting; a token is never stored for it.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type * as ApiSessionModule from '../../../client/src/commands/apiSession';
import type { TwinServices } from '../../../client/src/services';
import type * as SetTokenFlowModule from '../../../client/src/token/setTokenFlow';
import type * as VerifyTokenModule from '../../../client/src/token/verifyToken';
import { installFakeVscode } from './fakeVscode';
import { makeJwt } from './helpers';
import { configureBundledL10n } from '../../../core/src/l10n/bundled';

const editor = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake `vscode` is in place */
const { openApiSession } = require('../../../client/src/commands/apiSession') as typeof ApiSessionModule;
const { setTokenFlow } = require('../../../client/src/token/setTokenFlow') as typeof SetTokenFlowModule;
const { verifyToken } = require('../../../client/src/token/verifyToken') as typeof VerifyTokenModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const TOKEN = makeJwt({ exp: Math.floor(Date.now() / 1000) + 3 * 24 * 3600 });

/** Services in Russian whose prompter and token store record what was asked of them. */
function russianServices(): { services: TwinServices; prompts: string[]; stored: string[] } {
  // As activation does in a Russian VS Code: core's texts in Russian, from the shipped bundle.
  configureBundledL10n('ru');
  const prompts: string[] = [];
  const stored: string[] = [];
  const services = {
    tokens: {
      get: async () => undefined,
      set: async (baseUrl: string) => {
        stored.push(baseUrl);
      },
    },
    prompter: {
      ask: async (title: string) => {
        prompts.push(title);
        return TOKEN;
      },
    },
    log: { line: () => undefined },
  } as unknown as TwinServices;
  return { services, prompts, stored };
}

const russianInsecure = /API-токен не отправляется по незащищённому http:\/\//;

beforeEach(() => {
  editor.isTrusted = true;
  editor.settings = {};
  editor.shown = [];
});

describe('an unusable twin.api.baseUrl', () => {
  test('a command says so before asking for a token, in Russian, naming the setting', async () => {
    editor.settings['api.baseUrl'] = { globalValue: 'http://twin.example.com/api/v1' };
    const { services, prompts } = russianServices();
    assert.equal(await openApiSession(services, { interactive: true }), undefined);
    assert.deepEqual(prompts, []);
    assert.equal(editor.shown.length, 1);
    assert.match(editor.shown[0] ?? '', /twin\.api\.baseUrl/);
    assert.match(editor.shown[0] ?? '', russianInsecure);
  });

  test('the background refresh stops without a word', async () => {
    editor.settings['api.baseUrl'] = { globalValue: 'http://twin.example.com/api/v1' };
    const { services, prompts } = russianServices();
    assert.equal(await openApiSession(services, { interactive: false }), undefined);
    assert.deepEqual(prompts, []);
    assert.deepEqual(editor.shown, []);
  });

  test('Set API Token refuses before the input box, and stores nothing', async () => {
    editor.settings['api.baseUrl'] = { globalValue: 'not a url' };
    const { services, prompts, stored } = russianServices();
    const outcome = await setTokenFlow(services);
    assert.equal(outcome.kind, 'refused');
    assert.match(outcome.kind === 'refused' ? outcome.reason : '', /Адрес API неверен: not a url/);
    assert.deepEqual(prompts, []);
    assert.deepEqual(stored, []);
    assert.equal(editor.shown.length, 1);
  });

  test('verifying a token against such a URL refuses it (no request, no crash)', async () => {
    const insecure = await verifyToken('http://twin.example.com/api/v1', TOKEN);
    assert.equal(insecure.kind === 'refused' && insecure.why, 'unusable-url');
    const invalid = await verifyToken('::not a url::', TOKEN);
    assert.equal(invalid.kind === 'refused' && invalid.why, 'unusable-url');
  });

  test('a loopback http:// URL is fine (the emulator): the token prompt comes', async () => {
    editor.settings['api.baseUrl'] = { globalValue: 'http://127.0.0.1:9/api/v1' };
    const { services, prompts } = russianServices();
    // No token stored: the command asks for one (what follows needs more editor than the stand-in has).
    await openApiSession(services, { interactive: true }).catch(() => undefined);
    assert.equal(prompts.length, 1);
  });
});
