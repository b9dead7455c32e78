// `twin push FILE [--api URL] [--yes] [--concurrency N] [--format text|markdown]`: validate, plan,
// confirm, apply with progress, summarise per section (as Markdown for $GITHUB_STEP_SUMMARY with
// --format markdown: then only the result is printed). Exit 0 only when everything in the plan now
// exists on the platform.
import { applyPlan, planCounts, renderPlan, renderResult } from '../../../core/src/twin';
import { renderResultMarkdown } from '../../../core/src/twin/renderMarkdown';
import { t, tn } from '../../../core/src/l10n';
import { UsageError, intFlag, oneFile, parseArgs } from '../commandArgs';
import type { CliCommand, CliIO } from '../io';
import { withSyncErrors } from '../syncErrors';
import { progressLine } from '../progressLine';
import { PUSH_CONCURRENCY } from '../../../core/src/settings';
import { loadManifest, openSession, planFor } from '../syncSession';

/** Whether to go on: asked on a terminal, refused without one unless --yes; prints why it stops. */
async function confirmed(toCreate: number, yes: boolean, host: string, io: CliIO): Promise<boolean> {
  if (toCreate === 0 || yes) return true;
  if (!io.isTTY) {
    io.stderr(
      `twin: ${t('Refusing to push without confirmation: not a terminal. Add --yes to push from a script.')}\n`,
    );
    return false;
  }
  if (await io.confirm(tn(toCreate, 'Create {0} item on {1}? [y/N]|Create {0} items on {1}? [y/N]', host)))
    return true;
  io.stdout(t('Nothing was sent.') + '\n');
  return false;
}

/** Runs `twin push`. */
export const run: CliCommand = withSyncErrors(async (args, io) => {
  const parsed = parseArgs(args, {
    values: ['--api', '--iam', '--concurrency', '--format'],
    switches: ['--yes'],
  });
  const format = parsed.values.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'markdown')
    throw new UsageError(t('Option --format takes "text" or "markdown", got "{0}".', format));
  const file = oneFile(parsed, 'push');
  const concurrency = intFlag(
    parsed,
    '--concurrency',
    PUSH_CONCURRENCY.default,
    PUSH_CONCURRENCY.minimum,
    PUSH_CONCURRENCY.maximum,
  );
  const manifest = await loadManifest(file, io);
  if (!manifest) return 1;
  const session = await openSession(parsed, io, concurrency);
  const { plan, lockPath } = await planFor(session, file, manifest, io);
  if (format === 'text') {
    io.stdout(t('Target: {0}', session.baseUrl) + '\n');
    io.stdout(renderPlan(plan).join('\n') + '\n');
  }
  if (!(await confirmed(planCounts(plan).create, parsed.switches.has('--yes'), session.host, io))) return 1;
  // Ctrl+C once: stop starting requests, let those in flight finish and be recorded. Twice: quit.
  const cancel = new AbortController();
  let interrupts = 0;
  const onSignal = (): void => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    io.stderr(
      `\n${t('Cancelling: no new requests; waiting for those in flight (Ctrl+C again to quit at once).')}\n`,
    );
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
    io.stdout(
      format === 'markdown'
        ? renderResultMarkdown(result, { host: session.host, baseUrl: session.baseUrl, file })
        : renderResult(result).join('\n') + '\n',
    );
    return result.complete ? 0 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
});
