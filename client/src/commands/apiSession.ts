// What a command needs to talk to TWIN: the target, a stored token, and an API client whose 401s
// lead to one prompt for a new token (however many requests fail together), after which they resume.
import * as vscode from 'vscode';
import { createTwinClient, decodeJwt, lockKeyFor, type TwinClient } from '../../../core/src/twin';
import { unusableBaseUrlReason } from '../apiTarget';
import type { TwinServices } from '../services';
import { hostOf, readSettings, type TwinSettings } from '../settings';
import { checkToken, isUsable } from '../../../core/src/twin/tokenRule';
import { setTokenFlow } from '../token/setTokenFlow';
import { requireTrust } from '../trust';

/** A ready connection to one TWIN API. */
export interface ApiSession {
  settings: TwinSettings;
  host: string;
  client: TwinClient;
  /** The lock file key for this API and the token's company. */
  lockKey(): Promise<string>;
}

/**
 * Opens a session, asking for a token first when none (or an expired one) is stored.
 * `interactive: false` never prompts: used for the background refresh on open.
 */
export async function openApiSession(
  services: TwinServices,
  options: { interactive: boolean },
): Promise<ApiSession | undefined> {
  if (!vscode.workspace.isTrusted) {
    if (options.interactive) requireTrust();
    return undefined;
  }
  const settings = readSettings();
  const unusable = unusableBaseUrlReason(settings.baseUrl);
  if (unusable !== undefined) {
    services.log.line(unusable);
    if (options.interactive) void vscode.window.showErrorMessage(unusable);
    return undefined;
  }
  const host = hostOf(settings.baseUrl);
  let token = await services.tokens.get(settings.baseUrl);
  if (token === undefined || !isUsable(checkToken(token, Date.now()))) {
    if (!options.interactive) return undefined;
    const title =
      token === undefined
        ? vscode.l10n.t('No TWIN API token for {0} yet: paste one to continue', host)
        : vscode.l10n.t('The TWIN API token for {0} has expired: paste a new one to continue', host);
    const outcome = await setTokenFlow(services, undefined, title);
    if (outcome.kind !== 'stored') return undefined;
    token = await services.tokens.get(settings.baseUrl);
    if (token === undefined) return undefined;
  }
  const baseUrl = settings.baseUrl;
  const client = createTwinClient({
    baseUrl,
    concurrency: settings.concurrency,
    tokens: {
      // Read on every (re)start, so a token set in another window is picked up.
      getToken: async () => (await services.tokens.get(baseUrl)) ?? '',
      ...(options.interactive
        ? { onUnauthorized: (expired: boolean) => askForNewToken(services, host, baseUrl, expired) }
        : {}),
    },
  });
  return {
    settings,
    host,
    client,
    lockKey: async () => lockKeyFor(baseUrl, decodeJwt(await client.currentToken())?.companyId),
  };
}

/** The one prompt after a wave of 401s; resolves to the new token, or undefined to stop. */
async function askForNewToken(
  services: TwinServices,
  host: string,
  baseUrl: string,
  expired: boolean,
): Promise<string | undefined> {
  services.log.line(
    expired
      ? vscode.l10n.t('{0}: the token has expired', host)
      : vscode.l10n.t('{0}: the token was refused (401)', host),
  );
  const title = expired
    ? vscode.l10n.t('{0} says the token has expired: paste a new one to resume', host)
    : vscode.l10n.t('{0} refused the token: paste a new one to resume', host);
  const outcome = await setTokenFlow(services, undefined, title);
  return outcome.kind === 'stored' ? services.tokens.get(baseUrl) : undefined;
}
