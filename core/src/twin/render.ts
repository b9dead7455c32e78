// The plan and the result as text and JSON, shared by the CLI and the VS Code client so both say the
// same thing in the same words (the client lays the words of planText.ts and resultText.ts out as
// Markdown and notifications), never re-worded.
import { t, tn } from '../l10n';
import { SECTION_KEYS, type SectionKey } from '../manifest/model';
import { describeFailure } from './errors';
import { planCounts, sectionTitle } from './planText';
import { printable } from './printable';
import type { ApplyResult, SyncPlan } from './types';

/** The plan as `twin plan --format json` prints it (`uncertain` only when an earlier push left some). */
export interface PlanJson {
  api: string;
  sections: Record<
    SectionKey,
    { create: string[]; existing: string[]; remoteOnly: string[]; uncertain?: string[] }
  >;
}

/**
 * The plan as lines of text: per section a count line, then what will be created and what is only on
 * TWIN. Names are printable() (those only on TWIN come from the server unchecked).
 */
export function renderPlan(plan: SyncPlan): string[] {
  const lines: string[] = [];
  if (!plan.listed)
    lines.push(t('This server cannot list what it has; the plan relies on the lock file alone.'));
  for (const s of SECTION_KEYS) {
    const p = plan.sections[s];
    let head = t(
      '{0}: {1} to create, {2} existing, {3} only on TWIN',
      sectionTitle(s),
      p.create.length,
      p.existing.length,
      p.remoteOnly.length,
    );
    if (p.uncertain.length > 0) head += t(', {0} unknown', p.uncertain.length);
    lines.push(head);
    for (const e of p.create) lines.push(t('  + create    {0}', printable(e.name)));
    for (const e of p.uncertain)
      lines.push(
        t(
          '  ! unknown   {0} (an earlier push could not confirm it; check TWIN, then remove it from the lock file to create it)',
          printable(e.name),
        ),
      );
    for (const e of p.remoteOnly) lines.push(t('  ? only on TWIN (left as is)  {0}', printable(e.name)));
  }
  const counts = planCounts(plan);
  if (counts.create > 0) lines.push(t('Total: {0} to create.', counts.create));
  if (counts.uncertain > 0) lines.push(uncertainLine(counts.uncertain, counts.create > 0));
  if (counts.create + counts.uncertain === 0)
    lines.push(t('Nothing to do: TWIN already has everything in the file.'));
  return lines;
}

// Not "nothing to do" when some items' outcome is unknown: `twin plan` exits 2 then, and they need the user.
function uncertainLine(uncertain: number, createsSome: boolean): string {
  return createsSome
    ? tn(
        uncertain,
        '{0} item with an unknown outcome will not be sent — check TWIN, then remove its null entry from the lock file.|{0} items with an unknown outcome will not be sent — check TWIN, then remove their null entries from the lock file.',
      )
    : tn(
        uncertain,
        'Nothing to create; {0} item has an unknown outcome — check TWIN, then remove its null entry from the lock file.|Nothing to create; {0} items have an unknown outcome — check TWIN, then remove their null entries from the lock file.',
      );
}

/** The result of a push as lines of text: per section a count line, then each failure and unknown item. */
export function renderResult(result: ApplyResult): string[] {
  const lines: string[] = [];
  for (const s of SECTION_KEYS) {
    const r = result.sections[s];
    lines.push(
      t(
        '{0}: {1} created, {2} already there, {3} failed, {4} unknown, {5} not started',
        sectionTitle(s),
        r.created.length,
        r.found.length,
        r.failed.length,
        r.uncertain.length,
        r.notStarted.length,
      ),
    );
    for (const f of r.failed)
      lines.push(t('  failed   {0}: {1}', printable(f.name), describeFailure(f.error)));
    for (const u of r.uncertain)
      lines.push(
        t(
          '  unknown  {0}: sent, but TWIN did not confirm it ({1}); it may or may not exist',
          printable(u.name),
          describeFailure(u.error),
        ),
      );
  }
  if (result.stoppedBy) lines.push(t('Stopped: {0}', describeFailure(result.stoppedBy)));
  if (result.cancelled) lines.push(t('Cancelled: the rest was not sent.'));
  lines.push(
    result.complete
      ? t('Done: everything in the file exists on TWIN.')
      : t('Not everything in the file exists on TWIN yet; run the push again to continue.'),
  );
  return lines;
}

/** The plan as JSON-ready data: names as written in the file, or as on the platform for remoteOnly. */
export function planToJson(plan: SyncPlan, api: string): PlanJson {
  const sections = {} as PlanJson['sections'];
  for (const s of SECTION_KEYS) {
    const p = plan.sections[s];
    sections[s] = {
      create: p.create.map((e) => e.name),
      existing: p.existing.map((e) => e.name),
      remoteOnly: p.remoteOnly.map((e) => e.name),
      ...(p.uncertain.length > 0 ? { uncertain: p.uncertain.map((e) => e.name) } : {}),
    };
  }
  return { api, sections };
}
