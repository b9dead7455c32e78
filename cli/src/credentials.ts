// Where the CLI's credentials come from, first found wins: TWIN_TOKEN (a token pasted from the cabinet,
// used as it is), TWIN_REFRESH_TOKEN (a session refreshed for the run), TWIN_EMAIL + TWIN_PASSWORD (a
// short sign-in for the run, signed in again if IAM stops refreshing it). Secrets stay in this
// process's memory: never printed, written or passed on.
import { t } from '../../core/src/l10n';
import { TwinApiError, decodeJwt, tokenSecondsLeft, type TokenProvider } from '../../core/src/twin';
import { createIamClient, type IamClient, type TwinAccount } from '../../core/src/twin/iam';
import {
  createSessionTokens,
  sessionFromTokens,
  type SessionStore,
  type TwinSession,
} from '../../core/src/twin/sessionTokens';
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
  session(): TwinSession | undefined;
}

/** What to set, said when no credentials are found. */
export function noCredentialsMessage(): string {
  return t(
    'Not signed in: set TWIN_EMAIL and TWIN_PASSWORD (a service account; best for CI), TWIN_REFRESH_TOKEN, or TWIN_TOKEN (a token from the cabinet, Помощь – API; it lives a week at most). Credentials are never read from the command line.',
  );
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

/** The account of a fresh session; the token's own claim serves when IAM cannot say. */
async function withAccount(iam: IamClient, session: TwinSession): Promise<TwinSession> {
  try {
    return { ...session, account: await iam.me(session.token) };
  } catch (e) {
    if (e instanceof TwinApiError && (e.kind === 'insecure-url' || e.kind === 'bad-url')) throw e;
    return session;
  }
}

function pastedToken(token: string): CliCredentials {
  const claims = decodeJwt(token);
  if (!claims)
    throw new UsageError(
      t('TWIN_TOKEN does not look like a TWIN token (a JWT of three dot-separated parts).'),
    );
  const left = tokenSecondsLeft(token);
  // An expired token would only earn a 401 for every request: say so before sending anything.
  if (left !== undefined && left <= 0) throw new TwinApiError({ kind: 'token-expired' });
  const session = sessionFromTokens({ token });
  return {
    source: 'TWIN_TOKEN',
    tokens: { getToken: async () => token },
    companyId: claims.companyId,
    account: undefined,
    session: () => session,
  };
}

/** Signs in as the environment says; throws UsageError naming what to set when it says nothing. */
export async function signInFromEnv(env: NodeJS.ProcessEnv, iamUrl: string): Promise<CliCredentials> {
  const token = env.TWIN_TOKEN?.trim() ?? '';
  if (token !== '') return pastedToken(token);
  const refreshToken = env.TWIN_REFRESH_TOKEN?.trim() ?? '';
  const email = env.TWIN_EMAIL?.trim() ?? '';
  const password = env.TWIN_PASSWORD ?? '';
  if (refreshToken === '' && (email === '' || password === ''))
    throw new UsageError(
      email !== '' || password !== ''
        ? t('Set both TWIN_EMAIL and TWIN_PASSWORD to sign in with a password.')
        : noCredentialsMessage(),
    );
  const iam = createIamClient({ iamUrl });
  const login = async (): Promise<TwinSession> =>
    sessionFromTokens(await iam.login(email, password, CLI_TOKEN_TTL_SECONDS));
  const first =
    refreshToken !== ''
      ? sessionFromTokens(await iam.refresh(refreshToken, CLI_TOKEN_TTL_SECONDS))
      : await login();
  const store = memoryStore(await withAccount(iam, first));
  const tokens = createSessionTokens({
    store,
    iam,
    ttlSeconds: CLI_TOKEN_TTL_SECONDS,
    // Only a password can start a new session; a refused refresh token ends the run with its error.
    ...(refreshToken === ''
      ? {
          reauthenticate: async () => {
            const again = await login();
            return { ...again, ...(store.value.account ? { account: store.value.account } : {}) };
          },
        }
      : {}),
  });
  tokens.keepFresh();
  const account = store.value.account;
  return {
    source: refreshToken !== '' ? 'TWIN_REFRESH_TOKEN' : 'TWIN_EMAIL',
    tokens,
    companyId: account?.companyId ?? decodeJwt(store.value.token)?.companyId,
    account,
    session: () => store.value,
  };
}
