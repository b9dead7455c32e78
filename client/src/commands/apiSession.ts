// What a command needs to talk to TWIN: the target, a signed-in session, and an API client whose
// token renews itself (ahead of expiry, and after a 401/403); when it cannot, the user is asked once
// to sign in again (however many requests fail together), after which the requests resume.
import * as vscode from 'vscode';
import {
  createTwinClient,
  describeTwinError,
  lockKeyFor,
  TwinApiError,
  type TwinClient,
} from '../../../core/src/twin';
import type { ReauthReason, TwinSession } from '../../../core/src/twin/sessionTokens';
import { accountLabel, companyOf } from '../auth/accountLabel';
import { signInFlow } from '../auth/signInFlow';
import { unusableBaseUrlReason } from '../apiTarget';
import type { TwinServices } from '../services';
import { hostOf, readSettings, type TwinSettings } from '../settings';
import { checkToken, isUsable } from '../../../core/src/twin/tokenRule';
import { requireTrust } from '../trust';

/** A ready connection to one TWIN API. */
export interface ApiSession {
  settings: TwinSettings;
  host: string;
  client: TwinClient;
  /** The lock file key for this API and the account's company. */
  lockKey(): Promise<string>;
}

/** True when a session can serve a request now or after a refresh. */
function canServe(session: TwinSession | undefined): session is TwinSession {
  if (!session) return false;
  return session.refreshToken !== undefined || isUsable(checkToken(session.token, Date.now()));
}

/**
 * Opens a session, asking to sign in first when none (or an expired pasted token) is stored.
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
  const baseUrl = settings.baseUrl;
  let signedIn = await services.tokens.getSession(baseUrl);
  if (!canServe(signedIn)) {
    if (!options.interactive) return undefined;
    const title =
      signedIn === undefined
        ? vscode.l10n.t('Not signed in to TWIN ({0}) yet: sign in to continue', host)
        : vscode.l10n.t('The TWIN API token for {0} has expired: sign in again to continue', host);
    const outcome = await signInFlow(services, title);
    if (outcome.kind !== 'signed-in') return undefined;
    signedIn = outcome.session;
  }
  const source = services.sessions.tokensFor(baseUrl);
  source.reload();
  const client = createTwinClient({
    baseUrl,
    concurrency: settings.concurrency,
    // A 403 that survives a fresh token is missing rights: the message names this account.
    ...(signedIn ? { accountLabel: accountLabel(signedIn) } : {}),
    tokens: {
      getToken: () => source.getToken(),
      currentToken: () => source.currentToken(),
      ...(options.interactive
        ? { onUnauthorized: (expired: boolean) => source.onUnauthorized(expired) }
        : {}),
    },
  });
  return {
    settings,
    host,
    client,
    lockKey: async () => {
      // The account's company (from /users/me) when the session in use is the stored one; else the
      // company the token itself names.
      const token = await client.currentToken();
      const session = await services.tokens.getSession(baseUrl);
      const company = session?.token === token ? companyOf(session) : companyOf({ token });
      return lockKeyFor(baseUrl, company);
    },
  };
}

/** The one "sign in again" after refreshing could not help; the new session, or undefined to stop. */
export async function signInAgain(
  services: TwinServices,
  baseUrl: string,
  reason: ReauthReason,
  error: unknown,
): Promise<TwinSession | undefined> {
  const host = hostOf(baseUrl);
  const why = error instanceof TwinApiError ? describeTwinError(error) : undefined;
  const title =
    reason === 'signed-out'
      ? vscode.l10n.t('Not signed in to TWIN ({0}) yet: sign in to continue', host)
      : reason === 'refresh-refused'
        ? vscode.l10n.t('TWIN no longer renews the session for {0}: sign in again to resume', host)
        : reason === 'refresh-failed'
          ? vscode.l10n.t('Could not renew the TWIN session for {0}: sign in again to resume', host)
          : vscode.l10n.t('{0} no longer accepts the token: sign in again to resume', host);
  services.log.line(why === undefined ? title : `${title} (${why})`);
  const outcome = await signInFlow(services, title);
  return outcome.kind === 'signed-in' ? outcome.session : undefined;
}
