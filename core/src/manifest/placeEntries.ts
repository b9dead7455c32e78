// Placing an items slice's entries in their section. Typing moves every later slice by a few
// characters: a slice placed before has its entries moved in place rather than allocated again (the
// previous document's entries are not used after the next analysis).
import type { EntryNode, SectionEntry, SectionNode } from './nodes';
import { shiftSpan, type Span } from './problem';
import type { ParsedSlice } from './sliceParse';

/** The entries of `slice`, which starts at `delta` in the text, placed in `section` after its current ones. */
export function placeItems(slice: ParsedSlice, delta: number, section: SectionNode): readonly SectionEntry[] {
  const firstIndex = section.entries.length;
  const placed = slice.placed;
  if (placed && placed.section === section.key) {
    if (placed.delta !== delta || placed.firstIndex !== firstIndex) {
      moveEntries(placed.entries, delta - placed.delta, firstIndex - placed.firstIndex);
      placed.delta = delta;
      placed.firstIndex = firstIndex;
    }
    return placed.entries;
  }
  const entries = slice.items.map((item, i) => shiftEntry(item, delta, section.key, firstIndex + i));
  slice.placed = { delta, section: section.key, firstIndex, entries };
  return entries;
}

/** A new placed entry for `entry`, moved by `delta` characters. */
export function shiftEntry(
  entry: EntryNode,
  delta: number,
  section: SectionNode['key'],
  index: number,
): SectionEntry {
  // Listed field by field: an object spread here was the hottest line of an edit at 10,000 entries.
  return {
    section,
    index,
    span: shiftSpan(entry.span, delta),
    lineSpan: entry.lineSpan && shiftSpan(entry.lineSpan, delta),
    kind: entry.kind,
    name: entry.name,
    nameSpan: entry.nameSpan && shiftSpan(entry.nameSpan, delta),
    nameStyle: entry.nameStyle,
    nameInvalidSpan: entry.nameInvalidSpan && shiftSpan(entry.nameInvalidSpan, delta),
    description: entry.description,
    descriptionInvalidSpan: entry.descriptionInvalidSpan && shiftSpan(entry.descriptionInvalidSpan, delta),
    unknownKeys:
      entry.unknownKeys.length === 0
        ? entry.unknownKeys
        : entry.unknownKeys.map((k) => ({ key: k.key, span: shiftSpan(k.span, delta) })),
    normalized: entry.normalized,
  };
}

/** Moves placed entries by `delta` characters and `indexDelta` positions, in place. */
function moveEntries(entries: readonly SectionEntry[], delta: number, indexDelta: number): void {
  const move = (span: Span | null) => {
    if (span) {
      span.start += delta;
      span.end += delta;
    }
  };
  for (const entry of entries) {
    entry.index += indexDelta;
    if (delta === 0) continue;
    move(entry.span);
    move(entry.lineSpan);
    move(entry.nameSpan);
    move(entry.nameInvalidSpan);
    move(entry.descriptionInvalidSpan);
    for (const key of entry.unknownKeys) move(key.span);
  }
}
