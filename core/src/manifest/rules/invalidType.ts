import { isSectionKey } from '../model';
import { manifestMessages as m } from '../messages';
import type { ManifestRule } from './rule';

/** `invalid-type`: a section that is not a list, an entry neither string nor mapping, a name that is a list or mapping, a description that is not a string. */
export const invalidTypeRule: ManifestRule = {
  code: 'invalid-type',
  severity: 'error',
  checkEntry(entry, _text, _settings, out) {
    if (entry.kind === 'invalid') out.report(entry.span, m.entryNotNameOrMapping);
    if (entry.nameInvalidSpan) out.report(entry.nameInvalidSpan, m.nameNotString);
    if (entry.descriptionInvalidSpan) out.report(entry.descriptionInvalidSpan, m.descriptionNotString);
  },
  checkDocument(doc, _settings, out) {
    if (doc.root === 'other') out.report(doc.rootSpan, m.rootNotMapping);
    for (const key of doc.keys) {
      if (isSectionKey(key.key) && (key.valueKind === 'scalar' || key.valueKind === 'mapping'))
        out.report(key.valueSpan ?? key.span, m.sectionNotList, [key.key]);
    }
  },
};
