// `TWIN: Set API Token` and `TWIN: Clear API Token`.
import * as vscode from 'vscode';
import type { TwinServices } from '../services';
import { hostOf, readSettings } from '../settings';
import { setTokenFlow, type SetTokenOutcome } from '../token/setTokenFlow';

/** Builds the Set Token command (the input box path; tests use the API's setToken). */
export function setTokenCommand(services: TwinServices) {
  return (): Promise<SetTokenOutcome> => setTokenFlow(services);
}

/** Removes the token stored for the configured base URL. */
export async function clearToken(services: TwinServices): Promise<boolean> {
  const { baseUrl } = readSettings();
  const had = (await services.tokens.get(baseUrl)) !== undefined;
  await services.tokens.clear(baseUrl);
  await services.statusBar.refresh();
  await services.remoteState.send(baseUrl, null);
  services.log.line(
    had
      ? vscode.l10n.t('TWIN API token for {0} removed.', baseUrl)
      : vscode.l10n.t('No TWIN API token was stored for {0}.', baseUrl),
  );
  return had;
}

/** Builds the Clear Token command. */
export function clearTokenCommand(services: TwinServices) {
  return async (): Promise<boolean> => {
    const host = hostOf(readSettings().baseUrl);
    const had = await clearToken(services);
    void vscode.window.showInformationMessage(
      had
        ? vscode.l10n.t('TWIN API token for {0} removed.', host)
        : vscode.l10n.t('No TWIN API token was stored for {0}.', host),
    );
    return had;
  };
}
