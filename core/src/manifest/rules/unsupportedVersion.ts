import { FORMAT_VERSION } from '../model';
import { t } from '../../l10n';
import { quotable, type ManifestRule } from './rule';

/** `unsupported-version`: a `version` other than 1. */
export const unsupportedVersionRule: ManifestRule = {
  code: 'unsupported-version',
  severity: 'error',
  checkDocument(doc, _settings, out) {
    for (const key of doc.keys) {
      if (key.key !== 'version' || key.repeated) continue;
      const value = key.valueKind === 'scalar' ? key.scalarValue : undefined;
      if (value === FORMAT_VERSION || value === String(FORMAT_VERSION)) continue;
      const span = key.valueSpan ?? key.span;
      const written = key.valueSpan ? doc.text.slice(span.start, span.end).trim() : '—';
      out.report(
        span,
        t('Unsupported format version {0}: this tool reads version 1.', quotable(written || '—')),
      );
    }
  },
};
