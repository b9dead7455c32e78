// Cuts a manifest into slices that parse on their own: the comments before the first key, each
// top-level key's line (with its inline value), and a section's list items in blocks of a few
// hundred. An edit then re-parses only the slices whose text changed. When the file uses anything
// the cutter does not understand (several documents, directives, flow or odd indentation at the top
// level), it returns null and the file is parsed whole: correctness first, speed where it is safe.
import { isSectionKey, type SectionKey } from './model';
import type { TextChange } from './textChange';

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

type CutState =
  { kind: 'preamble' } | { kind: 'other' } | { kind: 'section'; key: SectionKey; indent: number | null };

/** The slices of a manifest, or null when it must be parsed whole. */
export function segmentText(text: string): Segment[] | null {
  return cut(text, [], { kind: 'preamble', start: 0, end: 0, itemCount: 0 }, { kind: 'preamble' }, 0, null);
}

/**
 * `segmentText(text)` for a new version of a text whose previous version was cut into `previous`:
 * the slices before the changed line are kept, the text is cut again from the last of them until a
 * slice starts in the unchanged end where one started before (the cut is a left-to-right state
 * machine that starts afresh at every slice, so from there on it repeats itself), and the rest are
 * the previous slices moved by the change in length.
 */
export function segmentTextAfterChange(
  previous: readonly Segment[],
  text: string,
  change: TextChange,
): Segment[] | null {
  // (lastIndexOf clamps a negative start to 0 and would find a line break there.)
  const changedLine = change.prefix === 0 ? 0 : text.lastIndexOf('\n', change.prefix - 1) + 1;
  // Resume at the start of a slice whose first line is unchanged (not the preamble, which has no
  // state before it): the state there is the one its kind implies, the slice before it is complete.
  let resume = -1;
  for (let i = previous.length - 1; i >= 1; i--) {
    const segment = previous[i];
    if (segment && segment.start < changedLine && segment.kind !== 'preamble') {
      resume = i;
      break;
    }
  }
  const at = previous[resume];
  const before = previous[resume - 1];
  if (!at || !before) return segmentText(text);
  let indent = 0;
  while (text.charCodeAt(at.start + indent) === SPACE) indent++;
  const state: CutState =
    at.kind === 'items' && at.section ? { kind: 'section', key: at.section, indent } : { kind: 'other' };
  const resync = { previous, from: text.length - change.suffix, delta: change.delta };
  return cut(text, previous.slice(0, resume - 1), { ...before }, state, at.start, resync);
}

/** Where the cut may join the previous version's slices: in the unchanged end, moved by `delta`. */
interface Resync {
  previous: readonly Segment[];
  from: number;
  delta: number;
}

/** The previous slices from the one that started at `start - delta` (same kind and section), moved; null if none. */
function joinPrevious(resync: Resync, next: Segment): Segment[] | null {
  if (next.start < resync.from) return null;
  const { previous, delta } = resync;
  const wanted = next.start - delta;
  let low = 0;
  let high = previous.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((previous[mid]?.start ?? 0) < wanted) low = mid + 1;
    else high = mid;
  }
  const match = previous[low];
  if (!match || match.start !== wanted || match.kind !== next.kind || match.section !== next.section)
    return null;
  return previous.slice(low).map((s) => ({ ...s, start: s.start + delta, end: s.end + delta }));
}

function cut(
  text: string,
  segments: Segment[],
  current: Segment,
  state: CutState,
  lineStart: number,
  resync: Resync | null,
): Segment[] | null {
  const done = (rest: Segment[]) => {
    for (const segment of rest) segments.push(segment);
    return segments.filter((s) => s.end > s.start || s.kind === 'preamble');
  };
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
      const joined = resync && joinPrevious(resync, current);
      if (joined) return done(joined);
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
            const joined = resync && joinPrevious(resync, current);
            if (joined) return done(joined);
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
  return done([]);
}

function startsBlock(text: string, from: number, to: number, itemsSoFar: number): boolean {
  if (itemsSoFar < MIN_ITEMS) return false;
  if (itemsSoFar >= MAX_ITEMS) return true;
  let hash = 2166136261;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return ((hash >>> 0) & BOUNDARY_MASK) === 0;
}
