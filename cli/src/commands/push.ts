// `twin push FILE [--api URL] [--yes] [--concurrency N]`: validate, plan, confirm, apply with progress,
// summarise per section. Exit 0 only when everything in the plan now exists on the platform.
import { applyPlan, planCounts, renderPlan, renderResult } from '../../../core/src/twin';
import { t } from '../../../core/src/i18n/locale';
import { intFlag, oneFile, parseArgs } from '../commandArgs';
import type { CliCommand } from '../io';
import { withSyncErrors } from '../syncErrors';
import { progressLine } from '../progressLine';
import { PUSH_CONCURRENCY } from '../../../core/src/settings';
import { loadManifest, openSession, planFor } from '../syncSession';
import { syncMessages as m } from '../syncMessages';

/** Runs `twin push`. */
export const run: CliCommand = withSyncErrors(async (args, io) => {
  const parsed = parseArgs(
    args,
    { values: ['--api', '--iam', '--concurrency'], switches: ['--yes'] },
    io.locale,
  );
  const file = oneFile(parsed, 'push', io.locale);
  const concurrency = intFlag(
    parsed,
    '--concurrency',
    PUSH_CONCURRENCY.default,
    PUSH_CONCURRENCY.minimum,
    PUSH_CONCURRENCY.maximum,
    io.locale,
  );
  const manifest = await loadManifest(file, io);
  if (!manifest) return 1;
  const session = await openSession(parsed, io, concurrency);
  const { plan, lockPath } = await planFor(session, file, manifest, io);
  io.stdout(t(io.locale, m.target, session.baseUrl) + '\n');
  io.stdout(renderPlan(plan, io.locale).join('\n') + '\n');
  const toCreate = planCounts(plan).create;
  if (toCreate > 0 && !parsed.switches.has('--yes')) {
    if (!io.isTTY) {
      io.stderr(`twin: ${t(io.locale, m.needYes)}\n`);
      return 1;
    }
    if (!(await io.confirm(t(io.locale, m.confirm, toCreate, session.host)))) {
      io.stdout(t(io.locale, m.declined) + '\n');
      return 1;
    }
  }
  // Ctrl+C once: stop starting requests, let those in flight finish and be recorded. Twice: quit.
  const cancel = new AbortController();
  let interrupts = 0;
  const onSignal = (): void => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    io.stderr(`\n${t(io.locale, m.cancelling)}\n`);
    cancel.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = progressLine(io);
  try {
    const result = await applyPlan(plan, {
      client: session.client,
      lockPath,
      lockKey: session.lockKey,
      signal: cancel.signal,
      onProgress: (p) => progress.update(p),
    });
    progress.end();
    io.stdout(renderResult(result, io.locale).join('\n') + '\n');
    return result.complete ? 0 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
});
