// Which letters make two names that look the same differ, or make a word mix scripts: each letter with
// its script and code point, so a message can say `Latin "O" U+004F where Cyrillic "О" U+041E is
// expected` and a hover can mark the letters. Pure and language-free: the words come from the catalog.
import type { MixedWord } from './scripts';

/** The scripts a letter of a name is told apart by. */
export type LetterScript = 'Latin' | 'Cyrillic' | 'other';

/** One letter as written and the letter expected in its place. */
export interface LetterSwap {
  /** Index of the letter in the written name (code points). */
  index: number;
  found: string;
  foundScript: LetterScript;
  expected: string;
  expectedScript: LetterScript;
}

/** The script of one letter. */
export function scriptOf(ch: string): LetterScript {
  if (/\p{Script=Latin}/u.test(ch)) return 'Latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'Cyrillic';
  return 'other';
}

/** `U+041E`: a character's code point as Unicode writes it. */
export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The letters of a mixed-script word that are not in its main script, with the letter meant. */
export function foreignLetters(word: MixedWord): LetterSwap[] {
  const found = Array.from(word.word);
  const expected = Array.from(word.rewritten);
  const swaps: LetterSwap[] = [];
  // The word's main script is the script of its rewritten form's letters.
  const main = expected.map(scriptOf).find((s) => s !== 'other') ?? 'other';
  found.forEach((ch, i) => {
    const script = scriptOf(ch);
    if (script === 'other' || script === main) return;
    const meant = expected[i] ?? ch;
    swaps.push({
      index: i,
      found: ch,
      foundScript: script,
      expected: meant,
      expectedScript: meant === ch ? main : scriptOf(meant),
    });
  });
  return swaps;
}

/**
 * The letters in which `written` differs from `other` when the two are the same length: each letter
 * of `written` and the one `other` has there. Names of different lengths (spaces) give no swaps: they
 * differ by more than letters, which the message shows by quoting both.
 */
export function differingLetters(written: string, other: string): LetterSwap[] {
  const a = Array.from(written);
  const b = Array.from(other);
  if (a.length !== b.length) return [];
  const swaps: LetterSwap[] = [];
  a.forEach((ch, i) => {
    const meant = b[i] ?? ch;
    if (ch === meant || ch.toLowerCase() === meant.toLowerCase()) return;
    swaps.push({
      index: i,
      found: ch,
      foundScript: scriptOf(ch),
      expected: meant,
      expectedScript: scriptOf(meant),
    });
  });
  return swaps;
}
