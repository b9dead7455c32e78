import { manifestMessages as m } from '../messages';
import { replaceNameEdit } from './nameEdit';
import type { ManifestRule } from './rule';

// Control characters (tab and line breaks are left to the whitespace rule), zero-width characters,
// the soft hyphen, and the bidirectional marks and overrides that can make a name read differently.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** `invisible-char`: control, zero-width or bidi-override characters in a name. */
export const invisibleCharRule: ManifestRule = {
  code: 'invisible-char',
  severity: 'error',
  checkEntry(entry, text, _settings, out) {
    const name = entry.name;
    if (name === null || !entry.nameSpan) return;
    const found = name.match(INVISIBLE);
    if (!found) return;
    const codes = [...new Set(found)].map(
      (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
    const edit = replaceNameEdit(entry, text, name.replace(INVISIBLE, ''));
    out.report(entry.nameSpan, m.invisibleChar, [codes.join(', ')], {
      fix: edit ? { title: m.removeInvisible, edits: [edit] } : undefined,
    });
  },
};
