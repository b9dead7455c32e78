// Where the token may go: only to the base URL's origin, and over plain http only to this machine.
// A token can write to a production company profile, so these rules are checked before every send.
import { TwinApiError } from './errors';

/** True for localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** True when both URLs have the same scheme, host and port. */
export function sameOrigin(a: string | URL, b: string | URL): boolean {
  return new URL(a).origin === new URL(b).origin;
}

/** Throws a TwinApiError when a token must not be sent to this URL; returns the parsed URL otherwise. */
export function checkTokenTarget(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TwinApiError({ kind: 'bad-url', details: url }, `Not a valid URL: ${url}`);
  }
  if (parsed.username || parsed.password)
    throw new TwinApiError({ kind: 'bad-url', details: 'credentials in the URL' });
  if (parsed.protocol === 'https:') return parsed;
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return parsed;
  if (parsed.protocol === 'http:') throw new TwinApiError({ kind: 'insecure-url' });
  throw new TwinApiError({ kind: 'bad-url', details: parsed.protocol });
}
