// What the platform has, read section by section (each fully paged by the client).
import { SECTION_KEYS, type SectionKey } from '../manifest/model';
import type { RemoteItem, RemoteState, TwinClientLike } from './types';

/** Reads every page of the three sections, or 'cannot-list' when the server offers no list (404/405). */
export async function fetchRemote(
  client: TwinClientLike,
  signal?: AbortSignal,
): Promise<RemoteState | 'cannot-list'> {
  const sections = {} as Record<SectionKey, RemoteItem[]>;
  for (const section of SECTION_KEYS) {
    const items = await client.list(section, signal);
    if (items === 'cannot-list') return 'cannot-list';
    sections[section] = items;
  }
  return { sections };
}

/** The distinct names per section, in code-point order (deterministic on every machine). */
export function remoteNames(remote: RemoteState): Record<SectionKey, string[]> {
  const names = {} as Record<SectionKey, string[]>;
  for (const section of SECTION_KEYS)
    names[section] = [...new Set(remote.sections[section].map((i) => i.name))].sort((a, b) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
  return names;
}
