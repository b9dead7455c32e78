import { t } from '../../l10n';
import { quotable, type ManifestRule } from './rule';

/** `yaml-syntax`: every parser error at its position, several documents, and a repeated top-level key. */
export const yamlSyntaxRule: ManifestRule = {
  code: 'yaml-syntax',
  severity: 'error',
  checkDocument(doc, _settings, out) {
    for (const error of doc.parseErrors) {
      // A repeated key is reported below, the same way whether or not the file was parsed in slices.
      if (error.code === 'DUPLICATE_KEY') continue;
      const span = visibleSpan(doc.text, error.span.start, error.span.end);
      if (error.code === 'MULTIPLE_DOCS')
        out.report(span, t('A manifest is one YAML document; this file has more than one.'));
      else out.report(span, t('YAML syntax error: {0}', quotable(firstLine(error.message))));
    }
    for (const key of doc.keys)
      if (key.repeated) out.report(key.span, t('The key "{0}" appears more than once.', quotable(key.key)));
  },
};

/** The parser's message without its code frame and "at line N, column M" (the range says where). */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** At least one character, and not past the text's last visible character (an error "at the end"). */
function visibleSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.min(start, text.length);
  if (text.slice(from).trim() === '') {
    while (from > 0 && /\s/.test(text[from - 1] ?? '')) from--;
    from = Math.max(0, from - 1);
  }
  return { start: from, end: Math.min(Math.max(end, from + 1), text.length) };
}
