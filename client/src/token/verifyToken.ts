// Before a token is stored, one cheap authenticated read tells whether the server accepts it.
import { createTwinClient, TwinApiError } from '../../../core/src/twin';

/** What the server said about a token. */
export type TokenVerdict =
  | { kind: 'accepted' }
  /** The server cannot list, so there is no cheap read to check with. */
  | { kind: 'unchecked' }
  | { kind: 'refused'; expired: boolean }
  /** The check itself failed (network, timeout, 403, unsafe URL…); `error` says why. */
  | { kind: 'uncheckable'; error: TwinApiError | Error };

/** Lists client attributes with the token, without retries on a refusal. */
export async function verifyToken(baseUrl: string, token: string): Promise<TokenVerdict> {
  const client = createTwinClient({
    baseUrl,
    tokens: { getToken: async () => token },
    timeoutMs: 10_000,
    retry: { maxAttempts: 2, baseDelayMs: 200 },
  });
  try {
    const listed = await client.list('attributes');
    return listed === 'cannot-list' ? { kind: 'unchecked' } : { kind: 'accepted' };
  } catch (e) {
    if (e instanceof TwinApiError) {
      if (e.kind === 'token-expired' || e.kind === 'unauthorized')
        return { kind: 'refused', expired: e.kind === 'token-expired' };
      if (e.kind === 'not-supported') return { kind: 'unchecked' };
      return { kind: 'uncheckable', error: e };
    }
    return { kind: 'uncheckable', error: e instanceof Error ? e : new Error(String(e)) };
  }
}
