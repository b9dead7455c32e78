// Markdown building blocks for the printed tables and bench/RESULTS.md.

/** One of the targets and whether this run met it (undefined: not measured). */
export interface TargetRow {
  target: string;
  measured: string;
  met: boolean | undefined;
}

/** A markdown table; cells must not contain newlines. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

/** Met only when a number was measured and satisfied the condition; undefined when it was not measured. */
export function verdict(value: number, ok: (v: number) => boolean): boolean | undefined {
  return Number.isFinite(value) ? ok(value) : undefined;
}

/** The targets as a table with ✅ / ❌ / not measured. */
export function targetTable(rows: readonly TargetRow[]): string {
  return table(
    ['target', 'measured (median)', 'met'],
    rows.map((r) => [
      r.target,
      r.measured,
      r.met === undefined ? 'not measured' : r.met ? '✅ yes' : '❌ no',
    ]),
  );
}
