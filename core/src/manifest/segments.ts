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
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const CR = 13;
const NONE = -1;

/** The slices of a manifest, or null when it must be parsed whole. */
export function segmentText(text: string): Segment[] | null {
  const segments: Segment[] = [];
  let state:
    { kind: 'preamble' } | { kind: 'other' } | { kind: 'section'; key: SectionKey; indent: number | null } = {
    kind: 'preamble',
  };
  let current: Segment = { kind: 'preamble', start: 0, end: 0, itemCount: 0 };
  let lineStart = 0;
  // Character codes instead of a substring and a regex per line: this runs over the whole text on
  // every keystroke.
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const contentEnd = newline === -1 ? text.length : newline;
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const first = text.charCodeAt(lineStart);
    const isContentAtColumnZero =
      first !== SPACE &&
      first !== TAB &&
      first !== HASH &&
      first !== DASH &&
      first !== CR &&
      lineStart < contentEnd;
    if (isContentAtColumnZero) {
      // A new top-level key (or something the cutter does not handle).
      let line = text.slice(lineStart, contentEnd);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%')) return null;
      if (!KEY_LINE_WITH_VALUE.test(line)) return null;
      current.end = lineStart;
      segments.push(current);
      current = { kind: 'key', start: lineStart, end: lineEnd, itemCount: 0 };
      const key = KEY_LINE.exec(line)?.[1];
      state =
        key !== undefined && isSectionKey(key) ? { kind: 'section', key, indent: null } : { kind: 'other' };
      lineStart = lineEnd;
      continue;
    }
    let spaces = 0;
    while (text.charCodeAt(lineStart + spaces) === SPACE) spaces++;
    const c = lineStart + spaces < contentEnd ? text.charCodeAt(lineStart + spaces) : NONE;
    if (c === TAB) {
      // Tabs in indentation: let YAML judge the whole file.
      if (!BLANK_OR_COMMENT.test(text.slice(lineStart, contentEnd))) return null;
    } else if (c === NONE || c === CR || c === HASH) {
      // A blank or comment line belongs to whatever slice it is in.
    } else if (state.kind === 'preamble') {
      return null;
    } else if (state.kind === 'section') {
      const after = lineStart + spaces + 1 < contentEnd ? text.charCodeAt(lineStart + spaces + 1) : NONE;
      const isItem = c === DASH && (after === SPACE || after === TAB || after === NONE || after === CR);
      if (state.indent === null) {
        if (isItem) state.indent = spaces;
        else state = { kind: 'other' };
      }
      if (state.kind === 'section' && state.indent !== null) {
        if (isItem && spaces === state.indent) {
          if (current.kind !== 'items' || startsBlock(text, lineStart, contentEnd, current.itemCount)) {
            current.end = lineStart;
            segments.push(current);
            current = { kind: 'items', start: lineStart, end: lineEnd, section: state.key, itemCount: 0 };
          }
          current.itemCount++;
        } else if (isItem ? spaces < state.indent : spaces <= state.indent) {
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

function startsBlock(text: string, from: number, to: number, itemsSoFar: number): boolean {
  if (itemsSoFar < MIN_ITEMS) return false;
  if (itemsSoFar >= MAX_ITEMS) return true;
  let hash = 2166136261;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return ((hash >>> 0) & BOUNDARY_MASK) === 0;
}
