// One place that knows the current token and asks for a new one after a 401. Many requests failing at
// once share one question (the user sees one prompt), and a request that failed with an older token
// simply retries with the newer one.
import type { TwinApiError } from './errors';
import type { TokenProvider } from './types';

/** The token in use and its generation (bumped by every refresh). */
export interface TokenTicket {
  token: string;
  generation: number;
}

/** Coalesces token refreshes for one client. */
export interface TokenGate {
  /** True when the source can give a new token (a 403 is then worth one retry). */
  readonly canRefresh: boolean;
  /** The token to send now; throws once the user has declined to give a new one. */
  current(): Promise<TokenTicket>;
  /**
   * After a 401 with the ticket's token: resolves to the ticket to retry with, or throws the 401 as a
   * TwinApiError when no new token comes (no handler, or the handler returned undefined).
   */
  refresh(failed: TokenTicket, error: TwinApiError): Promise<TokenTicket>;
}

/** A gate over a token provider. */
export function createTokenGate(provider: TokenProvider): TokenGate {
  let ticket: Promise<TokenTicket> | undefined;
  let generation = 0;
  let refusal: TwinApiError | undefined;
  let refreshing: Promise<TokenTicket | undefined> | undefined;

  let settled: TokenTicket | undefined;

  const current = (): Promise<TokenTicket> => {
    if (refusal) return Promise.reject(refusal);
    const newest = provider.currentToken?.();
    if (settled && newest && newest !== settled.token) {
      // Refreshed ahead of time by the source: later requests use it; earlier failures retry with it.
      settled = { token: newest, generation: ++generation };
      ticket = Promise.resolve(settled);
    }
    ticket ??= provider.getToken().then((token) => (settled = { token, generation }));
    return ticket;
  };

  const refresh = async (failed: TokenTicket, error: TwinApiError): Promise<TokenTicket> => {
    if (refusal) throw refusal;
    if (failed.generation < generation) return current();
    if (!provider.onUnauthorized) {
      refusal = error;
      throw error;
    }
    const ask = provider.onUnauthorized.bind(provider);
    refreshing ??= (async () => {
      try {
        const next = await ask(error.kind === 'token-expired', error.status === 403 ? 403 : 401);
        if (next === undefined || next.trim() === '') return undefined;
        generation++;
        const fresh = { token: next, generation };
        settled = fresh;
        ticket = Promise.resolve(fresh);
        return fresh;
      } finally {
        refreshing = undefined;
      }
    })();
    const fresh = await refreshing;
    if (!fresh) {
      refusal = error;
      throw error;
    }
    return fresh;
  };

  return { canRefresh: provider.onUnauthorized !== undefined, current, refresh };
}
