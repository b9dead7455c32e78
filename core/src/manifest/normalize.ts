// Identity of a name: two names that an operator could not tell apart on screen are one name.
// Used by the duplicate-name rule and by the sync plan, so both agree on what "the same" means.

/** Latin letters that render like Cyrillic ones (in either case), mapped to the Cyrillic letter. */
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

/**
 * The same table for case-folded text. A capital-only look-alike (B = В, H = Н, M = М, T = Т, K = К)
 * folds in both cases, so `Team`, `TEAM` and `ТЕАМ` are one name: folding case first and look-alikes
 * after keeps every capitalisation of a word together.
 */
const FOLDED_LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [latin.toLowerCase(), cyrillic.toLowerCase()]),
);
const FOLDED_LOOKALIKE = new RegExp(`[${Object.keys(FOLDED_LATIN_TO_CYRILLIC).join('')}]`, 'g');

/** Case-folds, then folds look-alikes and ё. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(FOLDED_LOOKALIKE, (c) => FOLDED_LATIN_TO_CYRILLIC[c] ?? c)
    .replace(/ё/g, 'е');
}
// Printable ASCII and the basic Cyrillic block: already NFC (no combining marks, nothing that
// composes), and the space is their only whitespace. Nearly every name is written in these.
const ASCII_OR_CYRILLIC = /^[\u0020-\u007e\u0400-\u045f]*$/;

/** The normalised form of a name: NFC, trimmed, inner whitespace collapsed, case-folded, look-alikes and ё→е folded. */
export function normalizeName(name: string): string {
  if (ASCII_OR_CYRILLIC.test(name)) {
    // The same steps without NFC and the Unicode whitespace pass, which cost most of the time.
    const trimmed = name.trim();
    return fold(trimmed.includes('  ') ? trimmed.replace(/ {2,}/g, ' ') : trimmed);
  }
  return fold(name.normalize('NFC').trim().replace(/\s+/gu, ' '));
}
