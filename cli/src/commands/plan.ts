// `twin plan FILE [--api URL] [--format text|json|markdown]`: what a push would do. Exit 0: nothing to do;
// 2: changes; 1: error.
import { planCounts, planToJson, renderPlan } from '../../../core/src/twin';
import { renderPlanMarkdown } from '../../../core/src/twin/renderMarkdown';
import { t } from '../../../core/src/l10n';
import { UsageError, oneFile, parseArgs } from '../commandArgs';
import type { CliCommand } from '../io';
import { withSyncErrors } from '../syncErrors';
import { loadManifest, openSession, planFor } from '../syncSession';

/** Runs `twin plan`. */
export const run: CliCommand = withSyncErrors(async (args, io) => {
  const parsed = parseArgs(args, { values: ['--api', '--iam', '--format'], switches: [] });
  const format = parsed.values.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown')
    throw new UsageError(t('Option --format takes "text", "json" or "markdown", got "{0}".', format));
  const file = oneFile(parsed, 'plan');
  const manifest = await loadManifest(file, io);
  if (!manifest) return 1;
  const session = await openSession(parsed, io);
  const { plan } = await planFor(session, file, manifest, io);
  if (format === 'json') io.stdout(JSON.stringify(planToJson(plan, session.baseUrl), null, 2) + '\n');
  else if (format === 'markdown')
    io.stdout(renderPlanMarkdown(plan, { host: session.host, baseUrl: session.baseUrl, file }));
  else {
    io.stdout(t('Target: {0}', session.baseUrl) + '\n');
    io.stdout(renderPlan(plan).join('\n') + '\n');
  }
  const counts = planCounts(plan);
  return counts.create + counts.uncertain === 0 ? 0 : 2;
});
