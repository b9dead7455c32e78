// Characters a name may not hold: controls (tab and line breaks included: a name is one line of text
// on the platform), zero-width characters, the soft hyphen, bidirectional marks, overrides and
// isolates, line and paragraph separators, the BOM, and the invisible "tag" letters. Shared by the
// invisible-char rule and the sync engine's last check before it sends a name (issue 7).

/**
 * The invisible characters of the Basic Multilingual Plane, as the inside of a regular expression
 * character class. The JSON Schema's name pattern is built from it (jsonSchema.ts), so that the
 * schema and the rule refuse the same characters.
 */
export const INVISIBLE_BMP_CLASS =
  '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';

// Every invisible character: the BMP ones and the astral "tag" letters (U+E0000–E007F). Not exported:
// a global expression keeps state (lastIndex) between uses.
const INVISIBLE = new RegExp(`[${INVISIBLE_BMP_CLASS}\\u{e0000}-\\u{e007f}]`, 'gu');

/** Tab and line breaks become a space when removed (`a<TAB>b` -> `a b`); the others just go. */
const BREAKS = /[\t\n\r\u2028\u2029]/gu;

/** The distinct invisible characters of a name, in order of appearance (empty when none). */
export function invisibleCharacters(name: string): string[] {
  return [...new Set(name.match(INVISIBLE) ?? [])];
}

/** True when the name holds any invisible character. */
export function hasInvisibleCharacters(name: string): boolean {
  return invisibleCharacters(name).length > 0;
}

/** The name with its invisible characters removed (tabs and line breaks turned into spaces). */
export function withoutInvisibleCharacters(name: string): string {
  return name.replace(BREAKS, ' ').replace(INVISIBLE, '');
}
