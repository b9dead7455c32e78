// A fast path for the list items nearly every manifest consists of: `- Name`, `- name: X` with an
// optional `description: Y` line, and comments. For these lines the YAML meaning is certain, so the
// entries are built directly, without the general parser. Anything else (quotes, colons or `#` inside
// a value, flow, anchors, odd indentation, tabs, CR) returns null and the slice goes to `yaml`.
// The unit tests check that both paths build the same entries.
import type { EntryNode } from './nodes';
import { detach } from './detach';
import { normalizeName } from './normalize';

const NO_KEYS: EntryNode['unknownKeys'] = [];

// A plain scalar that cannot mean anything but itself in block context: no indicator first, no `:`,
// `#` or tab inside, no control characters. Trailing spaces and a ` # comment` are not part of it.
const VALUE = String.raw`([^\s\-?:,[\]{}#&*!|>'"%@\u0060\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff][^:#\t\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*?)(?: +#.*| *)`;
const ITEM = new RegExp(`^( *)- (?:(name|description): ${VALUE}|${VALUE})$`);
const CONTINUATION = new RegExp(`^( *)(name|description): ${VALUE}$`);
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;

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
      const valueText = key ? item[3] : item[4];
      if (valueText === undefined) return null;
      const valueStart = lineStart + line.indexOf(valueText, dashIndent + 2 + (key ? key.length + 2 : 0));
      valueEnd = valueStart + valueText.length;
      const entryStart = lineStart + dashIndent + 2;
      current = blankEntry(entryStart, lineStart);
      if (key) {
        current.kind = 'mapping';
        assign(current, key, valueText, valueStart, valueEnd);
      } else {
        current.kind = 'scalar';
        current.name = detach(valueText);
        current.nameSpan = { start: valueStart, end: valueEnd };
        current.nameStyle = 'plain';
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
      const valueText = continuation[3] ?? '';
      if (key === 'name' ? current.name !== null : current.description !== null) return null;
      const valueStart = lineStart + line.indexOf(valueText, indent + 2 + key.length + 1);
      valueEnd = valueStart + valueText.length;
      assign(current, key, valueText, valueStart, valueEnd);
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

function assign(entry: EntryNode, key: string, value: string, start: number, end: number): void {
  if (key === 'name') {
    entry.name = detach(value);
    entry.nameSpan = { start, end };
    entry.nameStyle = 'plain';
  } else entry.description = detach(value);
}
