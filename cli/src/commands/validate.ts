// `twin validate FILE... [--format text|json|github|sarif]`: prints `FILE:LINE:COL: severity code message`
// (1-based) per problem, a JSON array, GitHub workflow commands or a SARIF log; exit 1 when any file has
// an error or cannot be read, else 0.
import path from 'node:path';
import { t, type Locale, type Message } from '../../../core/src/i18n/locale';
import { analyzeManifest } from '../../../core/src/manifest';
import { printable } from '../../../core/src/twin/printable';
import { UsageError, parseArgs } from '../commandArgs';
import type { CliCommand, CliIO } from '../io';
import { readUtf8 } from '../readUtf8';
import { githubCommands } from '../report/githubCommands';
import { sarifLog } from '../report/sarifLog';
import type { ValidateJsonItem, ValidateReport } from '../report/validateItem';
import { cliVersion } from '../version';

export type { ValidateJsonItem } from '../report/validateItem';

const messages = {
  noFiles: {
    en: 'no file given. Usage: twin validate FILE... [--format text|json|github|sarif]',
    ru: 'не указан файл. Использование: twin validate ФАЙЛ... [--format text|json|github|sarif]',
  },
  badFormat: {
    en: 'Option --format takes "text", "json", "github" or "sarif", got "{0}".',
    ru: 'Параметр --format принимает «text», «json», «github» или «sarif», а не «{0}».',
  },
  cannotRead: { en: '{0}: cannot read the file ({1})', ru: '{0}: не удаётся прочитать файл ({1})' },
  notFound: { en: '{0}: no such file', ru: '{0}: файл не найден' },
  isDirectory: { en: '{0}: is a folder, not a file', ru: '{0}: это папка, а не файл' },
} satisfies Record<string, Message>;

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Why a file could not be read, in one line. */
function unreadableLine(file: string, e: unknown, locale: Locale): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t(locale, messages.notFound, file);
  if (code === 'EISDIR') return t(locale, messages.isDirectory, file);
  return t(locale, messages.cannotRead, file, code ?? (e as Error).message);
}

/** Problems of one file as 1-based items, or the reason it could not be read. */
async function checkFile(file: string, io: CliIO): Promise<ValidateJsonItem[] | { unreadable: string }> {
  let text: string;
  try {
    text = await readUtf8(path.resolve(io.cwd, file), io.locale);
  } catch (e) {
    return { unreadable: unreadableLine(file, e, io.locale) };
  }
  return analyzeManifest(text, { locale: io.locale }).diagnostics.map((d) => ({
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
}

/** Prints what the formats other than text print once, at the end. */
function printReport(format: Exclude<Format, 'text'>, report: ValidateReport, io: CliIO): void {
  if (format === 'json') io.stdout(JSON.stringify(report.items, null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(sarifLog(report, cliVersion), null, 2) + '\n');
  else for (const line of githubCommands(report)) io.stdout(line + '\n');
}

/** Runs `twin validate`. */
export const run: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, { values: ['--format'], switches: [] }, io.locale);
  const format = (parsed.values.get('--format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(t(io.locale, messages.badFormat, format));
  if (parsed.positional.length === 0) throw new UsageError(t(io.locale, messages.noFiles));
  const report: ValidateReport = { items: [], unreadable: [] };
  let failed = false;
  for (const file of parsed.positional) {
    const found = await checkFile(file, io);
    if (!Array.isArray(found)) {
      report.unreadable.push({ file, message: found.unreadable });
      // A workflow command is the annotation itself; the other formats keep the line on stderr.
      if (format !== 'github') io.stderr(found.unreadable + '\n');
      failed = true;
      continue;
    }
    if (found.some((i) => i.severity === 'error')) failed = true;
    // printable(): a line break in a quoted name would start a line of its own, which a CI log reads
    // as a workflow command when it begins with `::`.
    if (format === 'text')
      for (const i of found)
        io.stdout(`${file}:${i.line}:${i.column}: ${i.severity} ${i.code} ${printable(i.message)}\n`);
    else report.items.push(...found);
  }
  if (format !== 'text') printReport(format, report, io);
  return failed ? 1 : 0;
};
