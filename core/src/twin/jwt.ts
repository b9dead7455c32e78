// Reads a JWT's claims for display (expiry) and for the lock file key (company). No signature check:
// the server checks the signature; we only need to know what the token says about itself.
import type { JwtClaims } from './types';

const COMPANY_CLAIMS = ['companyId', 'company_id', 'company', 'cid'] as const;

function base64UrlDecode(part: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return undefined;
  return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

/** The claims of a three-part JWT, or undefined when the text is not one. */
export function decodeJwt(token: string): JwtClaims | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) return undefined;
  const json = base64UrlDecode(parts[1]);
  if (json === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const claims = raw as Record<string, unknown>;
  const result: JwtClaims = { raw: claims };
  if (typeof claims.exp === 'number' && Number.isFinite(claims.exp)) result.exp = claims.exp;
  if (typeof claims.iat === 'number' && Number.isFinite(claims.iat)) result.iat = claims.iat;
  for (const key of COMPANY_CLAIMS) {
    const v = claims[key];
    if ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v))) {
      result.companyId = String(v);
      break;
    }
  }
  return result;
}

/** Seconds until the token expires (negative once expired), or undefined when it has no `exp`. */
export function tokenSecondsLeft(token: string, nowMs: number = Date.now()): number | undefined {
  const exp = decodeJwt(token)?.exp;
  return exp === undefined ? undefined : Math.floor(exp - nowMs / 1000);
}
