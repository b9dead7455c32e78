// Where the token (or the password) would go is checked before anything asks for one: a base URL the engine will refuse
// (plain http:// to another machine, not a URL, credentials in it) is reported at once, in the user's
// language and naming the setting, instead of after a token prompt as a generic command error.
import * as vscode from 'vscode';
import { checkTokenTarget, describeTwinError, TwinApiError } from '../../core/src/twin';

/** Undefined when the token may be sent to `baseUrl`; otherwise why not, in the user's language. */
export function unusableBaseUrlReason(baseUrl: string): string | undefined {
  try {
    checkTokenTarget(baseUrl);
    return undefined;
  } catch (e) {
    if (!(e instanceof TwinApiError)) throw e;
    return vscode.l10n.t('The setting twin.api.baseUrl cannot be used: {0}', describeTwinError(e));
  }
}

/** The same for `twin.api.iamUrl`, where the password and the refresh token go. */
export function unusableIamUrlReason(iamUrl: string): string | undefined {
  try {
    checkTokenTarget(iamUrl);
    return undefined;
  } catch (e) {
    if (!(e instanceof TwinApiError)) throw e;
    return vscode.l10n.t('The setting twin.api.iamUrl cannot be used: {0}', describeTwinError(e));
  }
}
