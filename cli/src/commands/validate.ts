// `twin validate FILE... [--format text|json|github|sarif]`: prints `FILE:LINE:COL: severity code: message`
// (1-based) per problem, a JSON array, GitHub workflow commands or a SARIF log; exit 1 when any file has
// an error or cannot be read, else 0.
import path from 'node:path';
import { t } from '../../../core/src/l10n';
import { analyzeManifest, type ManifestProblem } from '../../../core/src/manifest';
import { UsageError, parseArgs } from '../commandArgs';
import type { CliCommand, CliIO } from '../io';
import { problemLine } from '../problemLine';
import { readUtf8 } from '../readUtf8';
import { githubCommands } from '../report/githubCommands';
import { sarifLog } from '../report/sarifLog';
import type { ValidateJsonItem, ValidateReport } from '../report/validateItem';
import { cliVersion } from '../version';

export type { ValidateJsonItem } from '../report/validateItem';

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Why a file could not be read, in one line. */
function unreadableLine(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t('{0}: no such file', file);
  if (code === 'EISDIR') return t('{0}: is a folder, not a file', file);
  return t('{0}: cannot read the file ({1})', file, code ?? (e as Error).message);
}

/** Problems of one file as 1-based items, or the reason it could not be read. */
async function checkFile(
  file: string,
  io: CliIO,
): Promise<{ problems: ManifestProblem[]; items: ValidateJsonItem[] } | { unreadable: string }> {
  let text: string;
  try {
    text = await readUtf8(path.resolve(io.cwd, file));
  } catch (e) {
    return { unreadable: unreadableLine(file, e) };
  }
  const problems = analyzeManifest(text).diagnostics;
  const items = problems.map((d) => ({
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
  return { problems, items };
}

/** Prints what the formats other than text print once, at the end. */
function printReport(format: Exclude<Format, 'text'>, report: ValidateReport, io: CliIO): void {
  if (format === 'json') io.stdout(JSON.stringify(report.items, null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(sarifLog(report, cliVersion), null, 2) + '\n');
  else for (const line of githubCommands(report)) io.stdout(line + '\n');
}

/** Runs `twin validate`. */
export const run: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, { values: ['--format'], switches: [] });
  const format = (parsed.values.get('--format') ?? 'text') as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(t('Option --format takes "text", "json", "github" or "sarif", got "{0}".', format));
  if (parsed.positional.length === 0)
    throw new UsageError(t('no file given. Usage: twin validate FILE... [--format text|json|github|sarif]'));
  const report: ValidateReport = { items: [], unreadable: [] };
  let failed = false;
  for (const file of parsed.positional) {
    const found = await checkFile(file, io);
    if ('unreadable' in found) {
      report.unreadable.push({ file, message: found.unreadable });
      // A workflow command is the annotation itself; the other formats keep the line on stderr.
      if (format !== 'github') io.stderr(found.unreadable + '\n');
      failed = true;
      continue;
    }
    if (found.items.some((i) => i.severity === 'error')) failed = true;
    if (format === 'text') for (const d of found.problems) io.stdout(problemLine(file, d) + '\n');
    else report.items.push(...found.items);
  }
  if (format !== 'text') printReport(format, report, io);
  return failed ? 1 : 0;
};
