// `twin whoami [--api URL] [--iam URL]`: who the environment's credentials sign in as, the company a
// push writes to, and when the token expires. Exit 1 when not signed in, saying what to set.
import { t } from '../../../core/src/i18n/locale';
import { checkTokenTarget, printable } from '../../../core/src/twin';
import { createIamClient } from '../../../core/src/twin/iam';
import { UsageError, parseArgs } from '../commandArgs';
import { accountLabel, type CliCredentials } from '../credentials';
import type { CliCommand, CliIO } from '../io';
import { withSyncErrors } from '../syncErrors';
import { openSession, resolveIamUrl } from '../syncSession';
import { syncMessages as m } from '../syncMessages';

/** Runs `twin whoami`. */
export const run: CliCommand = withSyncErrors(async (args, io) => {
  const parsed = parseArgs(args, { values: ['--api', '--iam'], switches: [] }, io.locale);
  if (parsed.positional.length > 0)
    throw new UsageError(t(io.locale, m.unknownOption, parsed.positional[0] ?? ''));
  const session = await openSession(parsed, io);
  const iamUrl = resolveIamUrl(parsed, io);
  const account = session.credentials.account ?? (await accountOfPastedToken(session.credentials, iamUrl));
  const label = accountLabel(account);
  const lines = [
    label !== undefined
      ? t(io.locale, m.whoAccount, printable(label))
      : t(io.locale, m.whoAccountUnknown, iamUrl),
    (account?.companyId ?? session.credentials.companyId) !== undefined
      ? t(io.locale, m.whoCompany, printable(account?.companyId ?? session.credentials.companyId ?? ''))
      : t(io.locale, m.whoCompanyUnknown),
    t(io.locale, m.whoSource, sourceText(session.credentials, io)),
    expiryText(session.credentials, io),
    t(io.locale, m.whoApi, session.baseUrl),
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

function sourceText(credentials: CliCredentials, io: CliIO): string {
  if (credentials.source === 'TWIN_EMAIL') return t(io.locale, m.whoSourcePassword);
  if (credentials.source === 'TWIN_REFRESH_TOKEN') return t(io.locale, m.whoSourceRefresh);
  return t(io.locale, m.whoSourceToken);
}

function expiryText(credentials: CliCredentials, io: CliIO): string {
  const expiresAt = credentials.session().expiresAt;
  if (expiresAt === undefined) return t(io.locale, m.whoNoExpiry);
  const when = new Date(expiresAt)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
  return t(io.locale, m.whoExpires, when, Math.max(0, Math.round((expiresAt - Date.now()) / 60_000)));
}
