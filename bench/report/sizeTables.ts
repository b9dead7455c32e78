// Markdown for the shipped sizes and their targets.
import type { ActivationResult } from '../activation/measure';
import type { ShippedSizes } from '../size/sizes';
import { table, verdict, type TargetRow } from './markdown';
import { formatBytes, formatSummary, summarize } from './stats';

const VSIX_LIMIT_BYTES = 500 * 1024;

/** Sizes of dist/ bundles and of the .vsix. */
export function sizeTables(sizes: ShippedSizes): string {
  const distTotal = sizes.dist.reduce((sum, f) => sum + f.bytes, 0);
  const rows = [
    ...sizes.dist.map((f) => [f.file, formatBytes(f.bytes)]),
    ['dist/ bundles, total (no source maps)', formatBytes(distTotal)],
    [
      sizes.vsix?.file ?? '.vsix',
      sizes.vsix ? formatBytes(sizes.vsix.bytes) : `not built: ${sizes.vsixNote ?? ''}`,
    ],
  ];
  return table(['file', 'size'], rows);
}

/** Activation inside code-server, or why it was not measured. */
export function activationTable(result: ActivationResult | undefined): string {
  if (!result || result.samples.length === 0)
    return `Activation → language server ready inside code-server: not measured (${result?.note ?? 'not run'}).\n`;
  const s = result.samples;
  const cell = (pick: (x: (typeof s)[number]) => number | null) =>
    formatSummary(summarize(s.map(pick).filter((v): v is number => v !== null)));
  return (
    'Inside code-server (the E2E toolchain: headless Chromium, the Node extension host), a fresh workbench ' +
    'per run with the repository as the extension under development; times from calling ' +
    '`extension.activate()` (module load included), then opening examples/broken.twin.yaml.' +
    (result.note ? ` Note: ${result.note}.` : '') +
    '\n\n' +
    table(
      ['runs', 'activate() returned', 'language server ready', 'open → first diagnostics in the editor'],
      [
        [
          String(s.length),
          cell((x) => x.activateMs),
          cell((x) => x.serverReadyMs),
          cell((x) => x.firstDiagnosticsMs),
        ],
      ],
    )
  );
}

/** The .vsix and activation targets. */
export function sizeTargets(
  sizes: ShippedSizes | undefined,
  activation: ActivationResult | undefined,
): TargetRow[] {
  const rows: TargetRow[] = [];
  if (sizes) {
    const bytes = sizes.vsix?.bytes ?? NaN;
    rows.push({
      target: '.vsix < 500 KB',
      measured: sizes.vsix ? formatBytes(bytes) : (sizes.vsixNote ?? 'not built'),
      met: verdict(bytes, (b) => b < VSIX_LIMIT_BYTES),
    });
  }
  rows.push(activationTarget(activation));
  return rows;
}

function activationTarget(activation: ActivationResult | undefined): TargetRow {
  const ready = summarize((activation?.samples ?? []).map((x) => x.serverReadyMs)).median;
  return {
    target: 'activation → server ready < 300 ms',
    measured: Number.isFinite(ready)
      ? formatSummary(summarize((activation?.samples ?? []).map((x) => x.serverReadyMs)))
      : 'not measured',
    met: verdict(ready, (x) => x < 300),
  };
}
