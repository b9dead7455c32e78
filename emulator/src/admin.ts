// A small admin endpoint under /__admin for tests and demos: read state and log, change switches,
// issue tokens, reset. Bound to 127.0.0.1 with the API; it needs no token.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './api';
import { DEFAULT_COMPANY, type EmulatorContext } from './context';
import { RESOURCES } from './store';
import { applySwitches } from './switches';

/** Issues a token (see startEmulator). */
export type IssueToken = (opts?: { expiresInSeconds?: number; companyId?: string }) => string;

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (text += c));
    req.on('end', () => {
      try {
        resolve(text.trim() === '' ? {} : JSON.parse(text));
      } catch {
        resolve(undefined);
      }
    });
  });
}

/** Handles /__admin/<what>. */
export async function handleAdmin(
  ctx: EmulatorContext,
  issueToken: IssueToken,
  req: IncomingMessage,
  res: ServerResponse,
  what: string,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (what === 'state' && method === 'GET') {
    const companies: Record<string, unknown> = {};
    for (const c of ctx.store.companies()) {
      const sections: Record<string, unknown> = {};
      for (const r of RESOURCES) sections[r] = ctx.store.items(r, c);
      companies[c] = sections;
    }
    return sendJson(res, 200, { switches: ctx.switches, companies, log: ctx.log });
  }
  if (what === 'switches' && (method === 'POST' || method === 'PUT' || method === 'PATCH')) {
    const update = await readJson(req);
    const problems = applySwitches(ctx.switches, update);
    if (problems.length > 0) return sendJson(res, 400, { error: 'Invalid switches.', details: problems });
    return sendJson(res, 200, { switches: ctx.switches });
  }
  if (what === 'switches' && method === 'GET') return sendJson(res, 200, { switches: ctx.switches });
  if (what === 'token' && method === 'POST') {
    const body = (await readJson(req)) as { expiresInSeconds?: unknown; companyId?: unknown } | undefined;
    const opts: { expiresInSeconds?: number; companyId?: string } = {};
    if (typeof body?.expiresInSeconds === 'number') opts.expiresInSeconds = body.expiresInSeconds;
    if (typeof body?.companyId === 'string') opts.companyId = body.companyId;
    return sendJson(res, 200, { token: issueToken(opts) });
  }
  // DELETE /__admin/items/<resource>/<id>[?company=ID]: what deleting it in the TWIN cabinet does.
  const del = /^items\/([A-Za-z]+)\/([^/]+)$/.exec(what);
  if (del && method === 'DELETE') {
    const resource = RESOURCES.find((r) => r === del[1]);
    const company =
      new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('company') ?? DEFAULT_COMPANY;
    if (resource && ctx.store.remove(resource, company, decodeURIComponent(del[2] ?? '')))
      return sendJson(res, 200, {});
    return sendJson(res, 404, { error: 'Not Found', details: null });
  }
  if (what === 'iam/revoke' && method === 'POST') {
    ctx.iam.grants.clear();
    return sendJson(res, 200, {});
  }
  if (what === 'reset' && method === 'POST') {
    ctx.store.clear();
    ctx.log.length = 0;
    return sendJson(res, 200, {});
  }
  sendJson(res, 404, { error: 'Not Found', details: null });
}
