// What the platform holds, as the client last told us (`twin/remoteState`), indexed by normalised name.
import { normalizeName, SECTION_KEYS, type SectionKey } from '../../../core/src/manifest';
import type { RemoteStateParams } from '../../../protocol/src/types';

/** The platform's names of one section, with their normalised forms. */
export interface RemoteSection {
  names: readonly string[];
  normalized: ReadonlySet<string>;
}

/** What the platform at `api` holds, indexed for matching with `normalizeName`. */
export interface RemoteIndex {
  api: string;
  /** The host, for texts: chat-api.twin24.ai. */
  host: string;
  sections: Readonly<Record<SectionKey, RemoteSection>>;
}

/** Indexes a `twin/remoteState` payload; null when it clears the state or is malformed. */
export function indexRemoteState(params: RemoteStateParams | null | undefined): RemoteIndex | null {
  if (!params || typeof params.api !== 'string' || !params.sections) return null;
  const sections = {} as Record<SectionKey, RemoteSection>;
  for (const key of SECTION_KEYS) {
    const raw: unknown = params.sections[key];
    const names = Array.isArray(raw) ? raw.filter((n): n is string => typeof n === 'string') : [];
    sections[key] = { names, normalized: new Set(names.map(normalizeName)) };
  }
  return { api: params.api, host: hostOf(params.api), sections };
}

function hostOf(api: string): string {
  try {
    return new URL(api).host || api;
  } catch {
    return api;
  }
}
