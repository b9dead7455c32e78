// The emulator's own HS256 tokens: signed with a secret only it knows, checked on every API request,
// so the client meets real JWTs (three parts, numeric exp) and real 401s.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Claims the emulator puts in its tokens. */
export interface EmulatorClaims {
  sub: string;
  companyId: string;
  iat: number;
  exp: number;
  /** Serial number of the token; expire-after-N expires every token issued so far. */
  jti: number;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** A signed HS256 JWT. */
export function signJwt(claims: EmulatorClaims, secret: string): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/** The claims when the signature and shape are right, else undefined (expiry is checked by the caller). */
export function verifyJwt(token: string, secret: string): EmulatorClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [head, body, sig] = parts as [string, string, string];
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: unknown };
    if (header.alg !== 'HS256') return undefined;
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<EmulatorClaims>;
    if (typeof claims.exp !== 'number' || typeof claims.companyId !== 'string') return undefined;
    return {
      sub: String(claims.sub ?? ''),
      companyId: claims.companyId,
      iat: Number(claims.iat ?? 0),
      exp: claims.exp,
      jti: Number(claims.jti ?? 0),
    };
  } catch {
    return undefined;
  }
}
