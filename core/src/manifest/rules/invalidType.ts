import { isSectionKey } from '../model';
import { t } from '../../l10n';
import { quotable, type ManifestRule } from './rule';

/** `invalid-type`: a section that is not a list, an entry neither string nor mapping, a name that is a list or mapping, a description that is not a string. */
export const invalidTypeRule: ManifestRule = {
  code: 'invalid-type',
  severity: 'error',
  checkEntry(entry, _text, _settings, out) {
    if (entry.kind === 'invalid')
      out.report(
        entry.span,
        t('An entry is a name or a mapping with "name" (and an optional "description").'),
      );
    if (entry.nameInvalidSpan) out.report(entry.nameInvalidSpan, t('"name" must be a string.'));
    if (entry.descriptionInvalidSpan)
      out.report(entry.descriptionInvalidSpan, t('"description" must be a string.'));
  },
  checkDocument(doc, _settings, out) {
    if (doc.root === 'other')
      out.report(
        doc.rootSpan,
        t('A manifest is a mapping with the keys version, attributes, clientTags and sessionTags.'),
      );
    for (const key of doc.keys) {
      if (isSectionKey(key.key) && (key.valueKind === 'scalar' || key.valueKind === 'mapping'))
        out.report(key.valueSpan ?? key.span, t('"{0}" must be a list of names.', quotable(key.key)));
    }
  },
};
