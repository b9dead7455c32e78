// `TWIN: Sign In`, the Accounts menu's sign-in and the "sign in again" after a session ends: one
// question (which way), then the password path (IAM) or today's pasted-token path.
import * as vscode from 'vscode';
import { refusalBeforeAsking } from '../apiTarget';
import type { TwinServices } from '../services';
import { hostOf, readSettings } from '../settings';
import { setTokenFlow } from '../token/setTokenFlow';
import { passwordSignIn, type SignInOutcome } from './passwordSignIn';

/** Asks how to sign in and signs in; `title` says why (none yet, the session ended…). */
export async function signInFlow(services: TwinServices, title?: string): Promise<SignInOutcome> {
  const { baseUrl } = readSettings();
  const refusal = refusalBeforeAsking(baseUrl);
  if (refusal !== undefined) return { kind: 'refused', reason: refusal };
  const heading = title ?? vscode.l10n.t('Sign in to TWIN ({0})', hostOf(baseUrl));
  const answer = await services.prompter.ask(heading);
  if (answer === undefined) return { kind: 'cancelled' };
  if (answer.kind === 'password') return passwordSignIn(services, answer.email, answer.password);
  const stored = await setTokenFlow(services, answer.token, heading);
  if (stored.kind !== 'stored') return stored;
  const session = await services.tokens.getSession(baseUrl);
  return session ? { kind: 'signed-in', session } : { kind: 'cancelled' };
}
