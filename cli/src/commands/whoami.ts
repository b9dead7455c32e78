// `twin whoami [--api URL] [--iam URL]`: who the environment's credentials sign in as, the company a
// push writes to, and when the token expires. Exit 1 when not signed in, saying what to set.
import { t } from '../../../core/src/l10n';
import { checkTokenTarget, printable } from '../../../core/src/twin';
import { createIamClient } from '../../../core/src/twin/iam';
import { UsageError, parseArgs } from '../commandArgs';
import { accountLabel, type CliCredentials } from '../credentials';
import type { CliCommand } from '../io';
import { withSyncErrors } from '../syncErrors';
import { openSession, resolveIamUrl } from '../syncSession';

/** Runs `twin whoami`. */
export const run: CliCommand = withSyncErrors(async (args, io) => {
  const parsed = parseArgs(args, { values: ['--api', '--iam'], switches: [] });
  if (parsed.positional.length > 0)
    throw new UsageError(t('Unknown option "{0}". Run "twin --help".', parsed.positional[0] ?? ''));
  const session = await openSession(parsed, io);
  const iamUrl = resolveIamUrl(parsed, io);
  const account = session.credentials.account ?? (await accountOfPastedToken(session.credentials, iamUrl));
  const label = accountLabel(account);
  const lines = [
    label !== undefined
      ? t('Account: {0}', printable(label))
      : t('Account: not known (IAM at {0} did not say whom this token belongs to)', iamUrl),
    (account?.companyId ?? session.credentials.companyId) !== undefined
      ? t('Company: {0}', printable(account?.companyId ?? session.credentials.companyId ?? ''))
      : t('Company: not known'),
    t('Signed in with: {0}', sourceText(session.credentials)),
    expiryText(session.credentials),
    t('API: {0}', session.baseUrl),
  ];
  io.stdout(lines.join('\n') + '\n');
  return 0;
});

/** A pasted token does not say whose it is; IAM may (no harm when it cannot). */
async function accountOfPastedToken(credentials: CliCredentials, iamUrl: string) {
  if (credentials.source !== 'TWIN_TOKEN') return undefined;
  try {
    checkTokenTarget(iamUrl);
    return await createIamClient({ iamUrl, timeoutMs: 10_000 }).me(credentials.session().token);
  } catch {
    return undefined;
  }
}

function sourceText(credentials: CliCredentials): string {
  if (credentials.source === 'TWIN_EMAIL')
    return t('TWIN_EMAIL and TWIN_PASSWORD (the session is refreshed as a run goes on)');
  if (credentials.source === 'TWIN_REFRESH_TOKEN')
    return t('TWIN_REFRESH_TOKEN (the session is refreshed as a run goes on)');
  return t('TWIN_TOKEN (a pasted token: it cannot be refreshed)');
}

function expiryText(credentials: CliCredentials): string {
  const expiresAt = credentials.session().expiresAt;
  if (expiresAt === undefined) return t('Token expires: it does not say');
  const when = new Date(expiresAt)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
  return t(
    'Token expires: {0} (in {1} min)',
    when,
    Math.max(0, Math.round((expiresAt - Date.now()) / 60_000)),
  );
}
