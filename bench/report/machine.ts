// The machine, software and date a run was made on, so that numbers are read in their context.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { table } from './markdown';

function gitCommit(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return head;
  } catch {
    return 'unknown';
  }
}

/** Markdown describing where and when this run happened. */
export function machineSection(
  root: string,
  sizes: readonly number[],
  elapsed: string,
  loadAtStart: readonly number[],
): string {
  const cpus = os.cpus();
  const format = (load: readonly number[]) => load.map((l) => l.toFixed(2)).join(', ');
  return (
    '## Machine\n\n' +
    table(
      ['', ''],
      [
        ['date (UTC)', new Date().toISOString().replace('T', ' ').slice(0, 16)],
        ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`],
        ['memory', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`],
        ['OS', `${os.type()} ${os.release()}`],
        ['Node.js', process.version],
        ['commit', gitCommit(root)],
        ['load average (1, 5, 15 min) at the start', format(loadAtStart)],
        ['load average (1, 5, 15 min) at the end', format(os.loadavg())],
        ['manifest sizes', sizes.join(', ')],
      ],
    ) +
    `\n${elapsed}\n`
  );
}
