// VS Code's own files (.vscode/*.json) are JSON with comments and trailing commas. A small reader for
// them, so the contributor set-up tests need no parser package: comments and trailing commas go, text
// inside strings (`"<node_internals>/**"`) stays.
import fs from 'node:fs';

/** `text` without // and /* *\/ comments outside strings, and without commas before `}` or `]`. */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else {
      out += c;
      i++;
    }
  }
  return withoutTrailingCommas(out);
}

/** `json` without a comma that only whitespace separates from the `}` or `]` after it. */
function withoutTrailingCommas(json: string): string {
  let out = '';
  for (let i = 0; i < json.length; i++) {
    if (json[i] === '"') {
      const end = stringEnd(json, i);
      out += json.slice(i, end);
      i = end - 1;
    } else if (json[i] !== ',' || !/^\s*[}\]]/.test(json.slice(i + 1))) {
      out += json[i];
    }
  }
  return out;
}

/** The index just past the string literal that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** A JSONC file, parsed. */
export function readJsonc(file: string): unknown {
  return JSON.parse(stripJsonc(fs.readFileSync(file, 'utf8')));
}
