// Cuts a manifest into slices that parse on their own: the comments before the first key, each
// top-level key's line (with its inline value), and a section's list items in blocks of a few
// hundred. An edit then re-parses only the slices whose text changed. When the file uses anything
// the cutter does not understand (several documents, directives, flow or odd indentation at the top
// level), it returns null and the file is parsed whole: correctness first, speed where it is safe.
import { isSectionKey, type SectionKey } from './model';

// Block boundaries depend on the content of the lines, not on a count from the top of the section,
// so inserting or deleting an item changes one block only (the blocks after it keep their text and
// their cached parse). A block starts at an item line whose hash hits BOUNDARY_MASK, once the block
// has MIN_ITEMS; MAX_ITEMS bounds a block of lines that never hit.
const MIN_ITEMS = 48;
const BOUNDARY_MASK = 127;
const MAX_ITEMS = 1024;

/** A slice of the text that is parsed on its own. */
export interface Segment {
  kind: 'preamble' | 'key' | 'items';
  /** Offset of the slice's first character (always a line start). */
  start: number;
  end: number;
  /** The section the items belong to (kind 'items'). */
  section?: SectionKey;
  /** How many list items the slice holds (kind 'items'); checked against the parse. */
  itemCount: number;
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+#.*|[ \t]*)$/;
const KEY_LINE_WITH_VALUE = /^[A-Za-z_][A-Za-z0-9_-]*[ \t]*:(?:[ \t]|$)/;
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;
const ITEM_LINE = /^( *)-(?:[ \t]|$)/;

/** The slices of a manifest, or null when it must be parsed whole. */
export function segmentText(text: string): Segment[] | null {
  const segments: Segment[] = [];
  let lineStart = 0;
  let state:
    { kind: 'preamble' } | { kind: 'other' } | { kind: 'section'; key: SectionKey; indent: number | null } = {
    kind: 'preamble',
  };
  let current: Segment = { kind: 'preamble', start: 0, end: 0, itemCount: 0 };
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    let line = text.slice(lineStart, newline === -1 ? text.length : newline);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const first = line.charCodeAt(0);
    const atColumnZero = line.length > 0 && first !== 32 && first !== 9 && first !== 35; // space, tab, #
    if (atColumnZero && first !== 45 /* - */) {
      // A new top-level key (or something the cutter does not handle).
      if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%')) return null;
      if (!KEY_LINE_WITH_VALUE.test(line)) return null;
      current.end = lineStart;
      segments.push(current);
      current = { kind: 'key', start: lineStart, end: lineEnd, itemCount: 0 };
      const block = KEY_LINE.exec(line);
      const key = block?.[1];
      state =
        key !== undefined && isSectionKey(key) ? { kind: 'section', key, indent: null } : { kind: 'other' };
    } else if (state.kind === 'preamble') {
      if (!BLANK_OR_COMMENT.test(line)) return null;
    } else if (state.kind === 'section' && !BLANK_OR_COMMENT.test(line)) {
      const item = ITEM_LINE.exec(line);
      const indent = item?.[1]?.length;
      if (state.indent === null) {
        if (indent === undefined) state = { kind: 'other' };
        else state.indent = indent;
      }
      if (state.kind === 'section') {
        if (indent === state.indent) {
          if (current.kind !== 'items' || startsBlock(line, current.itemCount)) {
            current.end = lineStart;
            segments.push(current);
            current = { kind: 'items', start: lineStart, end: lineEnd, section: state.key, itemCount: 0 };
          }
          current.itemCount++;
        } else if (
          indent !== undefined ? indent < (state.indent ?? 0) : leadingSpaces(line) <= (state.indent ?? 0)
        ) {
          // Less indented than the list, or a non-item line at the list's indentation: let YAML judge.
          return null;
        }
      }
    }
    lineStart = lineEnd;
  }
  current.end = text.length;
  segments.push(current);
  return segments.filter((s) => s.end > s.start || s.kind === 'preamble');
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

function startsBlock(line: string, itemsSoFar: number): boolean {
  if (itemsSoFar < MIN_ITEMS) return false;
  if (itemsSoFar >= MAX_ITEMS) return true;
  let hash = 2166136261;
  for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 16777619);
  return ((hash >>> 0) & BOUNDARY_MASK) === 0;
}
