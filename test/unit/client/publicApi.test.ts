// Other extensions share the extension host: in Production the exported API must not let them store or
// clear the token (which picks the company a push writes to), answer the token prompt, or read the
// platform's names. The test hooks exist only in Test and Development mode.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type * as ApiModule from '../../../client/src/api';
import type { RemoteRefresher } from '../../../client/src/remote/refreshOnOpen';
import type { TwinServices } from '../../../client/src/services';
import { installFakeVscode } from './fakeVscode';

installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake `vscode` is in place */
const { createApi, hasTestHooks } = require('../../../client/src/api') as typeof ApiModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const PRODUCTION = 1;
const DEVELOPMENT = 2;
const TEST = 3;

function apiIn(mode: number): ApiModule.TwinExtensionApi {
  const services = {
    context: { extensionMode: mode },
    clientReady: Promise.resolve(),
  } as unknown as TwinServices;
  return createApi(services, {} as RemoteRefresher);
}

describe('the exported API', () => {
  test('in Production it only says when the language server is ready', async () => {
    const api = apiIn(PRODUCTION);
    assert.deepEqual(Object.keys(api), ['whenLanguageServerReady']);
    assert.equal(hasTestHooks(api), false);
    await api.whenLanguageServerReady();
  });

  test('the in-editor suite (Test) and the development host get the test hooks', () => {
    for (const mode of [TEST, DEVELOPMENT]) {
      const api = apiIn(mode);
      assert.ok(hasTestHooks(api), String(mode));
      for (const hook of ['setToken', 'clearToken', 'answerTokenPrompts', 'lastRemoteState'])
        assert.equal(typeof (api as unknown as Record<string, unknown>)[hook], 'function', hook);
    }
  });
});
