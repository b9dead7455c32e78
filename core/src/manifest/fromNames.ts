// A manifest written from names alone (what `pull` gets from the platform): sorted, deterministic,
// and quoted exactly where the quick fixes would quote, so a pulled file validates cleanly.
import { SECTION_KEYS, type SectionKey } from './model';
import { yamlScalar } from './yamlText';

/** Compares by code point, so the order never depends on the machine's locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The text of a manifest holding these names, under a one-line `# header` comment. */
export function manifestTextFromNames(names: Record<SectionKey, readonly string[]>, header: string): string {
  const lines = [`# ${header.replace(/\r?\n/g, ' ')}`, 'version: 1'];
  for (const key of SECTION_KEYS) {
    const sorted = [...new Set(names[key])].sort(byCodePoint);
    lines.push(sorted.length === 0 ? `${key}: []` : `${key}:`, ...sorted.map((n) => `  - ${yamlScalar(n)}`));
  }
  return lines.join('\n') + '\n';
}
