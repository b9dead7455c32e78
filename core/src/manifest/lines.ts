// Offsets to LSP positions. Built once per analysis: one pass over the text for the line starts,
// then a binary search per conversion, so only the positions we report cost anything.
import type { TextPosition } from './problem';
import type { TextChange } from './textChange';

/** The start offset of every line of a text, for offset -> line/character conversion. */
export interface LineIndex {
  readonly lineStarts: readonly number[];
  /** 0-based line and UTF-16 character of an offset. */
  positionAt(offset: number): TextPosition;
  /** The offset of a 0-based line and character (clamped to the text). */
  offsetAt(position: TextPosition): number;
}

/** Indexes the line starts of a text. */
export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // LSP clients break lines at \r\n, \n and a lone \r alike. Counting only \n put every position of a
  // file with old Mac line ends (or a raw \r in a name) outside the editor's lines (issue 7 tests).
  if (text.includes('\r')) {
    lineStarts.length = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
    }
  }
  return lineIndexOf(text, lineStarts);
}

/**
 * `createLineIndex(text)` from the index of the previous version of the text: line starts in the
 * unchanged start are kept, those in the unchanged end are moved, only the changed part is searched.
 */
export function lineIndexAfterChange(previous: LineIndex, text: string, change: TextChange): LineIndex {
  // A lone \r breaks a line too (see createLineIndex); such texts are rare: index them whole.
  if (text.includes('\r')) return createLineIndex(text);
  const { prefix, suffix, delta } = change;
  const old = previous.lineStarts;
  const oldChangedEnd = text.length - delta - suffix;
  const lineStarts = old.slice(0, firstAbove(old, prefix));
  const changedEnd = text.length - suffix;
  for (let at = text.indexOf('\n', prefix); at !== -1 && at < changedEnd; at = text.indexOf('\n', at + 1))
    lineStarts.push(at + 1);
  for (let i = firstAbove(old, oldChangedEnd); i < old.length; i++) lineStarts.push((old[i] ?? 0) + delta);
  return lineIndexOf(text, lineStarts);
}

/** The index of the first element greater than `value` in an ascending list. */
function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lineIndexOf(text: string, lineStarts: readonly number[]): LineIndex {
  const positionAt = (offset: number): TextPosition => {
    let clamped = Math.max(0, Math.min(offset, text.length));
    // Between the \r and the \n of one line end is no position an editor knows: use the line's end.
    if (clamped > 0 && text.charCodeAt(clamped) === 10 && text.charCodeAt(clamped - 1) === 13) clamped--;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - (lineStarts[low] ?? 0) };
  };
  const offsetAt = (position: TextPosition): number => {
    if (position.line >= lineStarts.length) return text.length;
    const start = lineStarts[Math.max(0, position.line)] ?? 0;
    const next = lineStarts[position.line + 1] ?? text.length + 1;
    return Math.min(start + Math.max(0, position.character), next - 1, text.length);
  };
  return { lineStarts, positionAt, offsetAt };
}
