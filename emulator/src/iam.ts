// The emulated IAM (twin-api.md §3.1, §3.3, §3.6) under /iam/api/v1 of the same server: login with
// email and password, refresh with rotating refresh tokens, and /users/me. It signs the same HS256
// tokens the API checks, so a signed-in client meets real expiry and real refresh.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from './api';
import type { EmulatorContext } from './context';
import { verifyJwt } from './jwt';

/** A user the emulated IAM knows. The password is the emulator's own test data, never a real one. */
export interface EmulatorUser {
  id: number;
  companyId: number;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/** Signed in when `npm start` or `twin emulator` runs: printed, so a newcomer can use it. */
export const DEMO_USER: EmulatorUser = {
  id: 101,
  companyId: 1,
  email: 'demo@twin.local',
  password: 'demo-password',
  firstName: 'Анна',
  lastName: 'Демо',
};

/** A user of another company, so tests can see one manifest pushed to two companies. */
export const OTHER_COMPANY_USER: EmulatorUser = {
  id: 202,
  companyId: 2,
  email: 'other@twin.local',
  password: 'other-password',
  firstName: 'Олег',
  lastName: 'Другой',
};

/** What an issued session is: who, which company. Kept in memory: a restart signs everyone out. */
interface RefreshGrant {
  userId: number;
  companyId: number;
}

/** The IAM's state inside one emulator. */
export interface IamState {
  users: EmulatorUser[];
  /** Live refresh tokens; a refresh consumes one and issues the next (rotation). */
  grants: Map<string, RefreshGrant>;
}

/** Signs a token for a user (see startEmulator's issueToken). */
export type SignFor = (claims: { sub: string; companyId: string; expiresInSeconds: number }) => string;

const DEFAULT_TTL = 7 * 24 * 3600;

/** A fresh IAM state with these users (default: the demo user and one of another company). */
export function createIamState(users: EmulatorUser[] = [DEMO_USER, OTHER_COMPANY_USER]): IamState {
  return { users: users.map((u) => ({ ...u })), grants: new Map() };
}

function issue(ctx: EmulatorContext, sign: SignFor, user: EmulatorUser, ttl: unknown): object {
  const asked = typeof ttl === 'number' && Number.isFinite(ttl) && ttl > 0 ? Math.floor(ttl) : DEFAULT_TTL;
  const cap = ctx.switches.tokenTtlSeconds;
  const lifetime = cap > 0 ? Math.min(asked, cap) : asked;
  const refreshToken = randomBytes(24).toString('base64url');
  ctx.iam.grants.set(refreshToken, { userId: user.id, companyId: user.companyId });
  const token = sign({ sub: String(user.id), companyId: String(user.companyId), expiresInSeconds: lifetime });
  return { token, refreshToken };
}

function userView(user: EmulatorUser): object {
  return {
    id: user.id,
    companyId: user.companyId,
    firstName: user.firstName,
    lastName: user.lastName,
    middleName: null,
    email: user.email,
    phone: null,
    roles: [{ name: 'admin', company_id: user.companyId }],
    settings: {},
    avatar: null,
  };
}

async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const text = await readBody(req);
  try {
    const body: unknown = JSON.parse(text ?? '');
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Handles one request under /iam/api/v1 (path given without the prefix). */
export async function handleIam(
  ctx: EmulatorContext,
  sign: SignFor,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  ctx.iamLog.push({ at: Date.now(), method: req.method ?? '', path });
  if (ctx.switches.latencyMs > 0) await ctx.delay(ctx.switches.latencyMs);
  if (!ctx.switches.iamAvailable) return sendJson(res, 503, { error: 'Service Unavailable', details: null });
  const route = `${req.method ?? ''} ${path.replace(/\/+$/, '')}`;
  if (route === 'POST /auth/login') {
    const body = await readJsonObject(req);
    const user = ctx.iam.users.find(
      (u) =>
        typeof body?.email === 'string' &&
        u.email.toLowerCase() === body.email.trim().toLowerCase() &&
        u.password === body.password,
    );
    // One answer for an unknown email and a wrong password, as a login must not tell which it was.
    if (!user) return sendJson(res, 401, { error: 'Invalid credentials.', details: null });
    return sendJson(res, 200, issue(ctx, sign, user, body?.ttl));
  }
  if (route === 'POST /auth/refresh') {
    const body = await readJsonObject(req);
    const given = typeof body?.refreshToken === 'string' ? body.refreshToken : '';
    const grant = ctx.iam.grants.get(given);
    const user = grant && ctx.iam.users.find((u) => u.id === grant.userId);
    if (!grant || !user) return sendJson(res, 401, { error: 'Invalid refresh token.', details: null });
    ctx.iam.grants.delete(given);
    return sendJson(res, 200, issue(ctx, sign, user, body?.ttl));
  }
  if (route === 'GET /users/me') {
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim() ?? '';
    const claims = token ? verifyJwt(token, ctx.store.secret) : undefined;
    if (!claims) return sendJson(res, 401, { error: 'Unauthorized.', details: null });
    if (claims.exp * 1000 <= Date.now()) return sendJson(res, 401, { error: 'Token is expired.' });
    const user = ctx.iam.users.find((u) => String(u.id) === claims.sub);
    if (!user) return sendJson(res, 404, { error: 'Not Found', details: null });
    return sendJson(res, 200, userView(user));
  }
  sendJson(res, 404, { error: 'Not Found', details: null });
}
