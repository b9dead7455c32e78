import { t } from '../../l10n';
import { replaceNameEdit } from './nameEdit';
import type { ManifestRule } from './rule';

const UNTIDY = /^\s|\s$|\s\s|[^\S ]/u;

/** `whitespace`: leading, trailing or repeated spaces, or tabs and line breaks, in a name. */
export const whitespaceRule: ManifestRule = {
  code: 'whitespace',
  severity: 'warning',
  checkEntry(entry, text, _settings, out) {
    const name = entry.name;
    if (name === null || !entry.nameSpan) return;
    if (!UNTIDY.test(name)) return;
    const tidy = name.trim().replace(/\s+/gu, ' ');
    if (tidy === name || tidy === '') return;
    const edit = replaceNameEdit(entry, text, tidy);
    out.report(entry.nameSpan, t('The name has leading, trailing or repeated spaces.'), {
      fix: edit ? { title: t('Trim spaces'), edits: [edit] } : undefined,
    });
  },
};
