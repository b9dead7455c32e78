// Once per window: a warning when the stored token expires within a day or has expired.
import * as vscode from 'vscode';
import { readSettings, hostOf } from '../settings';
import { checkToken } from '../../../core/src/twin/tokenRule';
import { tokenWarning } from './tokenMessages';
import type { TokenStore } from './tokenStore';

/** Shows the warning when due; "Set Token" in it runs `twin.setToken`. */
export async function warnIfExpiringSoon(tokens: TokenStore): Promise<void> {
  const { baseUrl } = readSettings();
  // Called without await at activation: a token that cannot be read (a locked keyring) must not end as
  // an unhandled rejection. Nothing to warn about then; the status bar reports and logs that failure.
  const token = await tokens.get(baseUrl).catch(() => undefined);
  if (token === undefined) return;
  const check = checkToken(token, Date.now());
  const text =
    check.kind === 'expired'
      ? vscode.l10n.t('The TWIN API token for {0} has expired.', hostOf(baseUrl))
      : tokenWarning(check);
  if (text === undefined) return;
  const setToken = vscode.l10n.t('Set Token');
  if ((await vscode.window.showWarningMessage(text, setToken)) === setToken)
    await vscode.commands.executeCommand('twin.setToken');
}
