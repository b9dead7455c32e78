// Words for token states: the input box's validation, the warnings and the status bar. Pure: core's
// l10n, which the extension configures from vscode.l10n's bundle.
import { t, tn } from '../../../core/src/l10n';
import type { TokenCheck } from '../../../core/src/twin/tokenRule';

/** Why a pasted value is refused, or undefined when it can be stored. */
export function tokenRefusal(check: TokenCheck): string | undefined {
  switch (check.kind) {
    case 'empty':
      return t('Paste the API token (a JWT) from the admin cabinet: Помощь – API.');
    case 'malformed':
      if (check.reason === 'parts')
        return t('This does not look like a JWT: expected three parts separated by dots.');
      if (check.reason === 'header')
        return t(
          'This is not a signed JWT: its header names no signing algorithm (or "none"), or a type other than JWT.',
        );
      return t('This does not look like a JWT: its parts are not valid base64url JSON.');
    case 'expired':
      return t(
        'This token expired on {0}. Copy a fresh one from the admin cabinet (Помощь – API).',
        formatDate(check.expiresAt),
      );
    default:
      return undefined;
  }
}

/** A warning worth showing for a usable token, or undefined. */
export function tokenWarning(check: TokenCheck): string | undefined {
  if (check.kind === 'expiresSoon')
    return t(
      'The TWIN API token expires in {0} h ({1}). Get a new one soon in the admin cabinet (Помощь – API).',
      check.hoursLeft,
      formatDate(check.expiresAt),
    );
  return undefined;
}

/** The status bar's short token state. */
export function tokenStateLabel(check: TokenCheck | undefined): string {
  if (check === undefined) return t('no token');
  switch (check.kind) {
    case 'valid':
      return tn(check.daysLeft, 'token valid for {0} day|token valid for {0} days');
    case 'expiresSoon':
      return t('token expires in {0} h', check.hoursLeft);
    case 'expired':
      return t('token expired');
    case 'noExpiry':
      return t('token set');
    default:
      return t('token invalid');
  }
}

/** A date and time in UTC, the same for every reader (`2026-11-27 23:51 UTC`). */
export function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
