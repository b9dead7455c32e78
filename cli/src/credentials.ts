// Where the CLI's credentials come from, first found wins: TWIN_TOKEN (a token pasted from the cabinet,
// used as it is), TWIN_REFRESH_TOKEN (a session refreshed for the run), TWIN_EMAIL + TWIN_PASSWORD (a
// short sign-in for the run, signed in again if IAM stops refreshing it). Secrets stay in this
// process's memory: never printed, written or passed on.
import { t } from '../../core/src/l10n';
import { TwinApiError, decodeJwt, type TokenProvider } from '../../core/src/twin';
import { createIamClient, type IamClient, type TwinAccount } from '../../core/src/twin/iam';
import {
  createSessionTokens,
  sessionFromTokens,
  type SessionStore,
  type TwinSession,
} from '../../core/src/twin/sessionTokens';
import { checkToken, cleanTokenInput } from '../../core/src/twin/tokenRule';
import { UsageError } from './commandArgs';

/** A sign-in for one run lasts an hour and is refreshed as it goes: a CI job needs no more. */
export const CLI_TOKEN_TTL_SECONDS = 3600;

/** Which variable the credentials came from. */
export type CredentialSource = 'TWIN_TOKEN' | 'TWIN_REFRESH_TOKEN' | 'TWIN_EMAIL';

/** Credentials ready for an API client. */
export interface CliCredentials {
  source: CredentialSource;
  tokens: TokenProvider;
  /** The company the token writes to: from IAM's /users/me, else the token's claim. */
  companyId: string | undefined;
  account: TwinAccount | undefined;
  /** The session as it is now (for whoami); its secrets are never shown. */
  session(): TwinSession;
}

function memoryStore(initial: TwinSession): SessionStore & { value: TwinSession } {
  const store = {
    value: initial,
    load: async () => store.value,
    save: async (s: TwinSession) => {
      store.value = s;
    },
  };
  return store;
}

/** The session with its account; the token's own claim serves when IAM cannot say who it is. */
async function withAccount(iam: IamClient, session: TwinSession): Promise<TwinSession> {
  try {
    return { ...session, account: await iam.me(session.token) };
  } catch {
    return session;
  }
}

function pastedToken(raw: string): CliCredentials {
  // The extension's rule, so a token one accepts the other does too.
  const token = cleanTokenInput(raw);
  const check = checkToken(token, Date.now());
  if (check.kind === 'malformed')
    throw new UsageError(
      check.reason === 'header'
        ? t(
            'TWIN_TOKEN is not a signed JWT: its header names no signing algorithm (or "none"), or a type other than JWT.',
          )
        : t('TWIN_TOKEN does not look like a TWIN token (a JWT of three dot-separated parts).'),
    );
  // An expired token would only earn a 401 for every request: say so before sending anything.
  if (check.kind === 'expired') throw new TwinApiError({ kind: 'token-expired' });
  const session = sessionFromTokens({ token });
  return {
    source: 'TWIN_TOKEN',
    tokens: { getToken: async () => token },
    companyId: decodeJwt(token)?.companyId,
    account: undefined,
    session: () => session,
  };
}

/** Signs in as the environment says; throws UsageError naming what to set when it says nothing. */
export async function signInFromEnv(env: NodeJS.ProcessEnv, iamUrl: string): Promise<CliCredentials> {
  if ((env.TWIN_TOKEN ?? '').trim() !== '') return pastedToken(env.TWIN_TOKEN ?? '');
  const refreshToken = env.TWIN_REFRESH_TOKEN?.trim() ?? '';
  const email = env.TWIN_EMAIL?.trim() ?? '';
  const password = env.TWIN_PASSWORD ?? '';
  if (refreshToken === '' && (email === '' || password === ''))
    throw new UsageError(
      email !== '' || password !== ''
        ? t('Set both TWIN_EMAIL and TWIN_PASSWORD to sign in with a password.')
        : t(
            'Not signed in: set TWIN_EMAIL and TWIN_PASSWORD (a service account, best for CI), TWIN_REFRESH_TOKEN, or TWIN_TOKEN (a token from the cabinet, Помощь – API; it lives a week at most). Credentials are never read from the command line.',
          ),
    );
  const iam = createIamClient({ iamUrl });
  const login = async (): Promise<TwinSession> =>
    sessionFromTokens(await iam.login(email, password, CLI_TOKEN_TTL_SECONDS));
  const first =
    refreshToken !== ''
      ? sessionFromTokens(await iam.refresh(refreshToken, CLI_TOKEN_TTL_SECONDS))
      : await login();
  const store = memoryStore(await withAccount(iam, first));
  const account = store.value.account;
  const tokens = createSessionTokens({
    store,
    iam,
    ttlSeconds: CLI_TOKEN_TTL_SECONDS,
    // Only a password can start a new session; a refused refresh token ends the run with its error.
    ...(refreshToken === ''
      ? { reauthenticate: async () => ({ ...(await login()), ...(account ? { account } : {}) }) }
      : {}),
  });
  tokens.keepFresh();
  return {
    source: refreshToken !== '' ? 'TWIN_REFRESH_TOKEN' : 'TWIN_EMAIL',
    tokens,
    companyId: account?.companyId ?? decodeJwt(store.value.token)?.companyId,
    account,
    session: () => store.value,
  };
}

/** How an account is named in messages: "Name <email>", the email, or its id. */
export function accountLabel(account: TwinAccount | undefined): string | undefined {
  if (!account) return undefined;
  if (account.name && account.email) return `${account.name} <${account.email}>`;
  return account.email ?? account.name ?? account.id;
}
