// The TWIN session lives only in VS Code's SecretStorage (OS keychain on desktop), one per API base
// URL, so a token for a test server is never sent to production. A session is JSON of exactly
// {token, refreshToken?, account?, expiresAt?}; the password never reaches it. A token stored by an
// earlier version (a bare JWT under `twin.apiToken:<baseUrl>`) is read as a pasted-token session and
// moved to the new key on first read. SecretStorage is shared by all windows; its change event keeps
// every window's session, status bar and Accounts menu in step.
import * as vscode from 'vscode';
import { accountOf } from '../../../core/src/twin/iam';
import { sessionFromTokens, type SessionStore, type TwinSession } from '../../../core/src/twin/sessionTokens';

const SESSION_PREFIX = 'twin.session:';
const LEGACY_PREFIX = 'twin.apiToken:';

/** Stores, reads and removes the session per base URL, and tells listeners when it changes. */
export class TokenStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  private readonly subscription: vscode.Disposable;

  /** Fires with the base URL whose session changed, here or in another window. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((e) => {
      for (const prefix of [SESSION_PREFIX, LEGACY_PREFIX])
        if (e.key.startsWith(prefix)) this.changed.fire(e.key.slice(prefix.length));
    });
  }

  /** The session for this base URL, if one is stored (an old bare token is migrated here). */
  async getSession(baseUrl: string): Promise<TwinSession | undefined> {
    const stored = sessionOf(await this.secrets.get(sessionKey(baseUrl)));
    if (stored) return stored;
    const legacy = await this.secrets.get(legacyKey(baseUrl));
    if (legacy === undefined || legacy.trim() === '') return undefined;
    const migrated = sessionFromTokens({ token: legacy.trim() });
    await this.saveSession(baseUrl, migrated);
    return migrated;
  }

  /** Stores the session for this base URL (only its four known fields). */
  async saveSession(baseUrl: string, session: TwinSession): Promise<void> {
    await this.secrets.store(sessionKey(baseUrl), JSON.stringify(pick(session)));
    await this.secrets.delete(legacyKey(baseUrl));
  }

  /** The session store core's refresh logic reads and writes, for one base URL. */
  storeFor(baseUrl: string): SessionStore {
    return { load: () => this.getSession(baseUrl), save: (s) => this.saveSession(baseUrl, s) };
  }

  /** The token for this base URL, if one is stored. */
  async get(baseUrl: string): Promise<string | undefined> {
    return (await this.getSession(baseUrl))?.token;
  }

  /** Stores a pasted token for this base URL: a session that cannot refresh. */
  async set(baseUrl: string, token: string, account?: TwinSession['account']): Promise<void> {
    await this.saveSession(baseUrl, sessionFromTokens({ token }, account));
  }

  /** Removes the session (and any old bare token) for this base URL. */
  async clear(baseUrl: string): Promise<void> {
    await this.secrets.delete(sessionKey(baseUrl));
    await this.secrets.delete(legacyKey(baseUrl));
  }

  /** The names of the keys that hold something for this base URL (for tests; never the values). */
  async keysHeld(baseUrl: string): Promise<string[]> {
    const keys = [sessionKey(baseUrl), legacyKey(baseUrl)];
    const held = await Promise.all(keys.map(async (k) => ((await this.secrets.get(k)) ? k : undefined)));
    return held.filter((k): k is string => k !== undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Only the known fields, so nothing else (never a password) can ride along into the store. */
function pick(session: TwinSession): TwinSession {
  const out: TwinSession = { token: session.token };
  if (session.refreshToken) out.refreshToken = session.refreshToken;
  if (session.account) out.account = session.account;
  if (session.expiresAt !== undefined) out.expiresAt = session.expiresAt;
  return out;
}

/** A stored session, or undefined when absent or not one (a damaged entry is treated as none). */
export function sessionOf(raw: string | undefined): TwinSession | undefined {
  if (raw === undefined || raw === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.token !== 'string' || v.token === '') return undefined;
  const session: TwinSession = { token: v.token };
  if (typeof v.refreshToken === 'string' && v.refreshToken !== '') session.refreshToken = v.refreshToken;
  const account = accountOf(v.account);
  if (account) {
    const a = v.account as Record<string, unknown>;
    if (typeof a.name === 'string' && a.name !== '') account.name = a.name.slice(0, 200);
    session.account = account;
  }
  if (typeof v.expiresAt === 'number' && Number.isFinite(v.expiresAt)) session.expiresAt = v.expiresAt;
  return session;
}

/** The keys: the base URL without a trailing slash, so `…/v1` and `…/v1/` share a session. */
function sessionKey(baseUrl: string): string {
  return SESSION_PREFIX + baseUrl.replace(/\/+$/, '');
}

function legacyKey(baseUrl: string): string {
  return LEGACY_PREFIX + baseUrl.replace(/\/+$/, '');
}
