// A fast path for the list items nearly every manifest consists of: `- Name`, `- name: X` with an
// optional `description: Y` line, and comments. For these lines the YAML meaning is certain, so the
// entries are built directly, without the general parser. A value may be plain, or quoted on one line
// (its escapes read exactly as YAML reads them). Anything else (colons or `#` in a plain value, flow,
// anchors, odd indentation, tabs, CR, an escape YAML would reject) returns null and the slice goes
// to `yaml`. The unit tests check that both paths build the same entries.
import type { EntryNode, ScalarStyle } from './nodes';
import { detach } from './detach';
import { normalizeName } from './normalize';
import { scalarType } from './scalarType';

const NO_KEYS: EntryNode['unknownKeys'] = [];

// Characters left to the parser wherever they appear: controls (tab included), line and paragraph
// separators, the byte-order mark.
const CONTROL = String.raw`\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff`;
// A plain scalar that cannot mean anything but itself in block context: no indicator first, no
// control characters, a `:` only before a non-space (`после 18:00`) and a `#` only after one (`№#1`).
const PLAIN = String.raw`([^\s\-?:,[\]{}#&*!|>'"%@\u0060${CONTROL}](?:[^:#${CONTROL}]|:(?=[^\s${CONTROL}])|(?<=[^\s])#)*?)`;
// Quoted scalars on one line: backslash escapes (checked when read) and `''`, no line folding.
const DOUBLE = String.raw`"((?:[^"\\${CONTROL}]|\\[^${CONTROL}])*)"`;
const SINGLE = String.raw`'((?:[^'${CONTROL}]|'')*)'`;
// Trailing spaces and a ` # comment` are not part of the value.
const SCALAR = String.raw`(?:${PLAIN}|${DOUBLE}|${SINGLE})(?: +#.*| *)`;
const ITEM = new RegExp(`^( *)- (?:(name|description): )?${SCALAR}$`);
const CONTINUATION = new RegExp(`^( *)(name|description): ${SCALAR}$`);
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;

/** A scalar as read from a matched line: its value, style and length as written. */
interface ReadScalar {
  value: string;
  style: ScalarStyle;
  length: number;
}

/** The scalar captured in groups 3–5 of ITEM or CONTINUATION; null when YAML would reject an escape. */
function readScalar(match: RegExpExecArray): ReadScalar | null {
  const [, , , plain, double, single] = match;
  if (plain !== undefined) return { value: plain, style: 'plain', length: plain.length };
  if (double !== undefined) {
    const value = double.includes('\\') ? unescapeDouble(double) : double;
    return value === null ? null : { value, style: 'double', length: double.length + 2 };
  }
  if (single !== undefined)
    return { value: single.replace(/''/g, "'"), style: 'single', length: single.length + 2 };
  return null;
}

// YAML 1.2's escapes of a double-quoted scalar (besides \x, \u and \U), as the `yaml` library reads them.
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
const HEX = /^[0-9a-fA-F]+$/;

/** The value of a one-line double-quoted scalar's inside; null for an escape YAML reports as an error. */
export function unescapeDouble(inside: string): string | null {
  let value = '';
  let from = 0;
  for (let at = inside.indexOf('\\'); at !== -1; at = inside.indexOf('\\', from)) {
    value += inside.slice(from, at);
    const letter = inside[at + 1] ?? '';
    const simple = Object.prototype.hasOwnProperty.call(ESCAPES, letter) ? ESCAPES[letter] : undefined;
    if (simple !== undefined) {
      value += simple;
      from = at + 2;
      continue;
    }
    const length = Object.prototype.hasOwnProperty.call(HEX_LENGTH, letter) ? HEX_LENGTH[letter] : undefined;
    if (length === undefined) return null;
    const digits = inside.slice(at + 2, at + 2 + length);
    if (digits.length !== length || !HEX.test(digits)) return null;
    const code = parseInt(digits, 16);
    if (code > 0x10ffff) return null;
    value += String.fromCodePoint(code);
    from = at + 2 + length;
  }
  return value + inside.slice(from);
}

/** The entries of an items slice when every line is simple; null otherwise. */
export function fastItems(text: string): EntryNode[] | null {
  if (text.includes('\r')) return null;
  const entries: EntryNode[] = [];
  let indent = -1;
  let current: EntryNode | null = null;
  let valueEnd = 0;
  let lineStart = 0;
  const finish = (entry: EntryNode | null, end: number, nextLine: number) => {
    if (!entry) return;
    entry.span.end = end;
    entry.lineSpan = { start: entry.lineSpan?.start ?? 0, end: nextLine };
    entry.normalized = entry.name === null ? null : normalizeName(entry.name);
  };
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    const item = ITEM.exec(line);
    if (item) {
      const dashIndent = item[1]?.length ?? 0;
      if (indent === -1) indent = dashIndent;
      else if (dashIndent !== indent) return null;
      finish(current, valueEnd, lineStart);
      const key = item[2];
      const scalar = readScalar(item);
      if (!scalar || !readsAsText(key, scalar)) return null;
      // Exactly one space follows `- ` and `key: `, so the value starts right there.
      const valueStart = lineStart + dashIndent + 2 + (key ? key.length + 2 : 0);
      valueEnd = valueStart + scalar.length;
      const entryStart = lineStart + dashIndent + 2;
      current = blankEntry(entryStart, lineStart);
      if (key) {
        current.kind = 'mapping';
        assign(current, key, scalar, valueStart, valueEnd);
      } else {
        current.kind = 'scalar';
        current.name = detach(scalar.value);
        current.nameSpan = { start: valueStart, end: valueEnd };
        current.nameStyle = scalar.style;
      }
      entries.push(current);
    } else if (BLANK_OR_COMMENT.test(line)) {
      // Comments and blank lines belong to no entry.
    } else {
      const continuation = CONTINUATION.exec(line);
      if (
        !continuation ||
        !current ||
        current.kind !== 'mapping' ||
        (continuation[1]?.length ?? 0) !== indent + 2
      )
        return null;
      const key = continuation[2] ?? '';
      if (key === 'name' ? current.name !== null : current.description !== null) return null;
      const scalar = readScalar(continuation);
      if (!scalar || !readsAsText(key, scalar)) return null;
      const valueStart = lineStart + indent + 2 + key.length + 2;
      valueEnd = valueStart + scalar.length;
      assign(current, key, scalar, valueStart, valueEnd);
    }
    lineStart = next;
  }
  // The last entry's lines end after the line holding its last value.
  if (current) {
    const newline = text.indexOf('\n', valueEnd);
    finish(current, valueEnd, newline === -1 ? text.length : newline + 1);
  }
  // Entries before the last were closed at the next item's line; trailing comment lines between
  // entries are not part of an entry's lines (as with the yaml path).
  for (const entry of entries) {
    const end = entry.span.end;
    const newline = text.indexOf('\n', end);
    if (entry.lineSpan) entry.lineSpan.end = newline === -1 ? text.length : newline + 1;
  }
  return entries.length > 0 ? entries : null;
}

function blankEntry(start: number, lineStart: number): EntryNode {
  return {
    span: { start, end: start },
    lineSpan: { start: lineStart, end: lineStart },
    kind: 'scalar',
    name: null,
    nameSpan: null,
    nameStyle: null,
    nameInvalidSpan: null,
    description: null,
    descriptionInvalidSpan: null,
    unknownKeys: NO_KEYS,
    normalized: null,
  };
}

/**
 * False for a description the parser reads as a number, boolean or null (`5`, `true`, `~`): it is
 * checked to be a string (invalid-type), so such a line goes to the parser, which reports it.
 */
function readsAsText(key: string | undefined, scalar: ReadScalar): boolean {
  return key !== 'description' || scalarType(scalar.value, scalar.style, 'core') === null;
}

function assign(entry: EntryNode, key: string, scalar: ReadScalar, start: number, end: number): void {
  if (key === 'name') {
    entry.name = detach(scalar.value);
    entry.nameSpan = { start, end };
    entry.nameStyle = scalar.style;
  } else entry.description = detach(scalar.value);
}
