// The TWIN API emulator as a function: tests, the VS Code suite, the demo and `twin emulator` start it
// in-process. node:http on 127.0.0.1; the API under /api/v1 (twin-api.md), the admin under /__admin.
import http, { type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin';
import { handleApi } from './api';
import { createIamState, handleIam, type EmulatorUser, type SignFor } from './iam';
import { DEFAULT_COMPANY, DEFAULT_LOG_LIMIT, type EmulatorContext, type RequestLogEntry } from './context';
import { signJwt } from './jwt';
import { createStore, type Resource, type StoredItem } from './store';
import { applySwitches, defaultSwitches, type EmulatorSwitches, type FaultKind } from './switches';

export type { EmulatorSwitches, EmulatorUser, FaultKind, RequestLogEntry, Resource, StoredItem };
export { DEMO_USER, OTHER_COMPANY_USER } from './iam';
export type { Forbid, ListAnswer } from './switches';
export { LIST_ANSWERS } from './switches';
export { FAULT_KINDS } from './switches';

export { DEFAULT_COMPANY } from './context';

/** How to start an emulator. */
export interface EmulatorOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Keep items (and the signing secret) in this JSON file across restarts. */
  dataFile?: string;
  /** Switches at start (the rest default). */
  switches?: Partial<EmulatorSwitches>;
  /** Requests the log keeps, the latest ones (default 100 000); older ones are dropped. */
  logLimit?: number;
  /** Users IAM knows (default: the `users` of the data file, else DEMO_USER and OTHER_COMPANY_USER). */
  users?: EmulatorUser[];
}

/** Options of a token the emulator issues. */
export interface IssueTokenOptions {
  /** Lifetime in seconds (default one week, like TWIN); negative gives an already expired token. */
  expiresInSeconds?: number;
  companyId?: string;
}

/** What tests read and change while the emulator runs. */
export interface EmulatorState {
  /** The live switches (read); change them with set(). */
  readonly switches: Readonly<EmulatorSwitches>;
  /** Changes switches; throws with the problems when a value is wrong. */
  set(update: Partial<EmulatorSwitches>): void;
  /** Items of one resource, oldest first. */
  items(resource: Resource, companyId?: string): StoredItem[];
  /**
   * Deletes an item as an administrator can in the TWIN cabinet (the API itself documents no delete);
   * false when there is no such item.
   */
  remove(resource: Resource, id: string, companyId?: string): boolean;
  /** How many stored items carry exactly this name. */
  timesStored(resource: Resource, name: string, companyId?: string): number;
  /** The API requests so far, oldest first; only the latest `logLimit` (default 100 000) are kept. */
  readonly log: readonly RequestLogEntry[];
  /** Empties the request log. */
  clearLog(): void;
  /** Resolves once the data file (if any) has every change. */
  flushed(): Promise<void>;
  /** IAM requests so far, method and path only. */
  readonly iamLog: ReadonlyArray<{ at: number; method: string; path: string }>;
  /** Revokes every refresh token issued so far (as signing out everywhere in the cabinet would). */
  revokeRefreshTokens(): void;
}

/** A running emulator. */
export interface RunningEmulator {
  /** http://127.0.0.1:PORT/api/v1 */
  baseUrl: string;
  /** http://127.0.0.1:PORT/__admin */
  adminUrl: string;
  /** http://127.0.0.1:PORT/iam/api/v1: the emulated IAM (login, refresh, users/me). */
  iamUrl: string;
  port: number;
  issueToken(opts?: IssueTokenOptions): string;
  state: EmulatorState;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

/** Starts an emulator; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const store = createStore(options.dataFile);
  const switches = defaultSwitches();
  if (options.switches) {
    const problems = applySwitches(switches, options.switches);
    if (problems.length > 0) throw new Error(`Invalid emulator switches: ${problems.join('; ')}`);
  }
  const timers = new Set<NodeJS.Timeout>();
  const wakers = new Set<() => void>();
  const sockets = new Set<Socket>();
  let dice = switches.seed >>> 0 || 1;
  let diceSeed = switches.seed;

  const ctx: EmulatorContext = {
    switches,
    store,
    log: [],
    logLimit: Math.max(1, options.logLimit ?? DEFAULT_LOG_LIMIT),
    rate: { window: 0, count: 0 },
    tokens: { serial: 0, expiredUpTo: 0, authenticated: 0 },
    iam: createIamState(options.users ?? store.users),
    iamLog: [],
    nextFault(method) {
      const applies = switches.faultMethods === 'all' || switches.faultMethods === method;
      if (!applies) return undefined;
      const queued = switches.faultQueue.shift();
      if (queued) return queued;
      if (switches.faultRate <= 0 || switches.faults.length === 0) return undefined;
      if (diceSeed !== switches.seed) {
        diceSeed = switches.seed;
        dice = switches.seed >>> 0 || 1;
      }
      // xorshift32: repeatable for a given seed, so a failing fault run can be replayed.
      const roll = (): number => {
        dice ^= dice << 13;
        dice >>>= 0;
        dice ^= dice >>> 17;
        dice ^= dice << 5;
        dice >>>= 0;
        return dice / 2 ** 32;
      };
      if (roll() >= switches.faultRate) return undefined;
      return switches.faults[Math.floor(roll() * switches.faults.length)];
    },
    delay(ms) {
      return new Promise((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          timers.delete(timer);
          wakers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        timers.add(timer);
        wakers.add(wake);
      });
    },
    hang(res: ServerResponse) {
      res.socket?.setTimeout(0);
    },
  };

  const sign: SignFor = ({ sub, companyId, expiresInSeconds }) => {
    const now = Math.floor(Date.now() / 1000);
    ctx.tokens.serial++;
    return signJwt(
      { sub, companyId, iat: now, exp: now + expiresInSeconds, jti: ctx.tokens.serial },
      store.secret,
    );
  };
  const issueToken = (opts: IssueTokenOptions = {}): string =>
    sign({
      sub: 'emulator-admin',
      companyId: opts.companyId ?? DEFAULT_COMPANY,
      expiresInSeconds: opts.expiresInSeconds ?? 7 * 24 * 3600,
    });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const done = (p: Promise<void>): void => {
      p.catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'Emulator error', details: String(e) }));
      });
    };
    if (path.startsWith('/__admin/'))
      return done(handleAdmin(ctx, issueToken, req, res, path.slice('/__admin/'.length)));
    if (path.startsWith('/iam/api/v1/'))
      return done(handleIam(ctx, sign, req, res, path.slice('/iam/api/v1'.length)));
    if (path === '/api/v1' || path.startsWith('/api/v1/'))
      return done(handleApi(ctx, req, res, path.slice('/api/v1'.length), url.searchParams));
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: 'Not Found', details: null }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  const state: EmulatorState = {
    switches,
    set(update) {
      const problems = applySwitches(switches, update);
      if (problems.length > 0) throw new Error(`Invalid emulator switches: ${problems.join('; ')}`);
    },
    items: (resource, companyId = DEFAULT_COMPANY) => store.items(resource, companyId),
    remove: (resource, id, companyId = DEFAULT_COMPANY) => store.remove(resource, companyId, id),
    timesStored: (resource, name, companyId = DEFAULT_COMPANY) =>
      store.items(resource, companyId).filter((i) => i.name === name).length,
    get log() {
      return ctx.log;
    },
    clearLog() {
      ctx.log.length = 0;
    },
    flushed: () => store.flushed(),
    get iamLog() {
      return ctx.iamLog;
    },
    revokeRefreshTokens: () => ctx.iam.grants.clear(),
  };

  return {
    baseUrl: `${origin}/api/v1`,
    adminUrl: `${origin}/__admin`,
    iamUrl: `${origin}/iam/api/v1`,
    port,
    issueToken,
    state,
    async close() {
      for (const wake of [...wakers]) wake();
      for (const t of timers) clearTimeout(t);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
      await store.flushed();
    },
  };
}
