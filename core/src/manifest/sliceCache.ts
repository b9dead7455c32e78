// Re-using the previous version's slice parses: a slice in the unchanged start or end of the text
// re-uses the parse of the same slice, found by position (no need to compare or hash its text); the
// few around the change are looked up by text among the previous slices there, or parsed.
import type { LineIndex } from './lines';
import type { RuleSettings } from './rules';
import type { Segment } from './segments';
import { parseSlice, type ParsedSlice } from './sliceParse';
import type { TextChange } from './textChange';

/** What an analyzer keeps of the previous version of its text. */
export interface PreviousVersion {
  text: string;
  segments: Segment[] | null;
  /** The parse of each of `segments` (null for the preamble). */
  slices: Array<ParsedSlice | null> | null;
  lines: LineIndex;
}

/** The new text cut into segments, and how it differs from the previous version (if any). */
export interface SlicedText {
  text: string;
  segments: Segment[];
  previous: PreviousVersion | null;
  change: TextChange | null;
}

/**
 * Parses every slice; null when one is not self-contained. A previous parse is used at one place
 * only: its entries are moved in place when their slice moves, so two places sharing one would move
 * each other's entries.
 */
export function sliceAll(input: SlicedText, settings: RuleSettings): Array<ParsedSlice | null> | null {
  const { text, segments } = input;
  const old = oldSlices(input);
  let aroundChange: Map<string, ParsedSlice> | null = null;
  const slices: Array<ParsedSlice | null> = [];
  for (const segment of segments) {
    if (segment.kind === 'preamble') {
      slices.push(null);
      continue;
    }
    let parsed = old ? samePlace(old, segment, text.length) : null;
    if (!parsed) {
      const sliceText = text.slice(segment.start, segment.end);
      if (old && !aroundChange) aroundChange = changedSlices(old);
      parsed = aroundChange?.get(sliceText) ?? null;
      if (parsed) aroundChange?.delete(sliceText);
      else parsed = parseSlice(sliceText, segment.kind, settings);
    }
    if (!fits(parsed, segment)) return null;
    slices.push(parsed);
  }
  return slices;
}

/** Whether a slice's parse is what its segment promised: clean, with the items or the key it has. */
function fits(parsed: ParsedSlice, segment: Segment): boolean {
  if (!parsed.ok) return false;
  if (segment.kind === 'items' && parsed.items.length !== segment.itemCount) return false;
  if (segment.kind === 'key' && parsed.keys.length !== 1) return false;
  return true;
}

interface OldSlices {
  text: string;
  segments: Segment[];
  slices: Array<ParsedSlice | null>;
  change: TextChange;
}

function oldSlices({ previous, change }: SlicedText): OldSlices | null {
  if (!previous?.segments || !previous.slices || !change) return null;
  return { text: previous.text, segments: previous.segments, slices: previous.slices, change };
}

/** The previous parse of a slice lying wholly in the unchanged start or end, if it was a slice then too. */
function samePlace(old: OldSlices, segment: Segment, length: number): ParsedSlice | null {
  const { prefix, suffix, delta } = old.change;
  let shift: number;
  if (segment.end <= prefix) shift = 0;
  else if (segment.start >= length - suffix) shift = delta;
  else return null;
  const start = segment.start - shift;
  const { segments } = old;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((segments[mid]?.start ?? 0) < start) low = mid + 1;
    else high = mid;
  }
  const match = segments[low];
  if (!match || match.start !== start || match.end !== segment.end - shift || match.kind !== segment.kind)
    return null;
  return old.slices[low] ?? null;
}

/** The previous parses of the slices that overlapped the changed part, by their text. */
function changedSlices(old: OldSlices): Map<string, ParsedSlice> {
  const byText = new Map<string, ParsedSlice>();
  const changedEnd = old.text.length - old.change.suffix;
  old.segments.forEach((segment, i) => {
    const parsed = old.slices[i];
    if (parsed && segment.end > old.change.prefix && segment.start < changedEnd)
      byText.set(old.text.slice(segment.start, segment.end), parsed);
  });
  return byText;
}
