// The edit that rewrites an entry's name in place, keeping its quoting style where it can.
import type { EntryNode } from '../nodes';
import type { OffsetEdit } from '../problem';
import { yamlScalarLike } from '../yamlText';

/** Replaces the entry's name scalar with `newName`; null when the entry has no name node. */
export function replaceNameEdit(entry: EntryNode, text: string, newName: string): OffsetEdit | null {
  if (!entry.nameSpan) return null;
  const start = entry.nameSpan.start;
  let end = entry.nameSpan.end;
  // A block scalar's node ends after its last line break; keep the break.
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const style = entry.nameStyle === 'block' ? null : entry.nameStyle;
  return { start, end, newText: yamlScalarLike(newName, style) };
}
