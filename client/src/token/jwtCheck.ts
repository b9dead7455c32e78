// Judges a pasted API token before it is stored: does it look like a JWT, and how long is it valid?
// Pure (no vscode) so that every state is unit-tested. The token itself never appears in a result.
import { decodeJwt } from '../../../core/src/twin/jwt';

/** What a token's shape and `exp` claim say about it. */
export type TokenCheck =
  | { kind: 'empty' }
  | { kind: 'malformed'; reason: 'parts' | 'encoding' | 'payload' }
  | { kind: 'expired'; expiresAt: Date }
  | { kind: 'expiresSoon'; expiresAt: Date; hoursLeft: number }
  | { kind: 'valid'; expiresAt: Date; daysLeft: number }
  | { kind: 'noExpiry' };

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** The token as a user pastes it, without surrounding blanks or a `Bearer ` prefix. */
export function cleanTokenInput(raw: string): string {
  return raw
    .trim()
    .replace(/^Bearer\s+/i, '')
    .trim();
}

/** True when a JWT segment is base64url-encoded JSON (the header must be; core decodes the payload). */
function isJsonSegment(segment: string): boolean {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return false;
  try {
    const json: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return json !== null && typeof json === 'object' && !Array.isArray(json);
  } catch {
    return false;
  }
}

/** Checks a JWT's shape and its expiry relative to `now` (milliseconds since the epoch). */
export function checkToken(raw: string, now: number): TokenCheck {
  const token = cleanTokenInput(raw);
  if (token === '') return { kind: 'empty' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '')) return { kind: 'malformed', reason: 'parts' };
  if (!parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p)) || !isJsonSegment(parts[0] ?? ''))
    return { kind: 'malformed', reason: 'encoding' };
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
