// Outline and folding: sections with their entries.
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import type { ManifestDocument } from '../../../core/src/manifest';

const KIND_ARRAY = 18;
const KIND_NUMBER = 16;
const KIND_STRING = 15;
const KIND_OBJECT = 19;
const KIND_KEY = 20;

/** Document symbols: `version` and each section with its entries as children. */
export function documentSymbols(doc: ManifestDocument): DocumentSymbol[] {
  const at = (offset: number) => doc.lines.positionAt(offset);
  const symbols: DocumentSymbol[] = [];
  for (const key of doc.keys) {
    if (key.repeated) continue;
    const section = doc.sections.find((s) => s.keySpan.start === key.span.start);
    const end = section ? trimEnd(doc.text, section.end) : (key.valueSpan?.end ?? key.span.end);
    const symbol: DocumentSymbol = {
      name: key.key,
      kind: section ? KIND_ARRAY : key.key === 'version' ? KIND_NUMBER : KIND_KEY,
      range: { start: at(key.span.start), end: at(Math.max(end, key.span.end)) },
      selectionRange: { start: at(key.span.start), end: at(key.span.end) },
    };
    if (section) {
      symbol.detail = String(section.entries.length);
      symbol.children = section.entries.map((entry) => {
        const nameSpan = entry.nameSpan ?? entry.span;
        const start = Math.min(entry.lineSpan?.start ?? entry.span.start, nameSpan.start);
        const stop = Math.max(trimEnd(doc.text, entry.lineSpan?.end ?? entry.span.end), nameSpan.end);
        const child: DocumentSymbol = {
          name: entry.name?.trim() || '""',
          kind: entry.kind === 'mapping' ? KIND_OBJECT : KIND_STRING,
          range: { start: at(start), end: at(stop) },
          selectionRange: { start: at(nameSpan.start), end: at(nameSpan.end) },
        };
        if (entry.description) child.detail = entry.description;
        return child;
      });
    }
    symbols.push(symbol);
  }
  return symbols;
}

/**
 * Folding ranges: each section, from its key to its last entry (so the comments that lead the next
 * section stay visible when it is folded), and each entry written over several lines.
 */
export function foldingRanges(doc: ManifestDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lineOf = (offset: number) => doc.lines.positionAt(offset).line;
  for (const section of doc.sections) {
    const startLine = lineOf(section.keySpan.start);
    const last = section.entries[section.entries.length - 1];
    const end = last ? Math.max(last.span.end, last.nameSpan?.end ?? 0) : section.keySpan.end;
    const endLine = lineOf(trimEnd(doc.text, Math.min(end, section.end)));
    if (endLine > startLine) ranges.push({ startLine, endLine });
    for (const entry of section.entries) {
      const first = lineOf(entry.span.start);
      const last = lineOf(trimEnd(doc.text, entry.span.end));
      if (last > first) ranges.push({ startLine: first, endLine: last });
    }
  }
  return ranges;
}

/** `end` moved back over trailing whitespace and line breaks (a range should end on its last text). */
function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}
