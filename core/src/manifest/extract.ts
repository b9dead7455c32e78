// Turns the `yaml` library's nodes into our positional model. Works on any piece of text that was
// parsed on its own (a whole file or one slice of it): offsets are relative to that piece.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { EntryNode, KeyNode, ScalarStyle, TopLevelKey } from './nodes';
import { detach } from './detach';
import { normalizeName } from './normalize';
import type { Span } from './problem';

type AnyNode = Node | null | undefined;

/** Reads one list item. `onAlias` is told when an alias had to be followed. */
export function extractEntry(item: AnyNode, text: string, doc: Document, onAlias: () => void): EntryNode {
  const node = resolveAlias(item, doc, onAlias);
  const span = isMap(node) && item === node ? mappingSpan(node, text.length) : spanOf(item, text.length);
  const base: EntryNode = {
    span,
    lineSpan: wholeLines(text, item, span),
    kind: 'invalid',
    name: null,
    nameSpan: null,
    nameStyle: null,
    nameInvalidSpan: null,
    description: null,
    descriptionInvalidSpan: null,
    unknownKeys: [],
    normalized: null,
  };
  if (node === null || node === undefined || isScalar(node)) {
    const scalar = node ?? null;
    base.kind = 'scalar';
    base.name = scalar ? scalarText(scalar) : '';
    base.nameSpan = scalar ? valueSpan(scalar, text.length) : { start: span.start, end: span.start };
    base.nameStyle = scalar ? styleOf(scalar) : 'plain';
  } else if (isMap(node)) {
    base.kind = 'mapping';
    for (const pair of node.items) readEntryPair(pair, base, text, doc, onAlias);
  }
  base.normalized = base.name === null ? null : normalizeName(base.name);
  return base;
}

function readEntryPair(pair: Pair, entry: EntryNode, text: string, doc: Document, onAlias: () => void): void {
  const keyNode = pair.key as AnyNode;
  const key = isScalar(keyNode) ? detach(String(keyNode.value)) : '';
  const keySpan = spanOf(keyNode, text.length);
  const value = resolveAlias(pair.value as AnyNode, doc, onAlias);
  if (key === 'name' && entry.name === null && entry.nameInvalidSpan === null) {
    if (value === null || value === undefined || isScalar(value)) {
      entry.name = value ? scalarText(value) : '';
      entry.nameSpan = value ? valueSpan(value, text.length) : { start: keySpan.end, end: keySpan.end };
      entry.nameStyle = value ? styleOf(value) : 'plain';
    } else entry.nameInvalidSpan = spanOf(value, text.length);
  } else if (key === 'description' && entry.description === null && entry.descriptionInvalidSpan === null) {
    // A note is text: a number, boolean or null (`5`, `true`, `~`, nothing) is not what was meant.
    if (isScalar(value) && typeof value.value === 'string') entry.description = scalarText(value);
    else {
      const span = spanOf(value, text.length);
      entry.descriptionInvalidSpan = span.end > span.start ? span : keySpan;
    }
  } else entry.unknownKeys.push({ key, span: keySpan });
}

/** Reads the top-level pairs of a parsed piece. */
export function extractTopLevel(
  doc: Document,
  text: string,
  onAlias: () => void,
): {
  keys: Array<TopLevelKey & { items: EntryNode[]; flow: boolean }>;
  root: 'map' | 'empty' | 'other';
  rootSpan: Span;
} {
  const contents = doc.contents as AnyNode;
  const rootSpan = spanOf(contents, text.length);
  if (contents === null || contents === undefined) return { keys: [], root: 'empty', rootSpan };
  if (!isMap(contents)) return { keys: [], root: 'other', rootSpan };
  const keys = contents.items.map((pair) => {
    const keyNode = pair.key as AnyNode;
    const key: KeyNode = {
      key: isScalar(keyNode) ? detach(String(keyNode.value)) : '',
      span: spanOf(keyNode, text.length),
    };
    const value = resolveAlias(pair.value as AnyNode, doc, onAlias);
    const top: TopLevelKey & { items: EntryNode[]; flow: boolean } = {
      ...key,
      valueKind: 'empty',
      valueSpan: null,
      repeated: false,
      items: [],
      flow: false,
    };
    if (value === null || value === undefined || (isScalar(value) && value.value === null)) {
      return top;
    }
    top.valueSpan = spanOf(value, text.length);
    if (isSeq(value)) {
      top.valueKind = 'list';
      top.flow = Boolean(value.flow);
      top.items = value.items.map((item) => extractEntry(item as AnyNode, text, doc, onAlias));
    } else if (isScalar(value)) {
      top.valueKind = 'scalar';
      top.scalarValue = value.value;
    } else top.valueKind = 'mapping';
    return top;
  });
  return { keys, root: 'map', rootSpan };
}

function resolveAlias(node: AnyNode, doc: Document, onAlias: () => void): AnyNode {
  if (!isAlias(node)) return node;
  onAlias();
  return node.resolve(doc);
}

/** The text of a scalar: what a plain one says as written (`2024`, `yes`), the value of a quoted one. */
function scalarText(scalar: Scalar): string {
  if (scalar.type === Scalar.PLAIN || scalar.type === undefined)
    return detach(scalar.source ?? asText(scalar.value));
  return detach(asText(scalar.value));
}

function styleOf(scalar: Scalar): ScalarStyle {
  switch (scalar.type) {
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      return 'block';
    default:
      return 'plain';
  }
}

/** A mapping from its first key to the end of its last value (the parser's own end may run on over a line break). */
function mappingSpan(map: YAMLMap, fallback: number): Span {
  const start = map.range?.[0] ?? fallback;
  let end = start;
  for (const pair of map.items) {
    const last = (pair.value as AnyNode)?.range ?? (pair.key as AnyNode)?.range;
    if (last) end = Math.max(end, last[1]);
  }
  return { start, end };
}

function spanOf(node: AnyNode, fallback: number): Span {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : { start: fallback, end: fallback };
}

function valueSpan(scalar: Scalar, fallback: number): Span {
  return spanOf(scalar, fallback);
}

/** The lines a block list item occupies, from the start of its `- ` line to after its last newline. */
function wholeLines(text: string, item: AnyNode, span: Span): Span | null {
  // Walk back to the line start, giving up at the first character that is not a blank or the one
  // dash (`^[ \t]*-[ \t]*$`). Searching for the line start first made every item of a one-line flow
  // list scan the whole line: 100,000 items took minutes (found by the robustness tests, issue 7).
  let lineStart = span.start;
  let dashes = 0;
  for (; lineStart > 0 && text[lineStart - 1] !== '\n'; lineStart--) {
    const c = text[lineStart - 1];
    if (c === '-') dashes++;
    else if (c !== ' ' && c !== '\t') return null;
    if (dashes > 1) return null;
  }
  if (dashes !== 1) return null;
  const valueEnd = isMap(item) ? span.end : item?.range ? item.range[1] : span.end;
  if (valueEnd > 0 && text[valueEnd - 1] === '\n') return { start: lineStart, end: valueEnd };
  const newline = text.indexOf('\n', valueEnd);
  return { start: lineStart, end: newline === -1 ? text.length : newline + 1 };
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? '';
}
