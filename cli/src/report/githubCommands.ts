// `twin validate --format github`: one GitHub Actions workflow command per problem, which the runner
// turns into an annotation on the changed line of a pull request. Escaped as GitHub's own toolkit
// (@actions/core) does, so a name holding a line break or `::` stays inside its one command.
import { printable } from '../../../core/src/twin/printable';
import type { ValidateJsonItem, ValidateReport } from './validateItem';

/** A command's message: `%`, CR and LF percent-encoded, so the command stays on one line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as a message, and `:` and `,` too, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<ValidateJsonItem['severity'], string> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
};

function command(name: string, properties: Array<[string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

/** The workflow command for one problem. */
export function githubAnnotation(item: ValidateJsonItem): string {
  return command(
    COMMAND[item.severity],
    [
      ['file', item.file],
      ['line', item.line],
      ['col', item.column],
      ['endLine', item.endLine],
      ['endColumn', item.endColumn],
      ['title', `twin(${item.code})`],
    ],
    // A control character in a quoted name is shown as \uXXXX, as the text format and the plan do.
    printable(item.message),
  );
}

/** Every line `--format github` prints: a command per problem, then one per file that was not checked. */
export function githubCommands(report: ValidateReport): string[] {
  return [
    ...report.items.map(githubAnnotation),
    ...report.unreadable.map((u) =>
      command(
        'error',
        [
          ['file', u.file],
          ['title', 'twin'],
        ],
        u.message,
      ),
    ),
  ];
}
