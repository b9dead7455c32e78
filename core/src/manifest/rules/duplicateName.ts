import { t } from '../../l10n';
import { differingLetters } from '../lookAlike';
import { describeSwaps } from '../lookAlikeText';
import type { SectionEntry } from '../nodes';
import type { OffsetEdit } from '../problem';
import { quotable, type ManifestRule } from './rule';

/** The edit that deletes an entry: its whole lines in a block list, the item and a comma in `[a, b]`. */
export function removeEntryEdit(entry: SectionEntry, text: string): OffsetEdit {
  if (entry.lineSpan) return { ...entry.lineSpan, newText: '' };
  const after = /^\s*,[ \t]*/.exec(text.slice(entry.span.end, entry.span.end + 64));
  if (after) return { start: entry.span.start, end: entry.span.end + after[0].length, newText: '' };
  const before = /,\s*$/.exec(text.slice(Math.max(0, entry.span.start - 64), entry.span.start));
  return { start: entry.span.start - (before ? before[0].length : 0), end: entry.span.end, newText: '' };
}

/** Every entry after the first of its normalised name, with that first entry; `onlyNames` narrows the search. */
export function findDuplicates(
  entries: readonly SectionEntry[],
  onlyNames?: ReadonlySet<string>,
): Array<{ entry: SectionEntry; first: SectionEntry }> {
  const firstByName = new Map<string, SectionEntry>();
  const found: Array<{ entry: SectionEntry; first: SectionEntry }> = [];
  if (onlyNames && onlyNames.size === 0) return found;
  for (const entry of entries) {
    if (entry.normalized === null || entry.normalized === '') continue;
    if (onlyNames && !onlyNames.has(entry.normalized)) continue;
    const first = firstByName.get(entry.normalized);
    if (first) found.push({ entry, first });
    else firstByName.set(entry.normalized, entry);
  }
  return found;
}

/** `duplicate-name`: two entries of one section equal after `normalizeName`; reported on the later one. */
export const duplicateNameRule: ManifestRule = {
  code: 'duplicate-name',
  severity: 'error',
  checkDocument(doc, settings, out) {
    for (const section of doc.sections) {
      const known =
        doc.duplicateNames?.get(section.key) ?? (doc.duplicateNames ? new Set<string>() : undefined);
      for (const { entry, first } of findDuplicates(section.entries, known)) {
        const firstName = quotable(first.name ?? '');
        const name = quotable(entry.name ?? '');
        const swaps = differingLetters(entry.name ?? '', first.name ?? '');
        const firstLine = doc.lines.positionAt(first.span.start).line + 1;
        out.report(
          entry.nameSpan ?? entry.span,
          swaps.length > 0
            ? t('"{0}" repeats "{1}" on line {2}: {3}.', name, firstName, firstLine, describeSwaps(swaps))
            : t('"{0}" repeats "{1}" on line {2}.', name, firstName, firstLine),
          {
            related: [
              { span: first.nameSpan ?? first.span, message: t('First occurrence of "{0}"', firstName) },
            ],
            fix: { title: t('Remove duplicate "{0}"', name), edits: [removeEntryEdit(entry, doc.text)] },
          },
        );
      }
    }
  },
};
