// Markdown for the push benchmark and its targets.
import { PUSH_LATENCY_MS, PUSH_RATE, type PushBenchResult, type PushRun } from '../sync/pushBench';
import { table, verdict, type TargetRow } from './markdown';
import { formatMs, formatSummary, summarize } from './stats';

function runs(result: PushBenchResult, id: string): PushRun[] {
  return result.runs[id] ?? [];
}

function worst(rs: readonly PushRun[], pick: (r: PushRun) => number): string {
  return rs.length === 0 ? '–' : String(Math.max(...rs.map(pick)));
}

/** The bound N ÷ rate, in ms. */
function boundMs(result: PushBenchResult): number {
  return (result.items / PUSH_RATE) * 1000;
}

/** Both push tables. */
export function pushTables(result: PushBenchResult): string {
  const bound = boundMs(result);
  const free1 = summarize(runs(result, 'free-c1').map((r) => r.ms)).median;
  const rows = result.scenarios.map((s) => {
    const rs = runs(result, s.id);
    const time = summarize(rs.map((r) => r.ms));
    const versus =
      s.rateLimitPerSecond > 0
        ? `${(time.median / bound).toFixed(2)}× the bound`
        : `${(free1 / time.median).toFixed(1)}× faster than c=1`;
    return [
      s.rateLimitPerSecond > 0 ? `${s.rateLimitPerSecond}/s` : 'none',
      String(s.concurrency),
      formatSummary(time),
      versus,
      worst(rs, (r) => r.failed),
      worst(rs, (r) => r.missing),
      worst(rs, (r) => r.duplicated),
      worst(rs, (r) => r.rejected429),
      worst(rs, (r) => r.requests),
      String(rs.length) +
        ((result.errors[s.id]?.length ?? 0) > 0 ? ` (+${result.errors[s.id]?.length} errors)` : ''),
    ];
  });
  return (
    `${result.items.toLocaleString('en-US')} items (half attributes, 30% client tags, 20% session tags) pushed ` +
    'by `twin push FILE --yes --concurrency N` (dist/cli.js in its own process: validate, list, plan, apply ' +
    'with the lock file) into an empty emulator on 127.0.0.1 answering after ' +
    `${PUSH_LATENCY_MS} ms. Time is from starting the CLI to its exit. Bound under the limit: N ÷ rate = ` +
    `${formatMs(bound)}. failed/missing/duplicated/429/requests are the worst run.\n\n` +
    table(
      [
        'rate limit',
        'concurrency',
        'time',
        'compared',
        'failed',
        'missing',
        'duplicated',
        '429 answers',
        'requests',
        'runs',
      ],
      rows,
    )
  );
}

/** The push targets. */
export function pushTargets(result: PushBenchResult): TargetRow[] {
  const bound = boundMs(result);
  const limited = runs(result, 'limit-c4');
  const t = summarize(limited.map((r) => r.ms)).median;
  const lost = limited.reduce((n, r) => n + r.failed + r.missing + r.duplicated, 0);
  const c1 = summarize(runs(result, 'free-c1').map((r) => r.ms)).median;
  const c8 = summarize(runs(result, 'free-c8').map((r) => r.ms)).median;
  return [
    {
      target: 'push under 20/s: within 10% of N ÷ rate',
      measured: `${formatMs(t)} vs ${formatMs(bound)} (${(t / bound).toFixed(2)}×)`,
      met: verdict(t / bound, (x) => x <= 1.1),
    },
    {
      target: 'push under 20/s: zero failed items',
      measured: `${lost} failed, missing or duplicated`,
      met: limited.length > 0 ? lost === 0 : undefined,
    },
    {
      target: 'no limit: concurrency 8 ≥ 6× faster than 1',
      measured: `${formatMs(c8)} vs ${formatMs(c1)} (${(c1 / c8).toFixed(1)}×)`,
      met: verdict(c1 / c8, (x) => x >= 6),
    },
  ];
}
