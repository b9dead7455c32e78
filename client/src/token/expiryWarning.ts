// Once per window: a warning when a pasted token (one that cannot renew) expires within a day or has
// expired. A session signed in with email and password renews itself and needs no warning.
import * as vscode from 'vscode';
import { readSettings, hostOf } from '../settings';
import { checkToken } from '../../../core/src/twin/tokenRule';
import { tokenWarning } from './tokenMessages';
import type { TokenStore } from './tokenStore';

/** Shows the warning when due; "Sign In" in it runs `twin.signIn`. */
export async function warnIfExpiringSoon(tokens: TokenStore): Promise<void> {
  const { baseUrl } = readSettings();
  // Called without await at activation: a token that cannot be read (a locked keyring) must not end as
  // an unhandled rejection. Nothing to warn about then; the status bar reports and logs that failure.
  const session = await tokens.getSession(baseUrl).catch(() => undefined);
  if (session === undefined || session.refreshToken) return;
  const check = checkToken(session.token, Date.now());
  const text =
    check.kind === 'expired'
      ? vscode.l10n.t('The TWIN API token for {0} has expired.', hostOf(baseUrl))
      : tokenWarning(check);
  if (text === undefined) return;
  const signIn = vscode.l10n.t('Sign In');
  if ((await vscode.window.showWarningMessage(text, signIn)) === signIn)
    await vscode.commands.executeCommand('twin.signIn');
}
