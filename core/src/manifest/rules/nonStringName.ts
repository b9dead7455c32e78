import { t } from '../../l10n';
import { plainScalarType } from '../scalarType';
import { doubleQuoted } from '../yamlText';
import { quotable, type ManifestRule } from './rule';

// One whole sentence per type, so that each language words it as its grammar needs.
const READ_AS = {
  null: (name: string) => t('YAML reads {0} as a null, not as text; quote it.', name),
  boolean: (name: string) => t('YAML reads {0} as a boolean, not as text; quote it.', name),
  number: (name: string) => t('YAML reads {0} as a number, not as text; quote it.', name),
  date: (name: string) => t('YAML reads {0} as a date, not as text; quote it.', name),
} as const;

/** `non-string-name`: an unquoted name YAML reads as a number, boolean, null or date; the fix quotes it. */
export const nonStringNameRule: ManifestRule = {
  code: 'non-string-name',
  severity: 'warning',
  checkEntry(entry, _text, _settings, out) {
    // An empty name is empty-name's to report.
    if (entry.nameStyle !== 'plain' || !entry.name || !entry.nameSpan) return;
    const type = plainScalarType(entry.name, 'any');
    if (type === null) return;
    const name = quotable(entry.name);
    out.report(entry.nameSpan, READ_AS[type](name), {
      fix: {
        title: t('Quote "{0}"', name),
        edits: [{ ...entry.nameSpan, newText: doubleQuoted(entry.name) }],
      },
    });
  },
};
