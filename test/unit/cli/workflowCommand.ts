// Test helpers: the names that try to break an output format, and a reader of GitHub workflow
// commands as the Actions runner reads them (the header ends at the first `::`; properties are
// split at `,` and `=`; values and message are percent-decoded).

/** Names that would be markup, a link, a second line or a second command if printed raw. */
export const HOSTILE_NAMES: Record<string, string> = {
  'a pipe': 'VIP | gold',
  'a backtick': 'code `rm -rf` here',
  '<script>': '<script>alert(1)</script>',
  'a javascript: link': 'click](javascript:alert(1))',
  'a newline': 'first\nsecond',
  '::': 'x ::error file=a::injected',
  'a newline then ::': 'x\n::error::injected',
  '% and a comma': '100%, 0A: done',
};

/** One parsed workflow command. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescape(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

/** The command on one log line, or null when the line is no command. */
export function parseWorkflowCommand(line: string): WorkflowCommand | null {
  if (!line.startsWith('::')) return null;
  const end = line.indexOf('::', 2);
  if (end < 0) return null;
  const header = line.slice(2, end);
  const space = header.indexOf(' ');
  const command = space < 0 ? header : header.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0)
    for (const pair of header.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
  return { command, properties, message: unescape(line.slice(end + 2)) };
}
