// The TWIN API client (implementation in progress; the signature is the contract).
import type { TwinClientLike, TwinClientOptions } from './types';

/** The production Chat API base URL. */
export const DEFAULT_API_URL = 'https://chat-api.twin24.ai/api/v1';

/** An API client: creates and lists with bounded concurrency, timeouts, retries and coalesced 401 handling. */
export type TwinClient = TwinClientLike;

/** Makes a client for one base URL and token source. */
export function createTwinClient(_options: TwinClientOptions): TwinClient {
  throw new Error('not implemented yet');
}
