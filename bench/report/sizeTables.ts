// Markdown for the shipped sizes and their targets.
import type { ShippedSizes } from '../size/sizes';
import { table, verdict, type TargetRow } from './markdown';
import { formatBytes } from './stats';

const VSIX_LIMIT_BYTES = 500 * 1024;

/** Sizes of dist/ bundles and of the .vsix; activation time is reported as not measured. */
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
  return (
    table(['file', 'size'], rows) +
    '\nActivation → language server ready inside code-server: not measured by this run (see FINDINGS below).\n'
  );
}

/** The .vsix and activation targets. */
export function sizeTargets(sizes: ShippedSizes): TargetRow[] {
  const bytes = sizes.vsix?.bytes ?? NaN;
  return [
    {
      target: '.vsix < 500 KB',
      measured: sizes.vsix ? formatBytes(bytes) : (sizes.vsixNote ?? 'not built'),
      met: verdict(bytes, (b) => b < VSIX_LIMIT_BYTES),
    },
    { target: 'activation → server ready < 300 ms', measured: 'not measured', met: undefined },
  ];
}
