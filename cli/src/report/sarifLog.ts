// `twin validate --format sarif`: a SARIF 2.1.0 log (the OASIS standard code-scanning tools read), one
// run with the rule catalogue, a result per problem with its region, and a notification per file that
// could not be read (so the log says the check was incomplete rather than clean).
import { ruleDocs, type RuleDoc } from '../../../core/src/manifest/ruleDocs';
import type { ValidateJsonItem, ValidateReport } from './validateItem';

/** Where the log's schema is published (the SARIF 2.1.0 schema as SchemaStore serves it). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<ValidateJsonItem['severity'], SarifLevel> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
};

/**
 * A path as a URI reference: forward slashes, each segment percent-encoded (a space, `#` or `%` in a
 * folder name would otherwise make another URI), `file:///` for an absolute path.
 */
export function fileUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${encoded.slice(4)}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/**
 * A plain-text SARIF message: `[`, `]` and the backslash itself escaped with a backslash, as SARIF
 * 2.1.0 (§3.11.6) asks for literal brackets, so that a name holding `[x](javascript:…)` is not read
 * as an embedded link by a viewer.
 */
export function sarifText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

function rule(doc: RuleDoc): Record<string, unknown> {
  return {
    id: doc.code,
    shortDescription: { text: doc.summary },
    fullDescription: { text: doc.help },
    help: { text: doc.help },
    defaultConfiguration: { level: LEVEL[doc.severity] },
  };
}

function result(item: ValidateJsonItem, ruleIndex: Map<string, number>): Record<string, unknown> {
  const index = ruleIndex.get(item.code);
  return {
    ruleId: item.code,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[item.severity],
    message: { text: sarifText(item.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(item.file) },
          region: {
            startLine: item.line,
            startColumn: item.column,
            endLine: item.endLine,
            endColumn: item.endColumn,
          },
        },
      },
    ],
  };
}

/** The SARIF log of one `twin validate` run, as JSON-ready data. */
export function sarifLog(report: ValidateReport, version: string): Record<string, unknown> {
  const docs = ruleDocs();
  const ruleIndex = new Map(docs.map((d, i) => [d.code, i]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'twin', version, rules: docs.map(rule) } },
        invocations: [
          {
            executionSuccessful: report.unreadable.length === 0,
            toolExecutionNotifications: report.unreadable.map((u) => ({
              level: 'error',
              message: { text: sarifText(u.message) },
              locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(u.file) } } }],
            })),
          },
        ],
        // Columns as the editor counts them (UTF-16), which is how the analysis reports them.
        columnKind: 'utf16CodeUnits',
        results: report.items.map((item) => result(item, ruleIndex)),
      },
    ],
  };
}
