// `TWIN: Sign In`, `TWIN: Sign Out`, and the older `Set API Token` (the pasted-token way alone) and
// `Clear API Token` (the same as Sign Out).
import * as vscode from 'vscode';
import { signInFlow } from '../auth/signInFlow';
import type { SignInOutcome } from '../auth/passwordSignIn';
import type { TwinServices } from '../services';
import { hostOf, readSettings } from '../settings';
import { setTokenFlow, type SetTokenOutcome } from '../token/setTokenFlow';

/** Builds the Sign In command: the two ways (email and password, or a pasted token). */
export function signInCommand(services: TwinServices) {
  return (): Promise<SignInOutcome> => signInFlow(services);
}

/** Builds the Set Token command (the input box path; tests use the API's setToken). */
export function setTokenCommand(services: TwinServices) {
  return (): Promise<SetTokenOutcome> => setTokenFlow(services);
}

/** Removes the session stored for the configured base URL; true when there was one. */
export async function clearToken(services: TwinServices): Promise<boolean> {
  const { baseUrl } = readSettings();
  const had = (await services.tokens.getSession(baseUrl)) !== undefined;
  await services.tokens.clear(baseUrl);
  services.sessions.tokensFor(baseUrl).reload();
  await services.statusBar.refresh();
  await services.remoteState.send(baseUrl, null);
  services.log.line(
    had
      ? vscode.l10n.t('Signed out of TWIN at {0}: the stored session was removed.', baseUrl)
      : vscode.l10n.t('Not signed in to TWIN at {0}: nothing to remove.', baseUrl),
  );
  return had;
}

/** Builds Sign Out (and its alias Clear Token). */
export function signOutCommand(services: TwinServices) {
  return async (): Promise<boolean> => {
    const host = hostOf(readSettings().baseUrl);
    const had = await clearToken(services);
    void vscode.window.showInformationMessage(
      had
        ? vscode.l10n.t('Signed out of TWIN ({0}).', host)
        : vscode.l10n.t('Not signed in to TWIN ({0}): nothing to remove.', host),
    );
    return had;
  };
}
