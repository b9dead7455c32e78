// One HTTP exchange with the API over node-fetch (Node's http stack, so VS Code's proxy support applies):
// one deadline covering every hop, headers and body; a body read up to a byte limit while it streams;
// redirects followed by hand (the token never goes to another origin); and every outcome sorted into
// what the retry logic needs to know.
import fetch, { type Response } from 'node-fetch';
import { readBoundedBody } from './boundedBody';
import { MAX_BODY_BYTES } from './bounds';
import { TwinApiError } from './errors';
import { checkTokenTarget, sameOrigin } from './urlSafety';
import type { TwinErrorKind } from './types';

const MAX_REDIRECTS = 5;
const MAX_ERROR_TEXT = 500;

/** What came back from one exchange. */
export type Exchange =
  | {
      kind: 'answer';
      status: number;
      headers: { get(name: string): string | null };
      body: unknown;
      text: string;
      json: boolean;
    }
  /** The request never left (connection refused, DNS): safe to send again. */
  | { kind: 'not-sent'; error: TwinApiError }
  /** Sent, no complete answer (reset, timeout): the server may have acted on it. */
  | { kind: 'lost'; error: TwinApiError };

/** One request. */
export interface ExchangeRequest {
  method: 'GET' | 'POST';
  url: string;
  /** Sent as `Authorization: Bearer …`; none for IAM's login and refresh. */
  token?: string;
  /** Other secrets of this request (password, refresh token): blanked in the answer like the token. */
  secrets?: readonly string[];
  body?: unknown;
  /** Deadline of the whole exchange (every redirect hop, headers and body), ms. */
  timeoutMs: number;
  /** Largest body read, in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Aborts the exchange itself (reads only: a create in flight is always let finish). */
  cancel?: AbortSignal;
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

/** Sends one request (following same-origin redirects) and reads the whole body within the time limit. */
export async function exchange(req: ExchangeRequest): Promise<Exchange> {
  let url = checkTokenTarget(req.url).toString();
  const origin = url;
  const host = new URL(url).host;
  const limits = { host, timeoutMs: req.timeoutMs };
  const method = req.method;
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), req.timeoutMs);
  const onCancel = (): void => timer.abort();
  req.cancel?.addEventListener('abort', onCancel, { once: true });
  try {
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(url, {
          method,
          redirect: 'manual',
          signal: timer.signal,
          headers: {
            accept: 'application/json',
            ...(req.token === undefined ? {} : { authorization: `Bearer ${req.token}` }),
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body }),
        });
      } catch (e) {
        return failure(e, limits, timer.signal.aborted, req.cancel?.aborted);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        res.body.resume();
        const next = new URL(res.headers.get('location') ?? '', url).toString();
        if (!sameOrigin(next, origin))
          return {
            kind: 'not-sent',
            error: new TwinApiError({ kind: 'cross-origin-redirect', status: res.status }),
          };
        checkTokenTarget(next);
        if (hop >= MAX_REDIRECTS)
          return { kind: 'not-sent', error: new TwinApiError({ kind: 'http', status: res.status }) };
        // 301/302/303 turn a POST into a GET by the HTTP rules; a create redirected that way is not a create.
        if (method === 'POST' && res.status !== 307 && res.status !== 308)
          return { kind: 'lost', error: new TwinApiError({ kind: 'http', status: res.status }) };
        url = next;
        continue;
      }
      let text: string;
      try {
        const limit = req.maxBodyBytes ?? MAX_BODY_BYTES;
        const bytes = await readBoundedBody(res.body, limit);
        // Sent and answered, but the answer cannot be read: for a create, whether it was stored is unknown.
        if (bytes === 'too-large') {
          // Destroying the body stream alone leaves the socket open with the server still sending:
          // aborting the request closes the connection itself.
          timer.abort();
          return {
            kind: 'lost',
            error: new TwinApiError({ kind: 'too-large', status: res.status, host, limit }),
          };
        }
        text = withoutSecrets(bytes.toString('utf8'), [req.token ?? '', ...(req.secrets ?? [])]);
      } catch (e) {
        return failure(e, limits, timer.signal.aborted, req.cancel?.aborted);
      }
      const isJson = /json/i.test(res.headers.get('content-type') ?? '');
      let parsed: unknown = undefined;
      let json = false;
      if (text.trim() !== '') {
        try {
          parsed = JSON.parse(text);
          json = true;
        } catch {
          json = false;
        }
      }
      return {
        kind: 'answer',
        status: res.status,
        headers: res.headers,
        body: parsed,
        text,
        json: json && (isJson || text.trim().startsWith('{')),
      };
    }
  } finally {
    clearTimeout(timeout);
    req.cancel?.removeEventListener('abort', onCancel);
  }
}

/**
 * The answer with every copy of the request's secrets blanked. A server may echo the request back in its error
 * (`{"details": {"headers": {"authorization": "Bearer …"}}}`), and what a server says ends up in error
 * messages, the CLI's output and the VS Code notifications: found by the issue 7 secrets tests.
 */
function withoutSecrets(text: string, secrets: readonly string[]): string {
  for (const secret of secrets) {
    // Blanking one or two letters would garble every word; a secret that short protects nothing.
    if (secret.length < 4) continue;
    const escaped = JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/');
    text = text.split(secret).join('***').split(escaped).join('***');
  }
  return text;
}

function failure(
  e: unknown,
  limits: { host: string; timeoutMs: number },
  timedOut: boolean,
  cancelled = false,
): Exchange {
  if (cancelled) return { kind: 'lost', error: new TwinApiError({ kind: 'cancelled' }) };
  if (timedOut)
    return {
      kind: 'lost',
      error: new TwinApiError({ kind: 'timeout', host: limits.host, limit: limits.timeoutMs }),
    };
  const code = (e as { code?: string }).code ?? '';
  if (NOT_SENT_CODES.has(code))
    return { kind: 'not-sent', error: new TwinApiError({ kind: 'network', details: code }) };
  return { kind: 'lost', error: new TwinApiError({ kind: 'network', details: code || undefined }) };
}

/**
 * The error for a 2xx answer that is not JSON, naming the host. An HTML page is said to be one: a
 * captive portal or a proxy's sign-in page answers 200 with HTML, and that is not an empty list.
 */
export function malformedAnswer(
  status: number,
  url: string,
  contentType: string,
  text: string,
): TwinApiError {
  const html = /html/i.test(contentType) || /^\s*<(!doctype|html|head|body)\b/i.test(text.slice(0, 200));
  return new TwinApiError({
    kind: 'malformed-response',
    status,
    host: new URL(url).host,
    ...(html ? { details: 'html' } : {}),
  });
}

/** The TwinApiError for a non-2xx answer, carrying the body's `error` and `details`. */
export function errorFromAnswer(status: number, body: unknown, text: string): TwinApiError {
  let serverError: string | undefined;
  let details: unknown;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const b = body as { error?: unknown; details?: unknown };
    if (b.error !== undefined) serverError = typeof b.error === 'string' ? b.error : JSON.stringify(b.error);
    if (b.details !== undefined && b.details !== null) details = b.details;
  } else if (text.trim() !== '') serverError = text.trim().slice(0, MAX_ERROR_TEXT);
  const kind: TwinErrorKind =
    status === 401
      ? serverError?.trim() === 'Token is expired.'
        ? 'token-expired'
        : 'unauthorized'
      : status === 403
        ? 'forbidden'
        : status === 404 || status === 405
          ? 'not-supported'
          : status === 409
            ? 'conflict'
            : status === 400 || status === 422
              ? 'rejected'
              : status === 429
                ? 'rate-limited'
                : status >= 500
                  ? 'server'
                  : 'http';
  const info: ConstructorParameters<typeof TwinApiError>[0] = { kind, status };
  if (serverError !== undefined) info.serverError = serverError;
  if (details !== undefined) info.details = details;
  return new TwinApiError(info);
}
