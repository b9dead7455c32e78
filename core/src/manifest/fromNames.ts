// A manifest written from names alone (what `pull` gets from the platform): sorted, deterministic,
// and a valid manifest that reads back as exactly those names. The `yaml` package writes it (it
// escapes correctly); a name is double-quoted wherever the quick fixes would quote it, and wherever
// YAML 1.1 would read it as something other than a string (`yes`, `on`), so no rule warns about it.
import YAML from 'yaml';
import { SECTION_KEYS, type SectionKey } from './model';
import { isPlainSafe } from './yamlText';

/** Compares by code point, so the order never depends on the machine's locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The text of a manifest holding these names, under a one-line `# header` comment. */
export function manifestTextFromNames(names: Record<SectionKey, readonly string[]>, header: string): string {
  const content: Record<string, unknown> = { version: 1 };
  for (const key of SECTION_KEYS) content[key] = [...new Set(names[key])].sort(byCodePoint);
  const doc = new YAML.Document(content, { version: '1.1' });
  if (doc.contents) doc.contents.commentBefore = ` ${header.replace(/\r?\n/g, ' ')}`;
  YAML.visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && !isPlainSafe(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  // No folding: a long name stays on one line, as the platform has it.
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
