import { manifestMessages as m } from '../messages';
import { plainScalarType } from '../scalarType';
import { doubleQuoted } from '../yamlText';
import type { ManifestRule } from './rule';

const TYPE_NAMES = {
  null: m.typeNull,
  boolean: m.typeBoolean,
  number: m.typeNumber,
  date: m.typeDate,
} as const;

/** `non-string-name`: an unquoted name YAML reads as a number, boolean, null or date; the fix quotes it. */
export const nonStringNameRule: ManifestRule = {
  code: 'non-string-name',
  severity: 'warning',
  checkEntry(entry, _text, settings, out) {
    // An empty name is empty-name's to report.
    if (entry.nameStyle !== 'plain' || !entry.name || !entry.nameSpan) return;
    const type = plainScalarType(entry.name, 'any');
    if (type === null) return;
    out.report(entry.nameSpan, m.nonStringName, [entry.name, TYPE_NAMES[type][settings.locale]], {
      fix: {
        title: m.quoteIt,
        args: [entry.name],
        edits: [{ ...entry.nameSpan, newText: doubleQuoted(entry.name) }],
      },
    });
  },
};
