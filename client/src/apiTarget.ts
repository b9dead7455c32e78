// Where the token (or the password) would go is checked before anything asks for one: a base URL the engine will refuse
// (plain http:// to another machine, not a URL, credentials in it) is reported at once, in the user's
// language and naming the setting, instead of after a token prompt as a generic command error.
import * as vscode from 'vscode';
import { checkTokenTarget, describeTwinError, TwinApiError } from '../../core/src/twin';
import { requireTrust, restrictedModeReason } from './trust';

/** Undefined when credentials may be sent to `url`; otherwise why not, worded by `say`. */
function unusableReason(url: string, say: (why: string) => string): string | undefined {
  try {
    checkTokenTarget(url);
    return undefined;
  } catch (e) {
    if (!(e instanceof TwinApiError)) throw e;
    return say(describeTwinError(e));
  }
}

/** Undefined when the token may be sent to `baseUrl`; otherwise why not, in the user's language. */
export function unusableBaseUrlReason(baseUrl: string): string | undefined {
  return unusableReason(baseUrl, (why) =>
    vscode.l10n.t('The setting twin.api.baseUrl cannot be used: {0}', why),
  );
}

/** The same for `twin.api.iamUrl`, where the password and the refresh token go. */
export function unusableIamUrlReason(iamUrl: string): string | undefined {
  return unusableReason(iamUrl, (why) =>
    vscode.l10n.t('The setting twin.api.iamUrl cannot be used: {0}', why),
  );
}

/**
 * Why nothing may be asked for now, in the user's language and already shown: an untrusted workspace
 * or an unusable base URL; undefined to go on. Sign-in and pasting a token both start here.
 */
export function refusalBeforeAsking(baseUrl: string): string | undefined {
  if (!requireTrust()) return restrictedModeReason();
  const unusable = unusableBaseUrlReason(baseUrl);
  if (unusable !== undefined) void vscode.window.showErrorMessage(unusable);
  return unusable;
}
