// The one rule for what counts as a usable TWIN API token, applied by the extension before it stores a
// pasted token and by the CLI before it sends TWIN_TOKEN: three base64url parts, a header that is a
// signed JWT's, a payload of JSON claims with a numeric `exp` when it has one. No signature check (the
// server has the key); the token itself never appears in a result.
import { decodeJwt } from './jwt';

/** What a token's shape, header and `exp` claim say about it. */
export type TokenCheck =
  | { kind: 'empty' }
  | { kind: 'malformed'; reason: 'parts' | 'encoding' | 'header' | 'payload' }
  | { kind: 'expired'; expiresAt: Date }
  | { kind: 'expiresSoon'; expiresAt: Date; hoursLeft: number }
  | { kind: 'valid'; expiresAt: Date; daysLeft: number }
  | { kind: 'noExpiry' };

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The token as a user pastes it, without surrounding blanks or a `Bearer ` prefix. */
export function cleanTokenInput(raw: string): string {
  return raw
    .trim()
    .replace(/^Bearer\s+/i, '')
    .trim();
}

/** A base64url segment's JSON object, or undefined. */
function jsonObject(segment: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return json !== null && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** True when a header is a signed JWT's: an `alg` other than "none", and `typ` JWT when it says one. */
function isSignedJwtHeader(header: Record<string, unknown>): boolean {
  const { alg, typ } = header;
  if (typeof alg !== 'string' || alg === '' || alg.toLowerCase() === 'none') return false;
  return typ === undefined || (typeof typ === 'string' && typ.toUpperCase() === 'JWT');
}

/** Checks a token's shape, header and expiry relative to `now` (milliseconds since the epoch). */
export function checkToken(raw: string, now: number): TokenCheck {
  const token = cleanTokenInput(raw);
  if (token === '') return { kind: 'empty' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '')) return { kind: 'malformed', reason: 'parts' };
  if (!parts.every((p) => BASE64URL.test(p))) return { kind: 'malformed', reason: 'encoding' };
  const header = jsonObject(parts[0] ?? '');
  if (!header) return { kind: 'malformed', reason: 'encoding' };
  if (!isSignedJwtHeader(header)) return { kind: 'malformed', reason: 'header' };
  const claims = decodeJwt(token);
  if (claims === undefined) return { kind: 'malformed', reason: 'payload' };
  const exp = claims.raw['exp'];
  if (exp === undefined) return { kind: 'noExpiry' };
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return { kind: 'malformed', reason: 'payload' };
  const expiresAt = new Date(exp * 1000);
  const left = expiresAt.getTime() - now;
  if (left <= 0) return { kind: 'expired', expiresAt };
  if (left < DAY_MS)
    return { kind: 'expiresSoon', expiresAt, hoursLeft: Math.max(1, Math.floor(left / HOUR_MS)) };
  return { kind: 'valid', expiresAt, daysLeft: Math.floor(left / DAY_MS) };
}

/** True when a token in this state may be stored and sent. */
export function isUsable(check: TokenCheck): boolean {
  return check.kind === 'valid' || check.kind === 'expiresSoon' || check.kind === 'noExpiry';
}
