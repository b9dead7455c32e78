// The TWIN API client: creates and paged lists over `exchange`, with bounded concurrency, per-request
// time limits, 429 waits (Retry-After), backoff for 5xx/resets/timeouts, and one token refresh per wave
// of 401s. A create is only ever re-sent when it certainly was not stored (not sent, 429, 401); any other
// unknown outcome goes back to the caller, who re-lists before deciding (see apply.ts).
import type { SectionKey } from '../manifest/model';
import { TwinApiError } from './errors';
import { errorFromAnswer, exchange, malformedAnswer, type Exchange } from './http';
import { readId } from './listPage';
import { readAllPages } from './paging';
import { createLimiter } from './limiter';
import { createPacing } from './pacing';
import { backoffDelay, parseRetryAfter, sleep } from './retry';
import { createTokenGate, type TokenTicket } from './tokenGate';
import { checkTokenTarget } from './urlSafety';
import { API_BASE_URL, PUSH_CONCURRENCY } from '../settings';
import type {
  CreateOutcome,
  RemoteItem,
  TwinApiErrorInfo,
  TwinClientLike,
  TwinClientOptions,
  UnknownOutcomeCheck,
} from './types';

/** The production Chat API base URL. */
export const DEFAULT_API_URL = API_BASE_URL.default;

/** An API client: creates and lists with bounded concurrency, timeouts, retries and coalesced 401 handling. */
export type TwinClient = TwinClientLike;

/** Path of each section's collection, and the body field that carries the name. */
export const SECTION_ENDPOINTS: Readonly<Record<SectionKey, { path: string; field: 'name' | 'tag' }>> = {
  attributes: { path: '/clients/attributes', field: 'name' },
  clientTags: { path: '/clients/tags', field: 'tag' },
  sessionTags: { path: '/sessions/tags', field: 'tag' },
};

type Answer = Extract<Exchange, { kind: 'answer' }>;

/** Makes a client for one base URL and token source. */
export function createTwinClient(options: TwinClientOptions): TwinClient {
  const baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
  checkTokenTarget(baseUrl);
  const limiter = createLimiter(options.concurrency ?? PUSH_CONCURRENCY.default);
  const gate = createTokenGate(options.tokens);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = Math.max(1, options.retry?.maxAttempts ?? 5);
  const baseDelayMs = options.retry?.baseDelayMs ?? 500;
  const maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  const maxRetryAfterMs = options.retry?.maxRetryAfterMs ?? 120_000;
  const pageSize = options.pageSize ?? 100;
  const maxBodyBytes = options.maxBodyBytes;
  const maxListItems = options.maxListItems;
  const random = options.random ?? Math.random;

  const maxRateLimitRetries = Math.max(0, options.retry?.maxRateLimitRetries ?? 20);
  const cancelled = (): TwinApiError => new TwinApiError({ kind: 'cancelled' });
  /**
   * No request starts before this time (ms since the epoch). A 429 pauses the whole client, not just the
   * request that got it: the limit is the server's, and every request would meet it.
   */
  let notBefore = 0;
  const pacing = createPacing();

  /** One exchange inside a concurrency slot, after any pause a 429 asked for and its turn in the pacing; none once the signal aborted. */
  const send = async (method: 'GET' | 'POST', url: string, body: unknown, signal?: AbortSignal) => {
    const release = await limiter.acquire();
    try {
      for (let wait = pacing.wait(notBefore); wait > 0; wait = pacing.wait(notBefore))
        if (!(await sleep(wait, signal))) throw cancelled();
      pacing.started();
      if (signal?.aborted) throw cancelled();
      const ticket = await gate.current();
      // A read may be cut short on cancel; a create in flight always runs to its answer.
      const cancel = method === 'GET' ? signal : undefined;
      const result = await exchange({
        method,
        url,
        token: ticket.token,
        body,
        timeoutMs,
        ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
        ...(cancel ? { cancel } : {}),
      });
      if (result.kind === 'answer' && result.status !== 429) pacing.accepted();
      return { result, ticket };
    } finally {
      release();
    }
  };

  /** Retries left for one request: 429s have their own budget; 5xx, resets and timeouts share maxAttempts. */
  const newBudget = () => ({ failures: 0, rateLimited: 0, forbidden: 0 });
  type Budget = ReturnType<typeof newBudget>;

  /** After a 429: pauses the client for Retry-After (or a backoff), or throws when the budget is spent. */
  const afterRateLimit = (answer: Answer, budget: Budget, error: TwinApiError): void => {
    budget.rateLimited++;
    if (budget.rateLimited > maxRateLimitRetries) throw error;
    const retryAfter = parseRetryAfter(answer.headers.get('retry-after'));
    const ms =
      retryAfter !== undefined
        ? Math.min(retryAfter, maxRetryAfterMs)
        : backoffDelay(budget.rateLimited, baseDelayMs, maxDelayMs, random);
    const now = Date.now();
    // The first 429 after a pause ended: the server's limit was met again, learn from this wave.
    if (notBefore <= now) pacing.limitMet(ms);
    notBefore = Math.max(notBefore, now + ms);
  };

  /** After a 5xx, reset or timeout: waits a backoff, or throws when the attempts are spent. */
  const afterFailure = async (budget: Budget, error: TwinApiError, signal?: AbortSignal): Promise<void> => {
    budget.failures++;
    if (budget.failures >= maxAttempts) throw error;
    if (!(await sleep(backoffDelay(budget.failures, baseDelayMs, maxDelayMs, random), signal)))
      throw cancelled();
  };

  /** Handles a 401: resolves when a new token is in place, throws when there is none. */
  const onUnauthorized = async (answer: Answer, ticket: TokenTicket): Promise<void> => {
    await gate.refresh(ticket, errorFromAnswer(answer.status, answer.body, answer.text));
  };

  /**
   * Handles a 403. TWIN answers some expired tokens with 403 and advises a new token on a 403 from any
   * method (twin-api.md §3.5): the first 403 of a request gets a fresh token and one retry; a 403 that
   * survives it is missing rights. Refused before storing: safe to send again.
   */
  const onForbidden = async (answer: Answer, ticket: TokenTicket, retried: boolean): Promise<void> => {
    const error = errorFromAnswer(answer.status, answer.body, answer.text);
    if (!gate.canRefresh) throw error;
    if (retried)
      throw new TwinApiError({
        ...error.info,
        kind: 'missing-rights',
        ...(options.accountLabel !== undefined ? { account: options.accountLabel } : {}),
      });
    await gate.refresh(ticket, error);
  };

  const isRetryableRead = (e: TwinApiError) =>
    e.kind === 'network' || e.kind === 'timeout' || e.kind === 'server' || e.kind === 'malformed-response';

  /** A GET with every kind of retry: reading twice never harms. */
  const getJson = async (url: string, signal?: AbortSignal): Promise<unknown> => {
    const budget = newBudget();
    for (;;) {
      const { result, ticket } = await send('GET', url, undefined, signal);
      if (result.kind !== 'answer') {
        if (!isRetryableRead(result.error)) throw result.error;
        await afterFailure(budget, result.error, signal);
      } else if (result.status >= 200 && result.status < 300) {
        if (result.json) return result.body;
        const contentType = result.headers.get('content-type') ?? '';
        await afterFailure(budget, malformedAnswer(result.status, url, contentType, result.text), signal);
      } else if (result.status === 401) {
        await onUnauthorized(result, ticket); // a refreshed token is a new start, not a failed attempt
      } else if (result.status === 403) {
        await onForbidden(result, ticket, budget.forbidden++ > 0);
      } else {
        const error = errorFromAnswer(result.status, result.body, result.text);
        if (error.kind === 'rate-limited') afterRateLimit(result, budget, error);
        else if (isRetryableRead(error)) await afterFailure(budget, error, signal);
        else throw error;
      }
    }
  };

  /**
   * After a create with an unknown outcome: looks, after a backoff that gives a server still finishing
   * the request time to store it (not cut short on cancel: settling what was sent is part of finishing
   * it). 'resend' only when the look proved the item absent and attempts are left.
   */
  const afterUnknown = async (
    budget: Budget,
    error: TwinApiErrorInfo,
    check: UnknownOutcomeCheck,
  ): Promise<CreateOutcome | 'resend'> => {
    budget.failures++;
    await sleep(backoffDelay(budget.failures, baseDelayMs, maxDelayMs, random));
    const found = await check.find();
    if (found === 'cannot-tell') return { kind: 'unknown', error };
    if (found) return { kind: 'created', id: found.id, recovered: true };
    if (budget.failures >= maxAttempts) return { kind: 'absent', error };
    check.resending?.();
    return 'resend';
  };

  const create = async (
    section: SectionKey,
    name: string,
    signal?: AbortSignal,
    check?: UnknownOutcomeCheck,
  ): Promise<CreateOutcome> => {
    try {
      return await createSettled(section, name, signal, check);
    } catch (e) {
      throw e instanceof TwinApiError ? e.inSection(section) : e;
    }
  };

  /** Sends until the outcome is known, or as known as it can be. */
  const createSettled = async (
    section: SectionKey,
    name: string,
    signal?: AbortSignal,
    check?: UnknownOutcomeCheck,
  ): Promise<CreateOutcome> => {
    const budget = newBudget();
    for (;;) {
      const outcome = await createOnce(section, name, budget, signal);
      if (outcome === 'again') continue;
      if (outcome.kind !== 'unknown' || !check) return outcome;
      const settled = await afterUnknown(budget, outcome.error, check);
      if (settled !== 'resend') return settled;
    }
  };

  /** One POST and the waits it calls for: its outcome, or 'again' when sending again is safe. */
  const createOnce = async (
    section: SectionKey,
    name: string,
    budget: Budget,
    signal?: AbortSignal,
  ): Promise<CreateOutcome | 'again'> => {
    const { path, field } = SECTION_ENDPOINTS[section];
    const { result, ticket } = await send('POST', baseUrl + path, { [field]: name }, signal);
    if (result.kind === 'lost') return { kind: 'unknown', error: result.error.info };
    if (result.kind === 'not-sent') {
      if (result.error.kind !== 'network') throw result.error;
      await afterFailure(budget, result.error, signal); // never reached the server: safe to send again
    } else if (result.status >= 200 && result.status < 300) {
      const id = idOf(result.body);
      if (id !== undefined) return { kind: 'created', id };
      // Stored, but we cannot tell its id: the caller finds it by listing.
      return { kind: 'unknown', error: { kind: 'malformed-response', status: result.status } };
    } else if (result.status === 401) {
      await onUnauthorized(result, ticket); // refused before storing: safe to send again
    } else if (result.status === 403) {
      await onForbidden(result, ticket, budget.forbidden++ > 0);
    } else {
      const error = errorFromAnswer(result.status, result.body, result.text);
      if (error.kind === 'server') return { kind: 'unknown', error: error.info };
      if (error.kind !== 'rate-limited') throw error;
      afterRateLimit(result, budget, error); // a 429 stored nothing: safe to send again
    }
    return 'again';
  };

  const list = async (section: SectionKey, signal?: AbortSignal): Promise<RemoteItem[] | 'cannot-list'> => {
    const { path } = SECTION_ENDPOINTS[section];
    try {
      return await readAllPages(
        (offset) => getJson(`${baseUrl}${path}?limit=${pageSize}&offset=${offset}`, signal),
        { section, pageSize, ...(maxListItems !== undefined ? { maxItems: maxListItems } : {}) },
      );
    } catch (e) {
      if (e instanceof TwinApiError && e.kind === 'not-supported') return 'cannot-list';
      throw e instanceof TwinApiError ? e.inSection(section) : e;
    }
  };

  return {
    baseUrl,
    create,
    list,
    currentToken: async () => (await gate.current()).token,
  };
}

function idOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  return readId((body as { id?: unknown }).id);
}
