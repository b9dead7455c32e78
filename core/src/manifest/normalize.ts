// Identity of a name: two names that an operator could not tell apart on screen are one name.
// Used by the duplicate-name rule and by the sync plan, so both agree on what "the same" means.

/**
 * Latin letters that render like Cyrillic ones, mapped to the Cyrillic letter. Applied before
 * case-folding so that capital-only look-alikes (B = В, H = Н, M = М, T = Т, K = К) fold too.
 */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

const LOOKALIKE = /[ABCEHKMOPTXYaceopxy]/g;
// Printable ASCII and the basic Cyrillic block: already NFC (no combining marks, nothing that
// composes), and the space is their only whitespace. Nearly every name is written in these.
const ASCII_OR_CYRILLIC = /^[\u0020-\u007e\u0400-\u045f]*$/;

/** The normalised form of a name: NFC, trimmed, inner whitespace collapsed, look-alikes folded, case-folded, ё→е. */
export function normalizeName(name: string): string {
  if (ASCII_OR_CYRILLIC.test(name)) {
    // The same steps without NFC and the Unicode whitespace pass, which cost most of the time.
    const trimmed = name.trim();
    return (trimmed.includes('  ') ? trimmed.replace(/ {2,}/g, ' ') : trimmed)
      .replace(LOOKALIKE, (c) => LATIN_TO_CYRILLIC[c] ?? c)
      .toLowerCase()
      .replace(/ё/g, 'е');
  }
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(LOOKALIKE, (c) => LATIN_TO_CYRILLIC[c] ?? c)
    .toLowerCase()
    .replace(/ё/g, 'е');
}
