// The `yaml` library's own duplicate-key check compares each new key with every key before it in
// its mapping, which made a mapping of 20,000 keys take seconds. Manifests are parsed with
// `uniqueKeys: false` and this one pass reports the same errors: for every mapping in the document
// (nested ones and mappings used as keys included), each key whose scalar value an earlier key of the
// same mapping already had, at the key's start, with the library's code and message.
import { isMap, isPair, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { Span } from './problem';

/** A parser error as the analyzer keeps it. */
export interface ParseError {
  code: string;
  message: string;
  span: Span;
}

/** The library's code and message for a repeated key (kept so that the two cannot be told apart). */
export const DUPLICATE_KEY = 'DUPLICATE_KEY';
const MESSAGE = 'Map keys must be unique';

/**
 * The duplicate-key errors `yaml` reports with `uniqueKeys` on, in one pass over the parsed document.
 * Keys are equal when both are scalars with the same value (`===`, so NaN equals nothing) or are the
 * same node, exactly the library's default comparison.
 */
export function duplicateKeyErrors(doc: Document): ParseError[] {
  const errors: ParseError[] = [];
  // An explicit stack: nesting is bounded (nesting.ts) but need not fit the call stack's depth.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      checkMapping(node.items, errors);
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        if (isPair(pair)) stack.push(pair.value, pair.key);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return errors;
}

function checkMapping(pairs: ReadonlyArray<{ key: unknown }>, errors: ParseError[]): void {
  if (pairs.length < 2) return;
  const values = new Set<unknown>();
  for (const { key } of pairs) {
    if (!isScalar(key)) continue;
    const value = key.value;
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    if (values.has(value)) {
      const start = (key as Node).range?.[0] ?? 0;
      errors.push({ code: DUPLICATE_KEY, message: MESSAGE, span: { start, end: start + 1 } });
    } else values.add(value);
  }
}
