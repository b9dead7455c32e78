// The emulator's switches: what the real API leaves unknown (listing, duplicates) and the faults tests
// need (latency, rate limit, errors, resets, timeouts). Settable at start and over the admin endpoint.

/** A fault the emulator can inject into one API request. */
export type FaultKind =
  | '500'
  | '502'
  | '503'
  /** connection destroyed before anything is stored */
  | 'reset-before'
  /** the item is stored, then the connection is destroyed */
  | 'reset-after'
  /** the item is stored, then no answer ever comes */
  | 'timeout'
  /** the item is stored, the answer starts, the rest comes after slowBodyMs */
  | 'slow-body'
  /** the item is stored, the answer is 200 with a body that is not JSON */
  | 'malformed-json';

export const FAULT_KINDS: readonly FaultKind[] = [
  '500',
  '502',
  '503',
  'reset-before',
  'reset-after',
  'timeout',
  'slow-body',
  'malformed-json',
];

/**
 * How list answers misbehave, for the hostile-server tests: `huge` streams `hugeListBytes` of valid
 * JSON; `endless` invents a new full page at every offset; `repeating` ignores `offset` and claims more;
 * `unreadable` puts names under `title`; `html` answers 200 with a captive portal's HTML page.
 */
export type ListAnswer = 'normal' | 'huge' | 'endless' | 'repeating' | 'unreadable' | 'html';

export const LIST_ANSWERS: readonly ListAnswer[] = [
  'normal',
  'huge',
  'endless',
  'repeating',
  'unreadable',
  'html',
];

/** Which API requests answer 403 (as a token without the rights, or one TWIN revoked, would get). */
export type Forbid = 'none' | 'lists' | 'creates' | 'all';

/** Everything that can be switched. */
export interface EmulatorSwitches {
  /** Lists answer (true) or 404/405 (false). */
  listing: boolean;
  /** Status of a list when listing is off. */
  listingOffStatus: 404 | 405;
  /** A second item with the same name: accepted with a new id, or 409. */
  duplicates: 'accept' | 'reject';
  /** Delay before each API answer, ms. */
  latencyMs: number;
  /** API requests allowed per second (0: no limit); above it 429. */
  rateLimitPerSecond: number;
  /** How 429 says when to come back. */
  retryAfter: 'seconds' | 'date' | 'none';
  /** The next N API requests get 429 whatever the rate: a rate limit a slow client surely meets. */
  rateLimitNext: number;
  /** Creates wait (stored nothing yet) while this is true: a push held mid-way, for tests. */
  holdCreates: boolean;
  /** Share of API requests that get a fault, 0..1. */
  faultRate: number;
  /** Faults drawn from when faultRate hits. */
  faults: FaultKind[];
  /** Which requests faults apply to. */
  faultMethods: 'POST' | 'GET' | 'all';
  /** Faults for the next requests, in order, before faultRate is consulted. */
  faultQueue: FaultKind[];
  /** Seed of the fault dice, for repeatable runs. */
  seed: number;
  /** How long a slow body pauses mid-answer, ms. */
  slowBodyMs: number;
  /** After this many authenticated API requests, every token issued so far is expired (0: never). */
  expireAfter: number;
  /** Longest lifetime of a token IAM issues, seconds (0: as asked, a week by default). */
  tokenTtlSeconds: number;
  /** How the API answers an expired token: 401 `Token is expired.`, or 403 as some TWIN methods do. */
  expiredStatus: 401 | 403;
  /** IAM answers (true) or 503 (false). */
  iamAvailable: boolean;
  /** How list answers misbehave (see ListAnswer). */
  listAnswer: ListAnswer;
  /** Size of a `huge` list answer, bytes. */
  hugeListBytes: number;
  /** Which requests answer 403. */
  forbid: Forbid;
}

/** The defaults: a well-behaved server that lists and accepts duplicates. */
export function defaultSwitches(): EmulatorSwitches {
  return {
    listing: true,
    listingOffStatus: 404,
    duplicates: 'accept',
    latencyMs: 0,
    rateLimitPerSecond: 0,
    retryAfter: 'seconds',
    rateLimitNext: 0,
    holdCreates: false,
    faultRate: 0,
    faults: [...FAULT_KINDS],
    faultMethods: 'all',
    faultQueue: [],
    seed: 1,
    slowBodyMs: 2000,
    expireAfter: 0,
    tokenTtlSeconds: 0,
    expiredStatus: 401,
    iamAvailable: true,
    listAnswer: 'normal',
    hugeListBytes: 50 * 1024 * 1024,
    forbid: 'none',
  };
}

/** Applies a partial update, checking each value; returns the problems found (nothing applied then). */
export function applySwitches(target: EmulatorSwitches, update: unknown): string[] {
  if (typeof update !== 'object' || update === null || Array.isArray(update)) return ['expected an object'];
  const u = update as Record<string, unknown>;
  const next: EmulatorSwitches = {
    ...target,
    faults: [...target.faults],
    faultQueue: [...target.faultQueue],
  };
  const problems: string[] = [];
  const num = (key: keyof EmulatorSwitches, min: number, max: number): void => {
    const v = u[key];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      problems.push(`${key}: a number from ${min} to ${max}`);
    else (next as unknown as Record<string, number>)[key] = v;
  };
  const faultList = (key: 'faults' | 'faultQueue'): void => {
    const v = u[key];
    if (v === undefined) return;
    if (!Array.isArray(v) || !v.every((f) => FAULT_KINDS.includes(f as FaultKind)))
      problems.push(`${key}: a list of ${FAULT_KINDS.join(', ')}`);
    else next[key] = v as FaultKind[];
  };
  /** A switch with a fixed set of values; the problem lists them (with `words` when they need quotes). */
  const choice = (key: keyof EmulatorSwitches, values: readonly unknown[], words?: string): void => {
    const v = u[key];
    if (v === undefined) return;
    if (!values.includes(v)) problems.push(`${key}: ${words ?? values.join(', ')}`);
    else (next as unknown as Record<string, unknown>)[key] = v;
  };
  for (const key of Object.keys(u)) if (!(key in next)) problems.push(`${key}: unknown switch`);
  choice('listing', [true, false], 'true or false');
  choice('listingOffStatus', [404, 405], '404 or 405');
  choice('duplicates', ['accept', 'reject'], 'accept or reject');
  choice('retryAfter', ['seconds', 'date', 'none'], 'seconds, date or none');
  choice('faultMethods', ['POST', 'GET', 'all'], 'POST, GET or all');
  choice('listAnswer', LIST_ANSWERS, `one of ${LIST_ANSWERS.join(', ')}`);
  choice('forbid', ['none', 'lists', 'creates', 'all'], 'none, lists, creates or all');
  num('hugeListBytes', 0, 4 * 1024 ** 3);
  num('latencyMs', 0, 600_000);
  num('rateLimitNext', 0, 1_000_000);
  if (u.holdCreates !== undefined) {
    if (typeof u.holdCreates !== 'boolean') problems.push('holdCreates: true or false');
    else next.holdCreates = u.holdCreates;
  }
  num('rateLimitPerSecond', 0, 1_000_000);
  num('faultRate', 0, 1);
  num('seed', 0, 2 ** 32);
  num('slowBodyMs', 0, 600_000);
  num('expireAfter', 0, 1_000_000_000);
  num('tokenTtlSeconds', 0, 10 * 365 * 24 * 3600);
  if (u.expiredStatus !== undefined) {
    if (u.expiredStatus !== 401 && u.expiredStatus !== 403) problems.push('expiredStatus: 401 or 403');
    else next.expiredStatus = u.expiredStatus;
  }
  if (u.iamAvailable !== undefined) {
    if (typeof u.iamAvailable !== 'boolean') problems.push('iamAvailable: true or false');
    else next.iamAvailable = u.iamAvailable;
  }
  faultList('faults');
  faultList('faultQueue');
  if (problems.length === 0) Object.assign(target, next);
  return problems;
}
