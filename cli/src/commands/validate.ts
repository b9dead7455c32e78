// `twin validate FILE... [--format json]`: prints `FILE:LINE:COL: severity code: message` (1-based) per
// problem, or a JSON array; exit 1 when any file has an error or cannot be read, else 0.
import path from 'node:path';
import { t } from '../../../core/src/l10n';
import { analyzeManifest, type ManifestProblem } from '../../../core/src/manifest';
import { UsageError, parseArgs } from '../commandArgs';
import type { CliCommand } from '../io';
import { problemLine } from '../problemLine';
import { readUtf8 } from '../readUtf8';

/** One problem as `--format json` prints it (1-based lines and columns). */
export interface ValidateJsonItem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: ManifestProblem['severity'];
  code: string;
  message: string;
}

/** Runs `twin validate`. */
export const run: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, { values: ['--format'], switches: [] });
  const format = parsed.values.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(t('Option --format takes "text" or "json", got "{0}".', format));
  if (parsed.positional.length === 0)
    throw new UsageError(t('no file given. Usage: twin validate FILE... [--format json]'));
  let failed = false;
  const items: ValidateJsonItem[] = [];
  for (const file of parsed.positional) {
    let text: string;
    try {
      text = await readUtf8(path.resolve(io.cwd, file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const line =
        code === 'ENOENT'
          ? t('{0}: no such file', file)
          : code === 'EISDIR'
            ? t('{0}: is a folder, not a file', file)
            : t('{0}: cannot read the file ({1})', file, code ?? (e as Error).message);
      io.stderr(line + '\n');
      failed = true;
      continue;
    }
    const { diagnostics } = analyzeManifest(text);
    for (const d of diagnostics) {
      if (d.severity === 'error') failed = true;
      const item: ValidateJsonItem = {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: d.severity,
        code: d.code,
        message: d.message,
      };
      if (format === 'json') items.push(item);
      else io.stdout(problemLine(file, d) + '\n');
    }
  }
  if (format === 'json') io.stdout(JSON.stringify(items, null, 2) + '\n');
  return failed ? 1 : 0;
};
