// How a session is named to the user: the Accounts menu's label, the status bar and its tooltip. Pure
// (words through core's t), so every shape of session is unit-tested. Never shows a token.
import { decodeJwt } from '../../../core/src/twin/jwt';
import type { TwinSession } from '../../../core/src/twin/sessionTokens';
import { t } from '../../../core/src/l10n';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The company a session writes to: the account's (from /users/me), else the token's claim. */
export function companyOf(session: TwinSession): string | undefined {
  return session.account?.companyId ?? decodeJwt(session.token)?.companyId;
}

/** Who is signed in, short: the name, else the email, else "API token". */
export function whoLabel(session: TwinSession): string {
  return session.account?.name ?? session.account?.email ?? t('API token');
}

/** The Accounts menu's label: who and which company (`Demo User (company 1)`). */
export function accountLabel(session: TwinSession): string {
  const company = companyOf(session);
  const who = whoLabel(session);
  return company === undefined ? who : t('{0} (company {1})', who, company);
}

/** A stable account id for VS Code: the IAM user and company, or the token's company. */
export function accountId(session: TwinSession): string {
  const company = companyOf(session) ?? 'unknown';
  return session.account ? `${session.account.id}@${company}` : `token@${company}`;
}

/** How long the token still lasts, short (`45 min`, `23 h`, `6 d`), or undefined when it does not say. */
export function timeLeft(session: TwinSession, now: number): string | undefined {
  if (session.expiresAt === undefined) return undefined;
  const left = session.expiresAt - now;
  if (left <= 0) return t('expired');
  if (left < HOUR_MS) return t('{0} min', Math.max(1, Math.floor(left / MINUTE_MS)));
  if (left < DAY_MS) return t('{0} h', Math.floor(left / HOUR_MS));
  return t('{0} d', Math.floor(left / DAY_MS));
}

/** The tooltip's lines: who, company, how the session lasts, where it goes. */
export function sessionDetails(session: TwinSession, host: string, now: number): string[] {
  const lines = [t('TWIN API at {0}', host), t('Signed in as {0}', accountLabel(session))];
  if (session.account?.email && session.account.name) lines.push(session.account.email);
  const left = timeLeft(session, now);
  if (session.refreshToken)
    lines.push(
      left === undefined
        ? t('Signed in with email and password: the session renews itself.')
        : t('Signed in with email and password: the token ({0} left) renews itself.', left),
    );
  else
    lines.push(
      left === undefined
        ? t('A pasted API token: it does not renew.')
        : t(
            'A pasted API token ({0} left): it does not renew; sign in with email and password to stay signed in.',
            left,
          ),
    );
  return lines;
}

/** True when a session needs the user soon: a token that cannot renew and expires within a day. */
export function needsAttention(session: TwinSession, now: number): boolean {
  if (session.refreshToken || session.expiresAt === undefined) return false;
  return session.expiresAt - now < DAY_MS;
}
