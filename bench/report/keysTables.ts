// Markdown for the many-keys rows: each contender's open of a 20,000-key mapping.
import type { Contender } from '../lsp/contenders';
import type { ManyKeysResult } from '../lsp/manyKeys';
import { table } from './markdown';
import { formatBytes, formatSummary, summarize } from './stats';

/** One row per shape and contender: open → diagnostics, server CPU, diagnostics, peak memory. */
export function manyKeysTable(results: readonly ManyKeysResult[], contenders: readonly Contender[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    for (const contender of contenders) {
      const samples = result.samples[contender.id];
      const failed = result.failures[contender.id];
      const what = `${result.keys.toLocaleString('en')} keys, ${result.shape} (${formatBytes(result.bytes)})`;
      if (!samples) continue;
      if (samples.length === 0) {
        rows.push([what, contender.label, `failed: ${failed?.join('; ') ?? 'not run'}`, '–', '–', '–']);
        continue;
      }
      rows.push([
        what,
        contender.label,
        formatSummary(summarize(samples.map((s) => s.openMs))),
        formatSummary(summarize(samples.map((s) => s.openCpuMs))),
        String(samples[0]?.diagnostics ?? 0),
        formatBytes(Math.max(...samples.map((s) => s.peakRssBytes))),
      ]);
    }
  }
  return table(['document', 'server', 'open → diagnostics', 'server CPU', 'diagnostics', 'peak RSS'], rows);
}
