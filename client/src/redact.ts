// A last guard for logs: blanks anything shaped like a JWT or a Bearer header. Pure.

const JWT_LIKE = /\b[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g;
const BEARER = /Bearer\s+\S+/gi;

/** Replaces token-shaped text with `***`. */
export function redactSecrets(line: string): string {
  return line.replace(BEARER, 'Bearer ***').replace(JWT_LIKE, '***');
}
