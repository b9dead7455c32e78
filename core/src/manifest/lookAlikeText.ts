// The look-alike letters in words: `Latin "O" U+004F where Cyrillic "О" U+041E is expected`, and
// names with those letters marked for a hover. Russian needs the script in two cases (the letter
// found, the letter expected), so each script has a word per role.
import { t, type Locale, type Message } from '../i18n/locale';
import { codePointLabel, type LetterScript, type LetterSwap } from './lookAlike';

const FOUND: Record<LetterScript, Message> = {
  Latin: { en: 'Latin', ru: 'латинская' },
  Cyrillic: { en: 'Cyrillic', ru: 'кириллическая' },
  other: { en: 'the letter', ru: 'буква' },
};
const EXPECTED: Record<LetterScript, Message> = {
  Latin: { en: 'Latin', ru: 'латинской' },
  Cyrillic: { en: 'Cyrillic', ru: 'кириллической' },
  other: { en: 'the letter', ru: 'буквы' },
};
const SWAP: Message = {
  en: '{0} "{1}" {2} where {3} "{4}" {5} is expected',
  ru: '{0} «{1}» {2} вместо {3} «{4}» {5}',
};
const MORE: Message = { en: '{0} and {1} more', ru: '{0} и ещё {1}' };

/** How many swaps a message names before "and N more". */
const NAMED = 1;

/** One swap in words. */
export function describeSwap(swap: LetterSwap, locale: Locale): string {
  return t(
    locale,
    SWAP,
    t(locale, FOUND[swap.foundScript]),
    swap.found,
    codePointLabel(swap.found),
    t(locale, EXPECTED[swap.expectedScript]),
    swap.expected,
    codePointLabel(swap.expected),
  );
}

/** The first swaps in words, joined; "and N more" for the rest. Empty when there are none. */
export function describeSwaps(swaps: readonly LetterSwap[], locale: Locale): string {
  const named = swaps
    .slice(0, NAMED)
    .map((s) => describeSwap(s, locale))
    .join('; ');
  return swaps.length > NAMED ? t(locale, MORE, named, swaps.length - NAMED) : named;
}

/** Markdown of a name with the letters at `swaps` bold, the rest escaped. */
export function markedName(name: string, swaps: readonly LetterSwap[]): string {
  const escaped = (ch: string) => ch.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
  const marked = new Set(swaps.map((s) => s.index));
  return Array.from(name, (ch, i) => (marked.has(i) ? `**${escaped(ch)}**` : escaped(ch))).join('');
}
