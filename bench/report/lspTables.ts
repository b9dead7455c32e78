// Markdown tables of the language-server comparison and the verdict on the targets.
import type { Contender } from '../lsp/contenders';
import type { SizeResult } from '../lsp/lspBench';
import type { SessionResult } from '../lsp/session';
import { formatBytes, formatMs, formatSummary, summarize, type Summary } from './stats';
import { table, verdict, type TargetRow } from './markdown';

const OURS = 'twin';
const RIVAL = 'yaml-ls';

function metric(result: SizeResult, id: string, pick: (s: SessionResult) => number | number[]): Summary {
  return summarize((result.sessions[id] ?? []).flatMap(pick));
}

function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '–';
}

/** One table per measurement, sizes down, contenders across. */
export function lspTables(results: readonly SizeResult[], contenders: readonly Contender[]): string {
  const ids = contenders.map((c) => c.id);
  const labels = contenders.map((c) => c.label);
  // Earlier versions of our server (--baseline) get a "before ÷ now" column.
  const baselines = ids.filter((id) => id.startsWith(`${OURS}@`));
  const baselineHeaders = baselines.map((id) => `${id.slice(OURS.length + 1)} ÷ now`);
  const out: string[] = [];
  const perMetric = (
    title: string,
    note: string,
    pick: (s: SessionResult) => number | number[],
    fmt = formatMs,
  ) => {
    out.push(`### ${title}\n\n${note}\n`);
    const rows = results.map((r) => [
      r.entries.toLocaleString('en-US'),
      ...ids.map((id) => formatSummary(metric(r, id, pick), fmt)),
      ratio(metric(r, RIVAL, pick).median, metric(r, OURS, pick).median),
      ...baselines.map((id) => ratio(metric(r, id, pick).median, metric(r, OURS, pick).median)),
    ]);
    out.push(table(['entries', ...labels, 'yaml-ls ÷ twin', ...baselineHeaders], rows));
  };

  out.push('### Open → first diagnostics\n');
  out.push(
    'From `didOpen` to the `publishDiagnostics` that contains the planted unknown key. Each server was ' +
      'started and warmed with a tiny document first (for yaml-language-server that also loads the schema). ' +
      'The floor is `yaml`.parseDocument alone on the same text in a fresh node process warmed the same way ' +
      '(first parse), and fully JIT-warmed (best of 4).\n',
  );
  out.push(
    table(
      [
        'entries',
        'size',
        'parseDocument (first)',
        'parseDocument (warm)',
        ...labels,
        'twin ÷ floor',
        'yaml-ls ÷ twin',
      ],
      results.map((r) => {
        const floor = summarize(r.floor.map((f) => f.firstMs));
        const ours = metric(r, OURS, (s) => s.openMs);
        const rival = metric(r, RIVAL, (s) => s.openMs);
        return [
          r.entries.toLocaleString('en-US'),
          formatBytes(r.bytes),
          formatSummary(floor),
          formatSummary(summarize(r.floor.map((f) => f.warmMs))),
          ...ids.map((id) => formatSummary(metric(r, id, (s) => s.openMs))),
          ratio(ours.median, floor.median),
          ratio(rival.median, ours.median),
        ];
      }),
    ),
  );
  perMetric(
    'One-line edit in the middle → new diagnostics',
    'From `didChange` (one line rewritten to add an unknown key, then restored) to the `publishDiagnostics` ' +
      'that reflects it; any debounce included (yaml-language-server waits 200 ms by design).',
    (s) => s.editMs,
  );
  perMetric(
    'Completion at the end of a section',
    'Request to response, at the end of the last entry of `attributes` (a name being typed).',
    (s) => s.completionMs,
  );
  perMetric(
    'Hover on an entry',
    'Request to response, on an exact duplicate in the middle.',
    (s) => s.hoverMs,
  );
  out.push('### Server CPU time: open\n');
  out.push(
    'CPU time (user + system, all threads) the server process used from `didOpen` to its diagnostics, read ' +
      'from /proc/<pid>/stat (10 ms ticks); the floor is the CPU time of the first parseDocument in its ' +
      'fresh process. CPU time hardly depends on other load, so it is the number to trust when the wall ' +
      'times above have a wide spread.\n',
  );
  out.push(
    table(
      ['entries', 'parseDocument (first)', ...labels, 'twin ÷ floor', 'yaml-ls ÷ twin'],
      results.map((r) => {
        const floor = summarize(r.floor.map((f) => f.firstCpuMs));
        const ours = metric(r, OURS, (s) => s.openCpuMs);
        const rival = metric(r, RIVAL, (s) => s.openCpuMs);
        return [
          r.entries.toLocaleString('en-US'),
          formatSummary(floor),
          ...ids.map((id) => formatSummary(metric(r, id, (s) => s.openCpuMs))),
          ratio(ours.median, floor.median),
          ratio(rival.median, ours.median),
        ];
      }),
    ),
  );
  perMetric(
    'Server CPU time: per edit',
    'The same, summed over all edits of a session and divided by their number (so below one tick is possible).',
    (s) => s.editCpuMs,
  );
  perMetric(
    'Peak RSS of the server process',
    '`VmHWM` from /proc at the end of a session.',
    (s) => s.peakRssBytes,
    formatBytes,
  );

  perMetric(
    'Start-up: process spawned → `initialize` answered',
    'Node start, loading the server bundle and the handshake (the server part of "activation → server ready").',
    (s) => s.initializeMs,
  );

  out.push('### What each server reported on open\n');
  out.push(
    'Sanity check that both really validate: number of diagnostics in the open-time publish (the file ' +
      'holds one unknown key, exact duplicates, and look-alike duplicates only normalisation finds; ' +
      'yaml-language-server reports `uniqueItems` once per list).\n',
  );
  out.push(
    table(
      ['entries', 'exact dup.', 'look-alike dup.', ...labels.map((l) => `${l}: diagnostics`), 'failures'],
      results.map((r) => [
        r.entries.toLocaleString('en-US'),
        String(r.exactDuplicates),
        String(r.normalizedDuplicates),
        ...ids.map((id) => {
          const s = r.sessions[id]?.[0];
          return s ? String(s.openDiagnostics) : '–';
        }),
        Object.entries(r.failures)
          .map(([id, why]) => `${id}: ${why.length}× ${why[0] ?? ''}`)
          .join('; ') || 'none',
      ]),
    ),
  );
  return out.join('\n');
}

/** The language-server targets against the medians of this run. */
export function lspTargets(results: readonly SizeResult[]): TargetRow[] {
  const at = (n: number) => results.find((r) => r.entries === n);
  const rows: TargetRow[] = [];
  const r10 = at(10_000);
  if (r10) {
    const floor = summarize(r10.floor.map((f) => f.firstMs)).median;
    const open = metric(r10, OURS, (s) => s.openMs).median;
    const rival = metric(r10, RIVAL, (s) => s.openMs).median;
    rows.push({
      target: '10k: open ≤ 1.5 × parseDocument',
      measured: `${formatMs(open)} vs ${formatMs(floor)} (${ratio(open, floor)})`,
      met: verdict(open / floor, (x) => x <= 1.5),
    });
    rows.push({
      target: '10k: open ≥ 5× faster than yaml-language-server',
      measured: `${formatMs(open)} vs ${formatMs(rival)} (${ratio(rival, open)})`,
      met: verdict(rival / open, (x) => x >= 5),
    });
    const floorCpu = summarize(r10.floor.map((f) => f.firstCpuMs)).median;
    const openCpu = metric(r10, OURS, (s) => s.openCpuMs).median;
    const rivalCpu = metric(r10, RIVAL, (s) => s.openCpuMs).median;
    rows.push({
      target: '10k: open ≤ 1.5 × parseDocument (CPU time)',
      measured: `${formatMs(openCpu)} vs ${formatMs(floorCpu)} (${ratio(openCpu, floorCpu)})`,
      met: verdict(openCpu / floorCpu, (x) => x <= 1.5),
    });
    rows.push({
      target: '10k: open ≥ 5× less CPU than yaml-language-server',
      measured: `${formatMs(openCpu)} vs ${formatMs(rivalCpu)} (${ratio(rivalCpu, openCpu)})`,
      met: verdict(rivalCpu / openCpu, (x) => x >= 5),
    });
    const edit = metric(r10, OURS, (s) => s.editMs).median;
    rows.push({
      target: '10k: edit → diagnostics < 25 ms',
      measured: formatMs(edit),
      met: verdict(edit, (x) => x < 25),
    });
    const editCpu = metric(r10, OURS, (s) => s.editCpuMs).median;
    rows.push({
      target: '10k: edit < 25 ms of server CPU',
      measured: formatMs(editCpu),
      met: verdict(editCpu, (x) => x < 25),
    });
    const completion = metric(r10, OURS, (s) => s.completionMs).median;
    rows.push({
      target: '10k: completion < 10 ms',
      measured: formatMs(completion),
      met: verdict(completion, (x) => x < 10),
    });
    const hover = metric(r10, OURS, (s) => s.hoverMs).median;
    rows.push({
      target: '10k: hover < 10 ms',
      measured: formatMs(hover),
      met: verdict(hover, (x) => x < 10),
    });
  }
  const r50 = at(50_000);
  if (r50) {
    const open = metric(r50, OURS, (s) => s.openMs).median;
    rows.push({ target: '50k: open < 1 s', measured: formatMs(open), met: verdict(open, (x) => x < 1000) });
    const edit = metric(r50, OURS, (s) => s.editMs).median;
    rows.push({
      target: '50k: edit → diagnostics < 100 ms',
      measured: formatMs(edit),
      met: verdict(edit, (x) => x < 100),
    });
    const rss = metric(r50, OURS, (s) => s.peakRssBytes).max;
    rows.push({
      target: '50k: server memory < 200 MB',
      measured: formatBytes(rss),
      met: verdict(rss, (x) => x < 200 * 1024 * 1024),
    });
  }
  return rows;
}
