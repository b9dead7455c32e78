// When signing in goes wrong, in the real editor against the emulator's IAM: a wrong password and an
// IAM that cannot answer each end in a refusal that says which, and leave nothing stored; a session
// TWIN stopped renewing (refresh tokens revoked in the cabinet) asks to sign in once during a push,
// after which the push finishes and creates every item exactly once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinTestApi } from '../../../client/src/api';
import type { SignInOutcome } from '../../../client/src/auth/passwordSignIn';
import type { PushCommandResult } from '../../../client/src/commands/pushCommand';
import { DEMO_USER, type RunningEmulator } from '../../../emulator/src';
import { useEmulatorSession, waitFor } from './support';

// Short enough that the test can outlive a token without waiting long.
const TOKEN_LIFETIME_S = 3;
const WRONG_PASSWORD = 'not-the-demo-password';

describe('signing in when it goes wrong', () => {
  let api: TwinTestApi;
  let emulator: RunningEmulator;
  let dir: string;
  useEmulatorSession('twin-vscode-signin-faults-', (session) => ({ api, emulator, dir } = session), {
    switches: { tokenTtlSeconds: TOKEN_LIFETIME_S },
    iam: true,
  });

  /** `TWIN: Sign In` with email and password; checks the answer was used, so none is left queued. */
  const signIn = async (password: string): Promise<SignInOutcome> => {
    const asked = api.answerSignInPrompts([{ kind: 'password', email: DEMO_USER.email, password }]);
    const outcome = await vscode.commands.executeCommand<SignInOutcome>('twin.signIn');
    assert.equal(api.signInPromptCount() - asked, 1, 'the sign-in question was asked once');
    return outcome;
  };

  afterEach(async () => {
    emulator.state.set({ iamAvailable: true });
    await api.clearToken();
  });

  it('a wrong password: TWIN refused it, says so, and nothing is stored', async () => {
    const outcome = await signIn(WRONG_PASSWORD);
    assert.equal(outcome.kind, 'refused');
    const reason = outcome.kind === 'refused' ? outcome.reason : '';
    assert.match(reason, /^TWIN did not accept this email and password/, 'the credentials, said plainly');
    assert.ok(!reason.includes(WRONG_PASSWORD), 'the password is not in the message');
    assert.deepEqual(await api.storedSecretKeys(), []);
    assert.equal(await api.sessionState(), undefined);
    assert.match(await api.statusBarText(), /not signed in/);
  });

  it('IAM cannot answer: the message names the IAM host and nothing is stored', async () => {
    emulator.state.set({ iamAvailable: false });
    const outcome = await signIn(DEMO_USER.password);
    assert.equal(outcome.kind, 'refused');
    const reason = outcome.kind === 'refused' ? outcome.reason : '';
    assert.ok(reason.startsWith(`Could not sign in to TWIN at ${new URL(emulator.iamUrl).host}`), reason);
    assert.doesNotMatch(reason, /did not accept this email and password/, 'not blamed on the password');
    assert.deepEqual(await api.storedSecretKeys(), []);
    assert.match(await api.statusBarText(), /not signed in/);
  });

  it('a session TWIN stopped renewing asks to sign in once; the push then creates every item once', async () => {
    assert.equal((await signIn(DEMO_USER.password)).kind, 'signed-in');
    emulator.state.revokeRefreshTokens();
    const expiresAt = (await api.sessionState())?.expiresAt ?? 0;
    assert.ok(expiresAt > Date.now(), 'the session says when its token expires');
    await waitFor('the signed-in token to expire', () => (Date.now() > expiresAt ? true : undefined));
    const names = ['ФИО', 'Возраст', 'Город'];
    const file = path.join(dir, 'renew.twin.yaml');
    fs.writeFileSync(file, `attributes:\n${names.map((n) => `  - ${n}\n`).join('')}`);
    const asked = api.signInPromptCount();
    api.answerSignInPrompts([{ kind: 'password', email: DEMO_USER.email, password: DEMO_USER.password }]);
    const result = await vscode.commands.executeCommand<PushCommandResult>(
      'twin.push',
      vscode.Uri.file(file),
    );
    assert.equal(result.kind, 'pushed');
    assert.ok(
      result.kind === 'pushed' && result.result.complete,
      result.kind === 'pushed' ? result.summary : '',
    );
    assert.equal(api.signInPromptCount() - asked, 1, 'asked once to sign in again');
    for (const n of names) assert.equal(emulator.state.timesStored('attributes', n, '1'), 1, n);
    assert.ok(((await api.sessionState())?.expiresAt ?? 0) > expiresAt, 'the new session is stored');
  });
});
