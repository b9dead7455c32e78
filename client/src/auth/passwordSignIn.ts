// Email and password → IAM login → who the account is (/users/me) → the session in SecretStorage. The
// password is sent once, in the login request's body; it is not stored, logged or put in a message.
import * as vscode from 'vscode';
import { describeTwinError, TwinApiError } from '../../../core/src/twin';
import { createIamClient, type TwinAccount } from '../../../core/src/twin/iam';
import { decodeJwt } from '../../../core/src/twin/jwt';
import { sessionFromTokens, type TwinSession } from '../../../core/src/twin/sessionTokens';
import { unusableIamUrlReason } from '../apiTarget';
import type { TwinServices } from '../services';
import { hostOf, readSettings } from '../settings';
import { accountLabel } from './accountLabel';

/** TWIN's advice: short tokens, a day at most (twin-api.md §3.5); the session renews them. */
export const SESSION_TTL_SECONDS = 24 * 3600;

/** How a sign-in ended (never holds a secret but inside `session`, which goes to SecretStorage only). */
export type SignInOutcome =
  { kind: 'signed-in'; session: TwinSession } | { kind: 'refused'; reason: string } | { kind: 'cancelled' };

/** Signs in with email and password and stores the session for the configured base URL. */
export async function passwordSignIn(
  services: TwinServices,
  email: string,
  password: string,
): Promise<SignInOutcome> {
  const { baseUrl, iamUrl } = readSettings();
  const unusable = unusableIamUrlReason(iamUrl);
  if (unusable !== undefined) {
    void vscode.window.showErrorMessage(unusable);
    return { kind: 'refused', reason: unusable };
  }
  const iamHost = hostOf(iamUrl);
  try {
    const session = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Window,
        title: vscode.l10n.t('Signing in to TWIN at {0}…', iamHost),
      },
      async () => {
        const iam = createIamClient({ iamUrl, timeoutMs: 30_000 });
        const tokens = await iam.login(email.trim(), password, SESSION_TTL_SECONDS);
        const account = await iam.me(tokens.token).catch(() => accountFromClaims(tokens.token, email));
        return sessionFromTokens(tokens, account);
      },
    );
    await services.tokens.saveSession(baseUrl, session);
    const label = accountLabel(session);
    services.log.line(vscode.l10n.t('Signed in to {0} as {1} (through {2})', baseUrl, label, iamHost));
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Signed in to TWIN ({0}) as {1}.', hostOf(baseUrl), label),
    );
    return { kind: 'signed-in', session };
  } catch (e) {
    const said = e instanceof TwinApiError ? describeTwinError(e) : String(e);
    const reason =
      e instanceof TwinApiError && e.kind === 'sign-in-refused'
        ? said
        : vscode.l10n.t('Could not sign in to TWIN at {0}: {1}', iamHost, said);
    void vscode.window.showErrorMessage(reason);
    services.log.line(vscode.l10n.t('Not signed in: {0}', reason));
    return { kind: 'refused', reason };
  }
}

/** When /users/me cannot answer: the company from the token, the email as typed. */
function accountFromClaims(token: string, email: string): TwinAccount | undefined {
  const companyId = decodeJwt(token)?.companyId;
  return companyId === undefined ? undefined : { id: email.trim(), companyId, email: email.trim() };
}
