/** The three lists of a company profile, in the order they appear in a new manifest. */
export const SECTION_KEYS = ['attributes', 'clientTags', 'sessionTags'] as const;

/** One of `attributes`, `clientTags`, `sessionTags`. */
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The manifest format's version that this tool reads and writes. */
export const FORMAT_VERSION = 1;

/** One attribute or tag as written in the file. */
export interface ManifestEntry {
  name: string;
  description?: string;
}

/** A validated manifest: what a push sends, without source positions. */
export interface Manifest {
  version: typeof FORMAT_VERSION;
  sections: Record<SectionKey, ManifestEntry[]>;
}

/** True for the three section keys. */
export function isSectionKey(key: string): key is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(key);
}

/** A manifest with no entries. */
export function emptyManifest(): Manifest {
  return { version: FORMAT_VERSION, sections: { attributes: [], clientTags: [], sessionTags: [] } };
}
