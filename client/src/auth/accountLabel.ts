// How a session is named to the user: the Accounts menu's label, the status bar and its tooltip. Pure
// (words come through a Translate), so every shape of session is unit-tested. Never shows a token.
import { decodeJwt } from '../../../core/src/twin/jwt';
import type { TwinSession } from '../../../core/src/twin/sessionTokens';
/** Looks a message up by its English text and fills `{0}`, `{1}`… (vscode.l10n.t in the extension). */
export type Translate = (message: string, ...args: Array<string | number>) => string;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The company a session writes to: the account's (from /users/me), else the token's claim. */
export function companyOf(session: TwinSession): string | undefined {
  return session.account?.companyId ?? decodeJwt(session.token)?.companyId;
}

/** Who is signed in, short: the name, else the email, else "API token". */
export function whoLabel(session: TwinSession, tr: Translate): string {
  return session.account?.name ?? session.account?.email ?? tr('API token');
}

/** The Accounts menu's label: who and which company (`Demo User (company 1)`). */
export function accountLabel(session: TwinSession, tr: Translate): string {
  const company = companyOf(session);
  const who = whoLabel(session, tr);
  return company === undefined ? who : tr('{0} (company {1})', who, company);
}

/** A stable account id for VS Code: the IAM user and company, or the token's company. */
export function accountId(session: TwinSession): string {
  const company = companyOf(session) ?? 'unknown';
  return session.account ? `${session.account.id}@${company}` : `token@${company}`;
}

/** How long the token still lasts, short (`45 min`, `23 h`, `6 d`), or undefined when it does not say. */
export function timeLeft(session: TwinSession, now: number, tr: Translate): string | undefined {
  if (session.expiresAt === undefined) return undefined;
  const left = session.expiresAt - now;
  if (left <= 0) return tr('expired');
  if (left < HOUR_MS) return tr('{0} min', Math.max(1, Math.floor(left / MINUTE_MS)));
  if (left < DAY_MS) return tr('{0} h', Math.floor(left / HOUR_MS));
  return tr('{0} d', Math.floor(left / DAY_MS));
}

/** The tooltip's lines: who, company, how the session lasts, where it goes. */
export function sessionDetails(session: TwinSession, host: string, now: number, tr: Translate): string[] {
  const lines = [tr('TWIN API at {0}', host), tr('Signed in as {0}', accountLabel(session, tr))];
  if (session.account?.email && session.account.name) lines.push(session.account.email);
  const left = timeLeft(session, now, tr);
  if (session.refreshToken)
    lines.push(
      left === undefined
        ? tr('Signed in with email and password: the session renews itself.')
        : tr('Signed in with email and password: the token ({0} left) renews itself.', left),
    );
  else
    lines.push(
      left === undefined
        ? tr('A pasted API token: it does not renew.')
        : tr(
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
