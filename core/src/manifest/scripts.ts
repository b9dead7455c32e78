// Latin/Cyrillic mixing inside one word (BИП with a Latin B), and rewriting such a word in the
// script most of its letters use.
import { LATIN_TO_CYRILLIC } from './normalize';

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const ANY_LATIN = /\p{Script=Latin}/u;
const ANY_CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A word that mixes the two scripts, where it is, and how it reads in its dominant script. */
export interface MixedWord {
  word: string;
  index: number;
  rewritten: string;
}

/** The words of `text` that mix Latin and Cyrillic letters. */
export function mixedScriptWords(text: string): MixedWord[] {
  const found: MixedWord[] = [];
  // Most names are in one script: skip the per-letter work for them.
  if (!ANY_LATIN.test(text) || !ANY_CYRILLIC.test(text)) return found;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let latin = 0;
    let cyrillic = 0;
    for (const ch of word) {
      if (LATIN.test(ch)) latin++;
      else if (CYRILLIC.test(ch)) cyrillic++;
    }
    if (latin === 0 || cyrillic === 0) continue;
    const map = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    const rewritten = Array.from(word, (ch) => map[ch] ?? ch).join('');
    found.push({ word, index: match.index ?? 0, rewritten });
  }
  return found;
}
