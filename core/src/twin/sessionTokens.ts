// A signed-in session as a token source: it refreshes the token ahead of its expiry and after a 401 or
// 403 (TWIN's advice, twin-api.md §3.5), one refresh at a time however many requests or timers ask,
// stores each rotated refresh token at once, and when no refresh is possible asks to sign in again.
// The store is the truth shared with other windows: before and after refreshing, it is read again.
import { TwinApiError } from './errors';
import type { IamClient, TwinAccount } from './iam';
import { decodeJwt } from './jwt';
import type { TokenProvider } from './types';

/** A session as it is kept: in SecretStorage (extension) or in memory (CLI). Never in a file or log. */
export interface TwinSession {
  token: string;
  /** Absent for a token pasted from the cabinet: such a session cannot be refreshed. */
  refreshToken?: string;
  account?: TwinAccount;
  /** When the token expires, ms since the epoch (its `exp`); absent when it does not say. */
  expiresAt?: number;
}

/** Where the session lives. */
export interface SessionStore {
  load(): Promise<TwinSession | undefined>;
  save(session: TwinSession): Promise<void>;
}

/** Why the user (or the CLI's saved password) is asked to sign in again. */
export type ReauthReason = 'signed-out' | 'rejected' | 'refresh-refused' | 'refresh-failed';

/** Timers, so tests can drive time. */
export interface Clock {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** The real clock; its timers never keep a process alive on their own. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** How a session refreshes. */
export interface SessionTokensOptions {
  store: SessionStore;
  /** IAM; without it no session refreshes. */
  iam?: IamClient;
  /** Lifetime asked for refreshed tokens, seconds (default 24 h, as TWIN advises). */
  ttlSeconds?: number;
  /** Signs in again when refreshing cannot help; undefined to give up. */
  reauthenticate?(reason: ReauthReason, error: unknown): Promise<TwinSession | undefined>;
  clock?: Clock;
}

/** A session's token source (see TokenProvider), plus what the extension's timer and windows need. */
export interface SessionTokens extends TokenProvider {
  onUnauthorized(expired: boolean): Promise<string | undefined>;
  currentToken(): string | undefined;
  /** Refreshes now, coalesced with any refresh under way; the new session, or undefined. */
  refresh(): Promise<TwinSession | undefined>;
  /** Refreshes ahead of expiry until stopped (the returned function stops it). */
  keepFresh(): () => void;
  /** Drops what it knows, so the next request reads the store (after another window changed it). */
  reload(): void;
}

/** TWIN's advice: refresh 15 minutes before the token expires (twin-api.md §3.5). */
export const REFRESH_LEAD_MS = 15 * 60_000;
const DAY_SECONDS = 24 * 3600;
const RETRY_MS = 60_000;

/** A session from IAM's answer, keeping the account it belongs to. */
export function sessionFromTokens(
  tokens: { token: string; refreshToken?: string },
  account?: TwinAccount,
): TwinSession {
  const session: TwinSession = { token: tokens.token };
  if (tokens.refreshToken) session.refreshToken = tokens.refreshToken;
  if (account) session.account = account;
  const exp = decodeJwt(tokens.token)?.exp;
  if (exp !== undefined) session.expiresAt = exp * 1000;
  return session;
}

/**
 * When to refresh: 15 minutes before expiry, or a quarter of the lifetime before it for tokens shorter
 * than an hour, so a short token is not refreshed the moment it arrives.
 */
export function refreshDueAt(session: TwinSession): number | undefined {
  if (session.expiresAt === undefined || !session.refreshToken) return undefined;
  const iat = decodeJwt(session.token)?.iat;
  const lifetime = iat !== undefined ? session.expiresAt - iat * 1000 : Infinity;
  return session.expiresAt - Math.min(REFRESH_LEAD_MS, lifetime / 4);
}

/** A token source over a stored session. */
export function createSessionTokens(options: SessionTokensOptions): SessionTokens {
  const clock = options.clock ?? systemClock;
  const ttl = options.ttlSeconds ?? DAY_SECONDS;
  let known: TwinSession | undefined;
  let refreshing: Promise<TwinSession | undefined> | undefined;
  let signingIn: Promise<TwinSession | undefined> | undefined;
  let lastFailure: { reason: ReauthReason; error: unknown } | undefined;

  const latest = async (): Promise<TwinSession | undefined> => (known = await options.store.load());

  const refreshOnce = async (): Promise<TwinSession | undefined> => {
    const before = await latest();
    if (!before?.refreshToken || !options.iam) return undefined;
    try {
      const next = sessionFromTokens(await options.iam.refresh(before.refreshToken, ttl), before.account);
      await options.store.save(next);
      lastFailure = undefined;
      return (known = next);
    } catch (error) {
      // Another window may have spent this refresh token a moment ago and stored the next session.
      const after = await latest();
      if (after && after.token !== before.token) return after;
      const refused = error instanceof TwinApiError && error.kind === 'refresh-refused';
      lastFailure = { reason: refused ? 'refresh-refused' : 'refresh-failed', error };
      return undefined;
    }
  };

  const refresh = (): Promise<TwinSession | undefined> => {
    refreshing ??= refreshOnce().finally(() => (refreshing = undefined));
    return refreshing;
  };

  const signInOnce = async (reason: ReauthReason, error: unknown): Promise<TwinSession | undefined> => {
    const fresh = await options.reauthenticate?.(lastFailure?.reason ?? reason, lastFailure?.error ?? error);
    if (!fresh) return undefined;
    await options.store.save(fresh);
    lastFailure = undefined;
    return (known = fresh);
  };

  // One question to the user however many requests (or clients of this session) fail together.
  const signInAgain = (reason: ReauthReason, error: unknown): Promise<TwinSession | undefined> => {
    signingIn ??= signInOnce(reason, error).finally(() => (signingIn = undefined));
    return signingIn;
  };

  const getToken = async (): Promise<string> => {
    const session = known ?? (await latest());
    if (!session) {
      const fresh = await signInAgain('signed-out', undefined);
      if (!fresh) throw new TwinApiError({ kind: 'unauthorized' });
      return fresh.token;
    }
    const due = refreshDueAt(session);
    // Past the refresh point: try now; a token that is still valid serves if IAM cannot answer.
    if (due !== undefined && clock.now() >= due) return (await refresh())?.token ?? session.token;
    return session.token;
  };

  const onUnauthorized = async (): Promise<string | undefined> => {
    const failed = known?.token;
    const stored = await latest();
    if (stored && stored.token !== failed) return stored.token; // another window refreshed already
    const refreshed = await refresh();
    if (refreshed) return refreshed.token;
    return (await signInAgain('rejected', undefined))?.token;
  };

  const keepFresh = (): (() => void) => {
    let timer: unknown;
    let stopped = false;
    const arm = (session: TwinSession | undefined, after?: number): void => {
      if (stopped) return;
      const due = session && refreshDueAt(session);
      if (due === undefined) return;
      const wait = Math.max(after ?? 0, due - clock.now());
      timer = clock.setTimer(() => {
        void refresh().then((next) => arm(next ?? known, next ? undefined : RETRY_MS));
      }, wait);
    };
    void latest().then((s) => arm(s));
    return () => {
      stopped = true;
      if (timer !== undefined) clock.clearTimer(timer);
    };
  };

  return {
    getToken,
    onUnauthorized,
    currentToken: () => known?.token,
    refresh,
    keepFresh,
    reload: () => (known = undefined),
  };
}
