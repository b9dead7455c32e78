// Which normalised names occur more than once in a section, kept up to date across edits: each
// analysis tells it which lists of entries now make up each section, and only the lists that
// appeared or disappeared since the previous analysis are counted in or out. The duplicate rule then
// looks only at those names, so an edit far from any duplicate costs nothing here.
import type { SectionKey } from './model';
import type { EntryNode } from './nodes';

/** A list of entries placed in a section (cached lists keep their identity between analyses). */
export interface Placement {
  section: SectionKey;
  entries: readonly EntryNode[];
}

/** Names with more than one entry, per section. */
export type DuplicateNames = ReadonlyMap<SectionKey, ReadonlySet<string>>;

/** A duplicate index for one document. */
export interface DuplicateIndex {
  /** Brings the counts up to date with the new placements; returns the duplicated names. */
  update(placements: readonly Placement[]): DuplicateNames;
}

/** Creates an empty index. */
export function createDuplicateIndex(): DuplicateIndex {
  const counts = new Map<SectionKey, Map<string, number>>();
  const duplicates = new Map<SectionKey, Set<string>>();
  let previous = new Map<readonly EntryNode[], SectionKey[]>();

  const add = (section: SectionKey, entries: readonly EntryNode[], step: 1 | -1) => {
    let sectionCounts = counts.get(section);
    if (!sectionCounts) counts.set(section, (sectionCounts = new Map<string, number>()));
    let sectionDuplicates = duplicates.get(section);
    if (!sectionDuplicates) duplicates.set(section, (sectionDuplicates = new Set<string>()));
    for (const entry of entries) {
      const name = entry.normalized;
      if (name === null || name === '') continue;
      const count = (sectionCounts.get(name) ?? 0) + step;
      if (count <= 0) sectionCounts.delete(name);
      else sectionCounts.set(name, count);
      if (count >= 2) sectionDuplicates.add(name);
      else sectionDuplicates.delete(name);
    }
  };

  return {
    update(placements) {
      const next = new Map<readonly EntryNode[], SectionKey[]>();
      for (const p of placements) {
        const list = next.get(p.entries);
        if (list) list.push(p.section);
        else next.set(p.entries, [p.section]);
      }
      // Count out what is gone, then count in what is new (multisets: a list may appear twice).
      for (const [entries, sections] of previous) {
        const still = [...(next.get(entries) ?? [])];
        for (const section of sections) {
          const i = still.indexOf(section);
          if (i >= 0) still.splice(i, 1);
          else add(section, entries, -1);
        }
      }
      for (const [entries, sections] of next) {
        const before = [...(previous.get(entries) ?? [])];
        for (const section of sections) {
          const i = before.indexOf(section);
          if (i >= 0) before.splice(i, 1);
          else add(section, entries, 1);
        }
      }
      previous = next;
      return duplicates;
    },
  };
}
