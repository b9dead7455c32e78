// Offsets to LSP positions. Built once per analysis: one pass over the text for the line starts,
// then a binary search per conversion, so only the positions we report cost anything.
import type { TextPosition } from './problem';

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
  const positionAt = (offset: number): TextPosition => {
    const clamped = Math.max(0, Math.min(offset, text.length));
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
