// Before a token is stored, one cheap authenticated read tells whether the server accepts it.
import { createTwinClient, TwinApiError } from '../../../core/src/twin';

/** What the server said about a token. */
export type TokenVerdict =
  | { kind: 'accepted' }
  /** The server cannot list, so there is no cheap read to check with. */
  | { kind: 'unchecked' }
  /** Never store it: the server refused it, or the base URL is one the token must not go to. */
  | { kind: 'refused'; why: 'expired' | 'unauthorized' }
  | { kind: 'refused'; why: 'unusable-url'; error: TwinApiError }
  /** The check itself failed (network, timeout, 403…); `error` says why. */
  | { kind: 'uncheckable'; error: TwinApiError | Error };

/** Lists client attributes with the token, without retries on a refusal. */
export async function verifyToken(baseUrl: string, token: string): Promise<TokenVerdict> {
  try {
    // Inside the try: the client refuses an unsafe base URL as it is built, and that is a refusal
    // (stored, the token would only fail every later command), not a crash of the command.
    const client = createTwinClient({
      baseUrl,
      tokens: { getToken: async () => token },
      timeoutMs: 10_000,
      retry: { maxAttempts: 2, baseDelayMs: 200 },
    });
    const listed = await client.list('attributes');
    return listed === 'cannot-list' ? { kind: 'unchecked' } : { kind: 'accepted' };
  } catch (e) {
    if (e instanceof TwinApiError) {
      if (e.kind === 'token-expired') return { kind: 'refused', why: 'expired' };
      if (e.kind === 'unauthorized') return { kind: 'refused', why: 'unauthorized' };
      if (e.kind === 'insecure-url' || e.kind === 'bad-url')
        return { kind: 'refused', why: 'unusable-url', error: e };
      if (e.kind === 'not-supported') return { kind: 'unchecked' };
      return { kind: 'uncheckable', error: e };
    }
    return { kind: 'uncheckable', error: e instanceof Error ? e : new Error(String(e)) };
  }
}
