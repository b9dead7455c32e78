// A guard in front of the YAML parser: its composer recurses once per nesting level, so 10,000 `[` run
// it out of stack. It then reports "Maximum call stack size exceeded" at wherever the stack happened to
// end, which depends on how deep the caller already was: the same file gave different diagnostics on
// each open (found by the robustness tests, issue 7). A manifest nests three levels; anything past
// MAX_NESTING is refused with one clear error at a fixed place, before the parser sees it.
import { CST, Lexer } from 'yaml';

/** Deeper than this is refused; far below the parser's own limit (about 1,000 levels) and far above any manifest. */
export const MAX_NESTING = 200;

/** Where `text` first nests deeper than MAX_NESTING (an offset), or -1. */
export function tooDeepAt(text: string): number {
  if (nestingUpperBound(text) <= MAX_NESTING) return -1;
  return deepestByTokens(text);
}

/**
 * A cheap bound that is never below the real depth: every `[`/`{` in the file, plus per line twice its
 * indentation and every block indicator on it. Most files, however large, stay under the limit here
 * and never pay for the token walk.
 */
function nestingUpperBound(text: string): number {
  let opens = 0;
  let worstLine = 0;
  let indent = 0;
  let indicators = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      worstLine = Math.max(worstLine, 2 * indent + 2 + indicators);
      indent = 0;
      indicators = 0;
      atLineStart = true;
      continue;
    }
    if (atLineStart && (c === 32 || c === 9)) indent++;
    else atLineStart = false;
    if (c === 91 || c === 123)
      opens++; // [ {
    else if (c === 45 || c === 63 || c === 58) indicators++; // - ? :
  }
  worstLine = Math.max(worstLine, 2 * indent + 2 + indicators);
  return opens + worstLine;
}

/**
 * Walks the lexer's tokens (no recursion): open flow collections, plus the indentation levels still
 * open, plus the block indicators sharing one line (`- - - x` nests without indenting).
 */
function deepestByTokens(text: string): number {
  let flow = 0;
  const indents: number[] = [];
  let compact = 0;
  let offset = 0;
  let column = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    // Control tokens (document start, scalar and flow-end markers) stand for no text.
    if (type === 'doc-mode' || type === 'scalar' || type === 'flow-error-end') continue;
    if (type === 'newline') {
      lineStart = true;
      column = 0;
      compact = 0;
      offset += token.length;
      continue;
    }
    if (lineStart && flow === 0 && type !== 'space') {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > column) indents.pop();
      if (indents[indents.length - 1] !== column) indents.push(column);
      lineStart = false;
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--;
    else if (flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind')) compact++;
    if (flow + indents.length + compact > MAX_NESTING) return offset;
    offset += token.length;
    column += token.length;
  }
  return -1;
}
