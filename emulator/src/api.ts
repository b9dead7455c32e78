// The emulated Chat API under /api/v1: the three creates and their paged lists, with the switches'
// faults applied. Error bodies are {error, details} as twin-api.md §8 describes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appendLog, type EmulatorContext, type RequestLogEntry } from './context';
import { verifyJwt } from './jwt';
import type { Resource } from './store';
import { answerHostileList } from './hostileLists';
import type { FaultKind, Forbid } from './switches';

const ROUTES: Readonly<Record<string, { resource: Resource; field: 'name' | 'tag' }>> = {
  '/clients/attributes': { resource: 'attributes', field: 'name' },
  '/clients/tags': { resource: 'clientTags', field: 'tag' },
  '/sessions/tags': { resource: 'sessionTags', field: 'tag' },
};

const MAX_BODY = 1 << 20;

/** Sends a JSON answer. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  status: number,
  error: string,
  details: unknown = null,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error, details }, headers);
}

/** The request body as text, or undefined past the size limit. */
export function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

/** Handles one request under /api/v1 (path given without the prefix). */
export async function handleApi(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> {
  const entry: RequestLogEntry = { at: Date.now(), method: req.method ?? '', path, query: query.toString() };
  appendLog(ctx, entry);
  const sw = ctx.switches;
  if (sw.latencyMs > 0) await ctx.delay(sw.latencyMs);

  // Rate limit: a fixed one-second window (or the next N requests, whatever the rate).
  const now = Date.now();
  const window = Math.floor(now / 1000);
  if (ctx.rate.window !== window) ctx.rate = { window, count: 0 };
  const limited = sw.rateLimitPerSecond > 0 && ctx.rate.count >= sw.rateLimitPerSecond;
  if (limited || sw.rateLimitNext > 0) {
    if (!limited) sw.rateLimitNext--;
    const resetAt = (window + 1) * 1000;
    const headers: Record<string, string> = {};
    if (sw.retryAfter === 'seconds')
      headers['retry-after'] = String(Math.max(1, Math.ceil((resetAt - now) / 1000)));
    if (sw.retryAfter === 'date') headers['retry-after'] = new Date(resetAt).toUTCString();
    entry.status = 429;
    return sendError(res, 429, 'Too Many Requests', null, headers);
  }
  ctx.rate.count++;

  // Authentication.
  const auth = req.headers.authorization ?? '';
  const token = /^Bearer (.+)$/i.exec(auth)?.[1]?.trim() ?? '';
  const claims = token ? verifyJwt(token, ctx.store.secret) : undefined;
  if (!claims) {
    entry.status = 401;
    return sendError(res, 401, token ? 'Invalid token.' : 'Authorization required.');
  }
  if (claims.exp * 1000 <= Date.now() || claims.jti <= ctx.tokens.expiredUpTo) {
    // TWIN advises refreshing on a 403 from any method too (twin-api.md §3.5): some answer that way.
    entry.status = sw.expiredStatus;
    return sw.expiredStatus === 403
      ? sendError(res, 403, 'Forbidden.')
      : sendError(res, 401, 'Token is expired.');
  }
  entry.company = claims.companyId;
  ctx.tokens.authenticated++;
  if (sw.expireAfter > 0 && ctx.tokens.authenticated === sw.expireAfter)
    ctx.tokens.expiredUpTo = ctx.tokens.serial;

  const route = ROUTES[path.replace(/\/+$/, '')];
  if (!route) {
    entry.status = 404;
    return sendError(res, 404, 'Not Found');
  }
  entry.resource = route.resource;
  const method = req.method ?? '';
  if (method !== 'GET' && method !== 'POST') {
    entry.status = 405;
    return sendError(res, 405, 'Method Not Allowed');
  }
  if (forbids(sw.forbid, method)) {
    entry.status = 403;
    return sendError(res, 403, 'Forbidden.');
  }
  const fault = ctx.nextFault(method);
  if (fault) entry.fault = fault;
  if (method === 'GET') return list(ctx, res, entry, route.resource, claims.companyId, query, fault);
  return create(ctx, req, res, entry, route, claims.companyId, fault);
}

function list(
  ctx: EmulatorContext,
  res: ServerResponse,
  entry: RequestLogEntry,
  resource: Resource,
  company: string,
  query: URLSearchParams,
  fault: FaultKind | undefined,
): void {
  if (!ctx.switches.listing) {
    entry.status = ctx.switches.listingOffStatus;
    return sendError(res, entry.status, entry.status === 404 ? 'Not Found' : 'Method Not Allowed');
  }
  if (fault && applyFaultBeforeStore(res, entry, fault)) return;
  const limit = clampInt(query.get('limit'), 20, 1, 100);
  const page = clampInt(query.get('page'), 0, 0, 1_000_000);
  const offset = query.has('offset')
    ? clampInt(query.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER)
    : page > 0
      ? (page - 1) * limit
      : 0;
  const all = ctx.store.items(resource, company);
  const field = resource === 'attributes' ? 'name' : 'tag';
  const { listAnswer, hugeListBytes } = ctx.switches;
  if (listAnswer !== 'normal')
    return answerHostileList(res, entry, { answer: listAnswer, all, field, offset, limit, hugeListBytes });
  const items = all
    .slice(offset, offset + limit)
    .map((i) => ({ id: i.id, [field]: i.name, createdAt: i.createdAt }));
  const body: Record<string, unknown> = {};
  if (query.get('withoutCount') !== 'true' && query.get('withoutCount') !== '1') body.count = all.length;
  if (query.get('withoutItems') !== 'true' && query.get('withoutItems') !== '1') body.items = items;
  answerWithFault(ctx, res, entry, 200, body, fault);
}

async function create(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  entry: RequestLogEntry,
  route: { resource: Resource; field: 'name' | 'tag' },
  company: string,
  fault: FaultKind | undefined,
): Promise<void> {
  const text = await readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(text ?? '');
  } catch {
    entry.status = 400;
    return sendError(res, 400, 'Invalid JSON body.');
  }
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[route.field] : undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    entry.status = 422;
    return sendError(res, 422, 'Validation failed.', { [route.field]: ['This value should not be blank.'] });
  }
  entry.name = value;
  // Held creates wait before storing; a minute at most, so a test that forgets to let go still ends.
  for (let waited = 0; ctx.switches.holdCreates && waited < 60_000; waited += 10) await ctx.delay(10);
  if (ctx.switches.duplicates === 'reject') {
    const key = value.trim().toLowerCase();
    if (ctx.store.items(route.resource, company).some((i) => i.name.trim().toLowerCase() === key)) {
      entry.status = 409;
      return sendError(res, 409, 'Already exists.', { [route.field]: ['This value is already used.'] });
    }
  }
  if (fault && applyFaultBeforeStore(res, entry, fault)) return;
  const item = ctx.store.add(route.resource, company, value);
  entry.storedId = item.id;
  answerWithFault(ctx, res, entry, 200, { id: item.id }, fault);
}

/** Faults that happen before anything is stored; true when the answer is done. */
function applyFaultBeforeStore(res: ServerResponse, entry: RequestLogEntry, fault: FaultKind): boolean {
  if (fault === '500' || fault === '502' || fault === '503') {
    entry.status = Number(fault);
    const text = { '500': 'Internal Server Error', '502': 'Bad Gateway', '503': 'Service Unavailable' }[
      fault
    ];
    sendError(res, entry.status, text);
    return true;
  }
  if (fault === 'reset-before') {
    entry.status = 0;
    res.socket?.destroy();
    return true;
  }
  return false;
}

/** The normal answer, or the fault that happens after storing. */
function answerWithFault(
  ctx: EmulatorContext,
  res: ServerResponse,
  entry: RequestLogEntry,
  status: number,
  body: unknown,
  fault: FaultKind | undefined,
): void {
  if (fault === 'reset-after') {
    entry.status = 0;
    res.socket?.destroy();
    return;
  }
  if (fault === 'timeout') {
    entry.status = 0; // never answers; close() ends the connection
    ctx.hang(res);
    return;
  }
  entry.status = status;
  if (fault === 'malformed-json') {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end('{"id": "' + '<html>oops');
    return;
  }
  if (fault === 'slow-body') {
    const text = JSON.stringify(body);
    const half = Math.floor(text.length / 2);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.write(text.slice(0, half));
    void ctx.delay(ctx.switches.slowBodyMs).then(() => {
      if (!res.destroyed) res.end(text.slice(half));
    });
    return;
  }
  sendJson(res, status, body);
}

function forbids(forbid: Forbid, method: string): boolean {
  return (
    forbid === 'all' ||
    (forbid === 'lists' && method === 'GET') ||
    (forbid === 'creates' && method === 'POST')
  );
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}
