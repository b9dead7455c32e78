// Finding what is under the cursor in the positional model.
import type { ManifestDocument, SectionEntry, SectionNode, TopLevelKey } from '../../../core/src/manifest';

/** The section whose lines hold `offset` (from its key to before the next key). */
export function sectionAt(doc: ManifestDocument, offset: number): SectionNode | null {
  for (const section of doc.sections)
    if (section.keySpan.start <= offset && offset < section.end) return section;
  const last = doc.sections[doc.sections.length - 1];
  return last && offset >= last.keySpan.start && offset <= doc.text.length && last.end === doc.text.length
    ? last
    : null;
}

/** The top-level key under `offset`. */
export function keyAt(doc: ManifestDocument, offset: number): TopLevelKey | null {
  return doc.keys.find((k) => k.span.start <= offset && offset <= k.span.end) ?? null;
}

/** The entry whose node (or whole lines) holds `offset`; binary search, entries are in file order. */
export function entryAt(doc: ManifestDocument, offset: number): SectionEntry | null {
  const section = sectionAt(doc, offset);
  if (!section) return null;
  const entries = section.entries;
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entry = entries[mid];
    if (!entry) break;
    const start = entry.lineSpan?.start ?? entry.span.start;
    const end = Math.max(entry.span.end, entry.lineSpan ? entry.lineSpan.end - 1 : entry.span.end);
    if (offset < start) high = mid - 1;
    else if (offset > end) low = mid + 1;
    else return entry;
  }
  return null;
}
