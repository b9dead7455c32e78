// Whole-file edits: sort each section's entries, remove every duplicate. Comments travel with the
// entry they sit above; the comment right under a section key stays there.
import type { ManifestDocument, SectionNode, TextEdit } from '../../../core/src/manifest';
import { findDuplicates, removeEntryEdit } from '../../../core/src/manifest/rules';

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });

/** Edits that sort every block-style section by name; empty when already sorted. */
export function sortEntriesEdits(doc: ManifestDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const section of doc.sections) {
    const edit = sortSection(doc, section);
    if (edit) edits.push(edit);
  }
  return edits;
}

function sortSection(doc: ManifestDocument, section: SectionNode): TextEdit | null {
  const entries = section.entries;
  if (section.flow || entries.length < 2 || entries.some((e) => !e.lineSpan)) return null;
  const text = doc.text;
  const chunks = entries.map((entry, i) => {
    const previous = entries[i - 1];
    const start = i === 0 || !previous?.lineSpan ? (entry.lineSpan?.start ?? 0) : previous.lineSpan.end;
    const end = entry.lineSpan?.end ?? 0;
    const body = text.slice(start, end);
    return { entry, text: body.endsWith('\n') ? body : `${body}\n` };
  });
  const sorted = [...chunks].sort((a, b) => collator.compare(a.entry.name ?? '', b.entry.name ?? ''));
  if (sorted.every((c, i) => c === chunks[i])) return null;
  const first = entries[0]?.lineSpan;
  const last = entries[entries.length - 1]?.lineSpan;
  if (!first || !last) return null;
  let newText = sorted.map((c) => c.text).join('');
  if (!text.slice(first.start, last.end).endsWith('\n')) newText = newText.slice(0, -1);
  return {
    range: { start: doc.lines.positionAt(first.start), end: doc.lines.positionAt(last.end) },
    newText,
  };
}

/** Edits that delete every later duplicate in every section. */
export function removeAllDuplicatesEdits(doc: ManifestDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const section of doc.sections) {
    for (const { entry } of findDuplicates(section.entries)) {
      const edit = removeEntryEdit(entry, doc.text);
      edits.push({
        range: { start: doc.lines.positionAt(edit.start), end: doc.lines.positionAt(edit.end) },
        newText: edit.newText,
      });
    }
  }
  return edits;
}
