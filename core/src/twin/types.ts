// The shapes the sync engine hands to its callers (CLI, VS Code client). Kept apart from the code so
// that a caller can read the whole contract in one place.
import type { SectionKey } from '../manifest/model';

/** Where the token comes from, and what to do when the server refuses it. */
export interface TokenProvider {
  /** The token to send now. Called before the first request and after every refresh. */
  getToken(): Promise<string>;
  /**
   * Called ONCE per wave of 401 answers (and of 403s: TWIN advises a new token on a 403 from any method) (many requests failing together share one call). `expired` is
   * true when the server said `Token is expired.`. Return a new token to resume every waiting request
   * with it, or undefined to stop: the waiting requests then fail with kind 'unauthorized'/'token-expired'.
   * When absent, a 401 fails the request at once.
   */
  onUnauthorized?(expired: boolean, status: 401 | 403): Promise<string | undefined>;
  /**
   * The newest token the source holds right now, without waiting: a token refreshed ahead of expiry
   * (by a timer, or by another window) is picked up by the next request.
   */
  currentToken?(): string | undefined;
}

/** Retry timing; the defaults suit the real API, tests pass small values. */
export interface RetryOptions {
  /** Total attempts per request, the first one included (default 5). */
  maxAttempts?: number;
  /** First backoff delay in ms (default 500); doubled each attempt, with full jitter. */
  baseDelayMs?: number;
  /** Ceiling of one backoff delay in ms (default 30 000). */
  maxDelayMs?: number;
  /** Ceiling of a Retry-After wait in ms (default 120 000); a longer one is honoured up to this. */
  maxRetryAfterMs?: number;
  /** 429 answers one request may meet before giving up (default 20); a 429 pauses the whole client. */
  maxRateLimitRetries?: number;
}

/** How to reach the API. */
export interface TwinClientOptions {
  /** Base URL, e.g. https://chat-api.twin24.ai/api/v1; resource paths are appended to it. */
  baseUrl: string;
  tokens: TokenProvider;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Time limit of one request, headers and body, in ms (default 30 000). */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Who the token belongs to, for messages (a 403 that a fresh token does not cure names it). */
  accountLabel?: string;
  /** Items asked per list page (default 100). */
  pageSize?: number;
  /** Largest response body read, in bytes (default MAX_BODY_BYTES); tests pass small values. */
  maxBodyBytes?: number;
  /** Most items one section's list may hold before it counts as endless (default MAX_LIST_ITEMS). */
  maxListItems?: number;
  /** Source of randomness for jitter, in [0, 1) (default Math.random); tests make it deterministic. */
  random?: () => number;
}

/** One attribute or tag as the platform has it. */
export interface RemoteItem {
  id: string;
  name: string;
}

/** Everything the platform lists, per section. */
export interface RemoteState {
  sections: Record<SectionKey, RemoteItem[]>;
}

/** How the outcome of one create is known. */
export type CreateOutcome =
  /** The server answered 2xx with an id, or (recovered) a look after an unknown outcome found it. */
  | { kind: 'created'; id: string; recovered?: true }
  /** The request may or may not have been stored (timeout/reset after sending, 5xx, 2xx without a readable id). */
  | { kind: 'unknown'; error: TwinApiErrorInfo }
  /** Every attempt had an unknown outcome and each time a look proved nothing was stored. */
  | { kind: 'absent'; error: TwinApiErrorInfo };

/** How a create finds out what a send with an unknown outcome did, so that it may send again. */
export interface UnknownOutcomeCheck {
  /** The item as the platform lists it now, undefined when it is not there, 'cannot-tell' when no list says. */
  find(): Promise<RemoteItem | undefined | 'cannot-tell'>;
  /** Told before the create is sent again (a look proved the item absent). */
  resending?(): void;
}

/** Kinds of failure a caller tells apart. */
export type TwinErrorKind =
  /** 401 with `Token is expired.` */
  | 'token-expired'
  /** 401 otherwise, or no token */
  | 'unauthorized'
  | 'forbidden'
  /** 404/405: this server cannot do that (e.g. list) */
  | 'not-supported'
  /** 409: duplicate */
  | 'conflict'
  /** 400/422: the server rejected the input */
  | 'rejected'
  /** 429 after every attempt */
  | 'rate-limited'
  /** 5xx after every attempt */
  | 'server'
  /** connection refused/reset, DNS */
  | 'network'
  | 'timeout'
  /** a 2xx whose body is not the JSON expected */
  | 'malformed-response'
  /** an answer larger than the body limit (host, limit in bytes): cut off unread */
  | 'too-large'
  /** a list whose envelope or items the client cannot read (section; details: the fields seen) */
  | 'unreadable-list'
  /** a list page that brings nothing new: the server ignores paging (section) */
  | 'list-repeats'
  /** a list that goes on past MAX_LIST_ITEMS or MAX_LIST_PAGES (section, limit in items) */
  | 'list-endless'
  /** a list whose pages ended before its own `count` (section; details: count and items read) */
  | 'list-incomplete'
  /** the token would go over plain http to a non-loopback host */
  | 'insecure-url'
  /** a redirect to another origin (the token is not sent there) */
  | 'cross-origin-redirect'
  | 'bad-url'
  | 'cancelled'
  /** another push of the same lock file is running (details: its process) */
  | 'busy'
  /** a name with invisible characters: never sent (details: the characters' code points) */
  | 'invalid-name'
  /** 403 again after a fresh token: the account lacks the rights (details: section, account) */
  | 'missing-rights'
  /** IAM refused the email and password (401 on login) */
  | 'sign-in-refused'
  /** IAM refused the refresh token (revoked, rotated away, expired) */
  | 'refresh-refused'
  /** any other status */
  | 'http';

/** A failure as plain data (safe to log: never holds the token). */
export interface TwinApiErrorInfo {
  kind: TwinErrorKind;
  /** HTTP status when there was an answer. */
  status?: number;
  /** The body's `error` (or its text when not JSON), as the server said it. */
  serverError?: string;
  /** The body's `details`. */
  details?: unknown;
  /** The host that answered (too-large, timeout, malformed-response). */
  host?: string;
  /** The bound that was passed: bytes (too-large), ms (timeout) or items (list-endless). */
  limit?: number;
  /** The section whose call failed (lists, and 403 on creates). */
  section?: SectionKey;
  /** Who the token belongs to, as shown to the user (missing-rights). */
  account?: string;
}

/** One row of a plan. */
export interface PlanEntry {
  /** As written in the file (create/existing) or as on the platform (remoteOnly). */
  name: string;
  /** Known id: from the platform's list or the lock file. */
  id?: string;
  /** Where the id came from. */
  source?: 'remote' | 'lock';
}

/** What a push would do in one section. */
export interface SectionPlan {
  /** In the file, not on the platform: will be created. */
  create: PlanEntry[];
  /** On both; has its id. */
  existing: PlanEntry[];
  /** On the platform, not in the file: reported, never touched. */
  remoteOnly: PlanEntry[];
  /**
   * An earlier push sent these but could not learn whether they were stored, and the platform cannot
   * list to check. Not created again (that could duplicate them); the user decides.
   */
  uncertain: PlanEntry[];
}

/** What a push would do, per section. */
export interface SyncPlan {
  sections: Record<SectionKey, SectionPlan>;
  /** False when the platform cannot list and the plan rests on the lock file alone. */
  listed: boolean;
}

/** One item whose creation failed for a known reason. */
export interface FailedItem {
  name: string;
  error: TwinApiErrorInfo;
}

/** What happened in one section. */
export interface SectionResult {
  /** Created by this run (recovered: found by re-listing after an unknown outcome). */
  created: Array<{ name: string; id: string; recovered?: boolean }>;
  /** Already there: found by a list after a 409/400/422, so not created by this run. */
  found: Array<{ name: string; id: string }>;
  failed: FailedItem[];
  /** Sent, outcome unknown, and no list to check: may or may not exist. Recorded as such in the lock. */
  uncertain: FailedItem[];
  /** Never sent (cancelled, aborted, or stopped by an earlier failure). */
  notStarted: string[];
}

/** The truthful account of a push. */
export interface ApplyResult {
  sections: Record<SectionKey, SectionResult>;
  /** The signal was aborted before every item was done. */
  cancelled: boolean;
  /**
   * Why the whole push stopped early, if it did: the token refused, an unsafe URL, another push of the
   * same lock file running (kind 'busy'), or the lock file unwritable ('lock-write').
   */
  stoppedBy?: TwinApiErrorInfo | { kind: 'lock-write'; message: string };
  /** Every item the plan wanted to create now exists with a known id. */
  complete: boolean;
}

/** One step of progress. */
export interface ApplyProgress {
  /** Items finished (any outcome) and the total to create. */
  done: number;
  total: number;
  section: SectionKey;
  name: string;
  outcome: 'created' | 'found' | 'failed' | 'uncertain' | 'retrying';
}

/** Options of applyPlan. */
export interface ApplyOptions {
  client: TwinClientLike;
  /** Where the lock file lives (lockPathFor(manifestPath)). */
  lockPath: string;
  /** Lock file key; default lockKeyFor(client.baseUrl, the token's company claim). */
  lockKey?: string;
  /** Aborting it: no new request starts; in-flight ones finish and are recorded. */
  signal?: AbortSignal;
  onProgress?: (p: ApplyProgress) => void;
}

/** What the sync engine needs of an API client (createTwinClient makes one). */
export interface TwinClientLike {
  readonly baseUrl: string;
  /**
   * Creates one item, retrying what is safe: a 429, a refreshed 401, a send that never reached the
   * server, and (with `check`) a send with an unknown outcome once a look proved nothing was stored.
   * Without `check` an unknown outcome is returned as such: nothing is ever re-sent blindly.
   */
  create(
    section: SectionKey,
    name: string,
    signal?: AbortSignal,
    check?: UnknownOutcomeCheck,
  ): Promise<CreateOutcome>;
  /** Reads every page of a section, or 'cannot-list' on 404/405. Retries 429/5xx/resets/timeouts. */
  list(section: SectionKey, signal?: AbortSignal): Promise<RemoteItem[] | 'cannot-list'>;
  /** The token now in use (after refreshes). */
  currentToken(): Promise<string>;
}

/** Names → ids (null: sent, outcome unknown) per section, for one target. */
export type LockSections = Partial<Record<SectionKey, Record<string, string | null>>>;

/** The whole lock file: target key (lockKeyFor) → sections. */
export type LockFile = Record<string, LockSections>;

/** Claims read from a JWT (no signature check: for display and lock keys only). */
export interface JwtClaims {
  /** Expiry, seconds since the epoch, when present. */
  exp?: number;
  iat?: number;
  /** The company the token belongs to, from `companyId`/`company_id`/`company`/`cid`, when present. */
  companyId?: string;
  /** Every claim as decoded. */
  raw: Record<string, unknown>;
}
