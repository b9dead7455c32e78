// Reads a manifest as UTF-8 text, refusing bytes that are not UTF-8. Node's 'utf8' reading turns them
// into U+FFFD silently: a Latin-1 or CP1251 file then validated fine and pushed "caf��" to production
// (found by the issue 7 robustness tests). The caller prints the error like any unreadable file.
import { promises as fs } from 'node:fs';
import { t } from '../../core/src/l10n';

/** The file's text; rejects with a one-line reason (no `code`) when its bytes are not UTF-8. */
export async function readUtf8(file: string): Promise<string> {
  const bytes = await fs.readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where: the first replacement character of a lenient decoding (a literal U+FFFD earlier in the file
    // would be named instead; it is rare enough not to scan bytes for).
    const text = bytes.toString('utf8');
    const at = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(0, at));
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new Error(t('not UTF-8 text (line {0}, column {1}); save it as UTF-8', line, column));
  }
}
