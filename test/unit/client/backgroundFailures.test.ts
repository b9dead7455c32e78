// Work the extension starts on its own (the status bar's redraw, the refresh when a manifest opens) has
// nobody awaiting it: when SecretStorage cannot be read (a locked keyring) it must say so in the TWIN
// log, and the status bar, instead of ending as an unhandled promise rejection.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { TwinLog } from '../../../client/src/output';
import type * as RefreshModule from '../../../client/src/remote/refreshOnOpen';
import type { TwinServices } from '../../../client/src/services';
import type * as StatusBarModule from '../../../client/src/statusBar';
import type * as ExpiryModule from '../../../client/src/token/expiryWarning';
import type { TokenStore } from '../../../client/src/token/tokenStore';
import { installFakeVscode } from './fakeVscode';

const editor = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake `vscode` is in place */
const { TokenStatusBar } = require('../../../client/src/statusBar') as typeof StatusBarModule;
const { RemoteRefresher } = require('../../../client/src/remote/refreshOnOpen') as typeof RefreshModule;
const { warnIfExpiringSoon } = require('../../../client/src/token/expiryWarning') as typeof ExpiryModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
after(() => process.off('unhandledRejection', onUnhandled));

/** A token store whose keyring is locked, and a log that records its lines. */
function lockedKeyring(): { tokens: TokenStore; log: TwinLog; lines: string[] } {
  const lines: string[] = [];
  const tokens = {
    get: () => Promise.reject(new Error('the keyring is locked')),
    onDidChange: () => ({ dispose: () => undefined }),
  } as unknown as TokenStore;
  const log = { line: (text: string) => lines.push(text) } as unknown as TwinLog;
  return { tokens, log, lines };
}

/** Polls until `probe` holds, failing after two seconds. */
async function until(what: string, probe: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe('background work when the token cannot be read', () => {
  test('the status bar says the token state is unknown and logs why', async () => {
    const { tokens, log, lines } = lockedKeyring();
    const bar = new TokenStatusBar(tokens, log);
    bar.show(); // as activation does once the language server has started
    try {
      await until('a log line', () => lines.length > 0);
      assert.match(
        lines[0] ?? '',
        /Could not read the TWIN API token for chat-api\.twin24\.ai: the keyring is locked/,
      );
      assert.match(bar.text, /token state unknown/);
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(unhandled, []);
    } finally {
      bar.dispose();
    }
  });

  test('opening a manifest: the refresh logs the failure instead of rejecting', async () => {
    editor.textDocuments = [{ languageId: 'twin-yaml' }];
    const { tokens, log, lines } = lockedKeyring();
    const services = {
      tokens,
      log,
      remoteState: { isFresh: () => false },
    } as unknown as TwinServices;
    // Refreshes for the manifest already open, as activation does once the language server has started.
    const refresher = new RemoteRefresher(services);
    refresher.refreshOpenDocuments();
    try {
      await until('a log line', () => lines.length > 0);
      assert.match(lines[0] ?? '', /Could not read what chat-api\.twin24\.ai holds: the keyring is locked/);
      await refresher.refresh();
      assert.equal(lines.length, 2, 'a refresh asked for directly resolves too, and logs');
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(unhandled, []);
    } finally {
      refresher.dispose();
    }
  });

  test('the expiry warning at activation has nothing to say and does not reject', async () => {
    const { tokens } = lockedKeyring();
    await warnIfExpiringSoon(tokens);
    assert.deepEqual(editor.shown, []);
  });
});
