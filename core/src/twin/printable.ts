// Text from the server (names only on TWIN, its error wording) goes to a terminal or a notification as
// it is printed: an escape sequence in a name could recolour, move or clear the terminal, and a
// bidirectional override could make a line read differently from what it holds. Such characters are
// shown as \uXXXX instead, the same set the invisible-char rule refuses in a manifest.
import { INVISIBLE_BMP_CLASS } from '../manifest/invisible';

/** \uXXXX (\u{XXXXX} above the BMP) for every control or invisible character; other text as is. */
export function printable(text: string): string {
  return text.replace(new RegExp(`[${INVISIBLE_BMP_CLASS}\\u{e0000}-\\u{e007f}]`, 'gu'), (c) => {
    const code = (c.codePointAt(0) ?? 0).toString(16).toUpperCase();
    return code.length <= 4 ? `\\u${code.padStart(4, '0')}` : `\\u{${code}}`;
  });
}
