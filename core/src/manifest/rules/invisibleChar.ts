import { invisibleCharacters, withoutInvisibleCharacters } from '../invisible';
import { t } from '../../l10n';
import { replaceNameEdit } from './nameEdit';
import { quotable, type ManifestRule } from './rule';

/** `invisible-char`: control, zero-width or bidi-override characters in a name (the set: ../invisible.ts). */
export const invisibleCharRule: ManifestRule = {
  code: 'invisible-char',
  severity: 'error',
  checkEntry(entry, text, _settings, out) {
    const name = entry.name;
    if (name === null || !entry.nameSpan) return;
    const found = invisibleCharacters(name);
    if (found.length === 0) return;
    const codes = found.map(
      (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
    const edit = replaceNameEdit(entry, text, withoutInvisibleCharacters(name));
    out.report(
      entry.nameSpan,
      t('The name contains invisible characters ({0}).', quotable(codes.join(', '))),
      {
        fix: edit ? { title: t('Remove invisible characters'), edits: [edit] } : undefined,
      },
    );
  },
};
