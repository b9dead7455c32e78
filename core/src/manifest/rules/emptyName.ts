import { t } from '../../l10n';
import type { Span } from '../problem';
import type { ManifestRule } from './rule';

/** `empty-name`: an entry whose name is empty or blank, or a mapping without `name`. */
export const emptyNameRule: ManifestRule = {
  code: 'empty-name',
  severity: 'error',
  checkEntry(entry, text, _settings, out) {
    if (entry.kind === 'mapping' && entry.name === null && entry.nameInvalidSpan === null) {
      out.report(entry.span, t('This entry has no "name".'));
    } else if (entry.name !== null && entry.name.trim() === '' && entry.nameSpan) {
      out.report(visibleSpan(entry.nameSpan, text), t('The name is empty.'));
    }
  },
};

/** A bare `-` has an empty node after the dash: point at the dash instead, so the editor shows it. */
function visibleSpan(span: Span, text: string): Span {
  if (span.end > span.start) return span;
  const dash = text.lastIndexOf('-', span.start);
  return dash >= 0 && text.slice(dash + 1, span.start).trim() === '' ? { start: dash, end: dash + 1 } : span;
}
