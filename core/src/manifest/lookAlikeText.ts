// The look-alike letters in words: `Latin "O" U+004F where Cyrillic "О" U+041E is expected`, and
// names with those letters marked for a hover. Russian declines the script's name (the letter found,
// the letter expected), so each pair of scripts is one whole sentence to translate.
import { t } from '../l10n';
import { codePointLabel, type LetterScript, type LetterSwap } from './lookAlike';

type Say = (found: string, foundCode: string, expected: string, expectedCode: string) => string;

const SWAP: Record<`${LetterScript}>${LetterScript}`, Say> = {
  'Latin>Cyrillic': (a, b, c, d) => t('Latin "{0}" {1} where Cyrillic "{2}" {3} is expected', a, b, c, d),
  'Cyrillic>Latin': (a, b, c, d) => t('Cyrillic "{0}" {1} where Latin "{2}" {3} is expected', a, b, c, d),
  'Latin>Latin': (a, b, c, d) => t('Latin "{0}" {1} where Latin "{2}" {3} is expected', a, b, c, d),
  'Cyrillic>Cyrillic': (a, b, c, d) =>
    t('Cyrillic "{0}" {1} where Cyrillic "{2}" {3} is expected', a, b, c, d),
  'Latin>other': (a, b, c, d) => t('Latin "{0}" {1} where "{2}" {3} is expected', a, b, c, d),
  'Cyrillic>other': (a, b, c, d) => t('Cyrillic "{0}" {1} where "{2}" {3} is expected', a, b, c, d),
  'other>Latin': (a, b, c, d) => t('"{0}" {1} where Latin "{2}" {3} is expected', a, b, c, d),
  'other>Cyrillic': (a, b, c, d) => t('"{0}" {1} where Cyrillic "{2}" {3} is expected', a, b, c, d),
  'other>other': (a, b, c, d) => t('"{0}" {1} where "{2}" {3} is expected', a, b, c, d),
};

/** How many swaps a message names before "and N more". */
const NAMED = 1;

/** One swap in words. */
export function describeSwap(swap: LetterSwap): string {
  const say = SWAP[`${swap.foundScript}>${swap.expectedScript}`];
  return say(swap.found, codePointLabel(swap.found), swap.expected, codePointLabel(swap.expected));
}

/** The first swaps in words, joined; "and N more" for the rest. Empty when there are none. */
export function describeSwaps(swaps: readonly LetterSwap[]): string {
  const named = swaps.slice(0, NAMED).map(describeSwap).join('; ');
  return swaps.length > NAMED ? t('{0} and {1} more', named, swaps.length - NAMED) : named;
}

/** Markdown of a name with the letters at `swaps` bold, the rest escaped. */
export function markedName(name: string, swaps: readonly LetterSwap[]): string {
  const escaped = (ch: string) => ch.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
  const marked = new Set(swaps.map((s) => s.index));
  return Array.from(name, (ch, i) => (marked.has(i) ? `**${escaped(ch)}**` : escaped(ch))).join('');
}
