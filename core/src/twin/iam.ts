// TWIN's IAM (twin-api.md §3.1, §3.3, §3.6): sign in with email and password, refresh a session with
// its refresh token, and ask who a token belongs to. Same HTTP rules as the API: https or loopback
// http only, no redirect to another origin, bounded answers; the password and the refresh token are
// blanked from anything the server says back.
import { TwinApiError } from './errors';
import { errorFromAnswer, exchange, type Exchange } from './http';
import { decodeJwt } from './jwt';
import { checkTokenTarget } from './urlSafety';

/** The production IAM base URL. */
export const DEFAULT_IAM_URL = 'https://iam.twin24.ai/api/v1';

/** What login and refresh answer. */
export interface IamTokens {
  token: string;
  refreshToken: string;
}

/** Who a token belongs to (GET /users/me), as much as the answer says. */
export interface TwinAccount {
  id: string;
  /** The company the token writes to: it keys the lock file. */
  companyId: string;
  email?: string;
  /** First and last name, when IAM gives them. */
  name?: string;
}

/** The IAM calls the sign-in and refresh logic needs. */
export interface IamClient {
  readonly iamUrl: string;
  /** Signs in; `ttlSeconds` asks for the token's lifetime. Throws kind 'sign-in-refused' on 401. */
  login(email: string, password: string, ttlSeconds: number): Promise<IamTokens>;
  /** A new token and refresh token (the old refresh token is spent). Throws 'refresh-refused' on 401. */
  refresh(refreshToken: string, ttlSeconds: number): Promise<IamTokens>;
  /** The account of a token. */
  me(token: string): Promise<TwinAccount>;
}

/** How to reach IAM. */
export interface IamClientOptions {
  iamUrl: string;
  /** Time limit of one request, in ms (default 30 000). */
  timeoutMs?: number;
}

/** An IAM client for one base URL; throws at once when the URL breaks the rules for credentials. */
export function createIamClient(options: IamClientOptions): IamClient {
  const iamUrl = options.iamUrl.trim().replace(/\/+$/, '');
  checkTokenTarget(iamUrl);
  const timeoutMs = options.timeoutMs ?? 30_000;

  const answerOf = (result: Exchange): Extract<Exchange, { kind: 'answer' }> => {
    if (result.kind !== 'answer') throw result.error;
    return result;
  };

  const tokensFrom = (result: Exchange, refusal: 'sign-in-refused' | 'refresh-refused'): IamTokens => {
    const answer = answerOf(result);
    if (answer.status === 401 || (refusal === 'refresh-refused' && answer.status === 400)) {
      const said = errorFromAnswer(answer.status, answer.body, answer.text);
      throw new TwinApiError({ ...said.info, kind: refusal });
    }
    if (answer.status < 200 || answer.status >= 300)
      throw errorFromAnswer(answer.status, answer.body, answer.text);
    const body = answer.json ? (answer.body as { token?: unknown; refreshToken?: unknown }) : undefined;
    const token = typeof body?.token === 'string' ? body.token.trim() : '';
    const refreshToken = typeof body?.refreshToken === 'string' ? body.refreshToken.trim() : '';
    if (!decodeJwt(token) || refreshToken === '')
      throw new TwinApiError({ kind: 'malformed-response', status: answer.status });
    return { token, refreshToken };
  };

  return {
    iamUrl,
    async login(email, password, ttlSeconds) {
      const result = await exchange({
        method: 'POST',
        url: `${iamUrl}/auth/login`,
        body: { email, password, ttl: ttlSeconds },
        secrets: [password],
        timeoutMs,
      });
      return tokensFrom(result, 'sign-in-refused');
    },
    async refresh(refreshToken, ttlSeconds) {
      const result = await exchange({
        method: 'POST',
        url: `${iamUrl}/auth/refresh`,
        body: { refreshToken, ttl: ttlSeconds },
        secrets: [refreshToken],
        timeoutMs,
      });
      return tokensFrom(result, 'refresh-refused');
    },
    async me(token) {
      const answer = answerOf(await exchange({ method: 'GET', url: `${iamUrl}/users/me`, token, timeoutMs }));
      if (answer.status < 200 || answer.status >= 300)
        throw errorFromAnswer(answer.status, answer.body, answer.text);
      const account = accountOf(answer.json ? answer.body : undefined);
      if (!account) throw new TwinApiError({ kind: 'malformed-response', status: answer.status });
      return account;
    },
  };
}

const idText = (v: unknown): string | undefined =>
  typeof v === 'number' && Number.isFinite(v)
    ? String(v)
    : typeof v === 'string' && v.trim() !== ''
      ? v.trim()
      : undefined;

const shortText = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined;

/** The account in a /users/me answer, or undefined when it has no id or company. */
export function accountOf(body: unknown): TwinAccount | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const user = body as Record<string, unknown>;
  const id = idText(user.id);
  const companyId = idText(user.companyId);
  if (id === undefined || companyId === undefined) return undefined;
  const account: TwinAccount = { id, companyId };
  const email = shortText(user.email);
  if (email !== undefined) account.email = email;
  const name = [shortText(user.firstName), shortText(user.lastName)].filter(Boolean).join(' ');
  if (name !== '') account.name = name;
  return account;
}
