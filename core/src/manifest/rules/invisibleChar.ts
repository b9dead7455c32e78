import { invisibleCharacters, withoutInvisibleCharacters } from '../invisible';
import { manifestMessages as m } from '../messages';
import { replaceNameEdit } from './nameEdit';
import type { ManifestRule } from './rule';

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
    out.report(entry.nameSpan, m.invisibleChar, [codes.join(', ')], {
      fix: edit ? { title: m.removeInvisible, edits: [edit] } : undefined,
    });
  },
};
