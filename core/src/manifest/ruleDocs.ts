// What each problem code means, in a sentence and in a paragraph: the rule catalogue that code-scanning
// tools show beside a result (SARIF's rules), worded as the README's table of problems.
import { t } from '../l10n';
import type { ProblemSeverity } from './problem';
import { manifestRules } from './rules';

/** One rule as a report describes it. */
export interface RuleDoc {
  code: string;
  severity: ProblemSeverity;
  /** One line: what the rule checks. */
  summary: string;
  /** When it fires and what to do about it. */
  help: string;
}

// Called at use, not at load, so the texts follow the display language configured by then.
const TEXTS: Record<string, () => { summary: string; help: string }> = {
  'yaml-syntax': () => ({
    summary: t('The file is not valid YAML.'),
    help: t(
      'The YAML does not parse, the file holds more than one document, or a top-level key is repeated. Fix the syntax at the marked place.',
    ),
  }),
  'unknown-key': () => ({
    summary: t('A key that is not in the manifest format.'),
    help: t(
      'The format knows version, attributes, clientTags and sessionTags, and name and description in an entry. Rename the key to the one meant (the editor offers the nearest).',
    ),
  }),
  'invalid-type': () => ({
    summary: t('A value of the wrong kind.'),
    help: t(
      'A section must be a list; an entry a name or a mapping with name (and description); name and description must be text.',
    ),
  }),
  'unsupported-version': () => ({
    summary: t('A format version this tool does not read.'),
    help: t('Set version: 1, the version this tool reads.'),
  }),
  'empty-name': () => ({
    summary: t('An empty name.'),
    help: t('A name is empty or blank, or a mapping has no name. Write the name or remove the entry.'),
  }),
  'name-too-long': () => ({
    summary: t('A name longer than the platform accepts.'),
    help: t(
      'Names are at most 255 characters by default (the twin.validation.maxNameLength setting). Shorten it.',
    ),
  }),
  'invisible-char': () => ({
    summary: t('Invisible characters in a name.'),
    help: t(
      'Control, zero-width or bidirectional characters make two names look alike that the platform keeps apart. Remove them.',
    ),
  }),
  'duplicate-name': () => ({
    summary: t('The same name twice in one section.'),
    help: t(
      'Names are compared as the platform compares them: case, ё/е, spaces and Latin look-alike letters do not count. Remove the later entry.',
    ),
  }),
  'mixed-script': () => ({
    summary: t('A word mixing Latin and Cyrillic letters.'),
    help: t(
      'A Latin letter in a Cyrillic word (or the reverse) is usually a typo. Rewrite the word in its main script.',
    ),
  }),
  whitespace: () => ({
    summary: t('Spaces at the ends of a name, or repeated.'),
    help: t('Leading, trailing or repeated spaces, tabs or line breaks in a name. Trim them.'),
  }),
  'non-string-name': () => ({
    summary: t('A name YAML reads as something other than text.'),
    help: t('An unquoted 2024, yes, ~ or a date is read as a number, boolean, null or date. Quote the name.'),
  }),
};

/** Every rule of the manifest format, in the order the analysis runs them, in the display language. */
export function ruleDocs(): RuleDoc[] {
  return manifestRules.map((rule) => {
    const texts = TEXTS[rule.code]?.() ?? { summary: rule.code, help: rule.code };
    return { code: rule.code, severity: rule.severity, ...texts };
  });
}
