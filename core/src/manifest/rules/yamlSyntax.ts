import { manifestMessages as m } from '../messages';
import type { ManifestRule } from './rule';

/** `yaml-syntax`: every parser error at its position, several documents, and a repeated top-level key. */
export const yamlSyntaxRule: ManifestRule = {
  code: 'yaml-syntax',
  severity: 'error',
  checkDocument(doc, _settings, out) {
    for (const error of doc.parseErrors) {
      // A repeated key is reported below, the same way whether or not the file was parsed in slices.
      if (error.code === 'DUPLICATE_KEY') continue;
      const span = {
        start: error.span.start,
        end: Math.min(Math.max(error.span.end, error.span.start + 1), doc.text.length),
      };
      if (error.code === 'MULTIPLE_DOCS') out.report(span, m.multipleDocuments);
      else out.report(span, m.yamlSyntax, [firstLine(error.message)]);
    }
    for (const key of doc.keys) if (key.repeated) out.report(key.span, m.duplicateKey, [key.key]);
  },
};

/** The parser's message without its code frame and "at line N, column M" (the range says where). */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
