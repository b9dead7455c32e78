// Generates schemas/twin.schema.json, the JSON Schema of the manifest format, from the format's own
// definition (model.ts) so that the two cannot drift. Red Hat's YAML extension uses it on files our
// language does not claim, and the benchmark gives it to yaml-language-server as the rival setup.
// A JSON Schema can only say what is structural; the rules that need normalisation (look-alike
// duplicates, mixed scripts) or that are warnings (whitespace, non-string names) stay ours.
import { t } from '../l10n';
import { inBundledLanguage } from '../l10n/bundled';
import { DEFAULT_MAX_NAME_LENGTH } from './analyzer';
import { INVISIBLE_BMP_CLASS } from './invisible';
import { FORMAT_VERSION, SECTION_KEYS, type SectionKey } from './model';

/** The JSON Schema keywords this generator emits (a small, closed subset of draft-07). */
export interface JsonSchema {
  $schema?: string;
  $comment?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  required?: string[];
  items?: JsonSchema;
  uniqueItems?: boolean;
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
}

/**
 * Characters a name may not contain: the invisible-char rule's own set (invisible.ts: controls
 * including tab and line breaks; zero-width characters; the soft hyphen; bidirectional marks,
 * overrides and isolates; line and paragraph separators; the BOM), imported rather than copied.
 * Not here: the astral "tag" letters (U+E0000-E007F), which a character class without the `u` flag
 * cannot name; the rule still refuses them.
 */
export const INVISIBLE_CHARACTER_CLASS = INVISIBLE_BMP_CLASS;

// A schema file has no locale, so each description holds both languages, English first: Red Hat's
// YAML extension shows them on hover.
function bilingual(describe: () => string): string {
  return `${inBundledLanguage('en', describe)}\n\n${inBundledLanguage('ru', describe)}`;
}

/** Each section: what it is and which API call an entry becomes. */
const SECTION_DESCRIPTIONS: Readonly<Record<SectionKey, () => string>> = {
  attributes: () =>
    t(
      'Client attributes: fields an operator fills in about a client. Each becomes POST /clients/attributes {"name": …}.',
    ),
  clientTags: () => t('Client tags. Each becomes POST /clients/tags {"tag": …}.'),
  sessionTags: () => t('Session (dialog) tags. Each becomes POST /sessions/tags {"tag": …}.'),
};

/** The JSON Schema of manifest format version 1, as an object. */
export function buildTwinJsonSchema(maxNameLength = DEFAULT_MAX_NAME_LENGTH): JsonSchema {
  const name: JsonSchema = {
    description: bilingual(() =>
      t(
        'The name as it appears on the platform: not blank, at most {0} characters, no invisible characters.',
        maxNameLength,
      ),
    ),
    type: 'string',
    minLength: 1,
    maxLength: maxNameLength,
    // Not blank, and no invisible character anywhere.
    pattern: `^(?=[\\s\\S]*\\S)[^${INVISIBLE_CHARACTER_CLASS}]*$`,
  };
  // YAML reads `2024` or `true` as a number or boolean; our rule only warns (non-string-name).
  // A null (`~`) is warned about too, but an empty `-` is an error, and JSON cannot tell them apart:
  // the schema rejects both.
  const nonStringName: JsonSchema = {
    description: bilingual(() =>
      t('A number or boolean is accepted as a name; quoting it makes the intent clear.'),
    ),
    type: ['number', 'boolean'],
  };
  const anyName: JsonSchema = {
    anyOf: [{ $ref: '#/definitions/name' }, { $ref: '#/definitions/nonStringName' }],
  };
  const entry: JsonSchema = {
    anyOf: [
      { $ref: '#/definitions/name' },
      { $ref: '#/definitions/nonStringName' },
      {
        type: 'object',
        properties: {
          name: anyName,
          // A note is text: a number, boolean, null or an empty value is invalid-type.
          description: {
            description: bilingual(() => t('A note for people reading the file; it is not sent to TWIN.')),
            type: 'string',
          },
        },
        required: ['name'],
        additionalProperties: false,
      },
    ],
  };
  const properties: Record<string, JsonSchema> = {
    // The version rule accepts the number and its quoted form.
    version: {
      description: bilingual(() => t('Format version; when present it must be {0}.', FORMAT_VERSION)),
      enum: [FORMAT_VERSION, String(FORMAT_VERSION)],
    },
  };
  for (const key of SECTION_KEYS) {
    properties[key] = {
      description: bilingual(SECTION_DESCRIPTIONS[key]),
      // `attributes:` with nothing after it is an empty section, not a mistake.
      type: ['array', 'null'],
      items: { $ref: '#/definitions/entry' },
      uniqueItems: true,
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Generated from core/src/manifest/model.ts by core/src/manifest/jsonSchema.ts; do not edit.',
    title: inBundledLanguage('en', () =>
      t('TWIN company profile (*.twin.yaml), format version {0}', FORMAT_VERSION),
    ),
    description: bilingual(() =>
      t(
        'Structure only: keys, types, the version, empty and over-long names, invisible characters and exact duplicates. The TWIN extension and `twin validate` also find duplicates that differ only in case, ё/е, spacing or Latin look-alike letters.',
      ),
    ),
    // An empty file (or one with only comments) is a valid, empty manifest.
    type: ['object', 'null'],
    properties,
    additionalProperties: false,
    definitions: { name, nonStringName, entry },
  };
}

/** The schema as the text of schemas/twin.schema.json: two-space indented, newline-terminated. */
export function renderTwinJsonSchema(): string {
  return JSON.stringify(buildTwinJsonSchema(), null, 2) + '\n';
}
