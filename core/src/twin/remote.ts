import type { RemoteState, TwinClientLike } from './types';

/** Reads every page of the three sections, or 'cannot-list' when the server offers no list (404/405). */
export async function fetchRemote(
  _client: TwinClientLike,
  _signal?: AbortSignal,
): Promise<RemoteState | 'cannot-list'> {
  throw new Error('not implemented yet');
}
