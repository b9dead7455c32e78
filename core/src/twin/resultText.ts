// The words at the end of a push: the one-line account, each finished item, and the per-item log.
// The CLI prints render.ts's lines; the client shows these in its notification and output channel.
import { t } from '../l10n';
import { SECTION_KEYS } from '../manifest/model';
import { describeFailure } from './errors';
import { sectionTitle } from './planText';
import type { ApplyProgress, ApplyResult } from './types';

/** Totals of a push. */
export interface ResultCounts {
  created: number;
  found: number;
  failed: number;
  uncertain: number;
  notStarted: number;
}

/** Totals over every section. */
export function countResult(result: ApplyResult): ResultCounts {
  const c: ResultCounts = { created: 0, found: 0, failed: 0, uncertain: 0, notStarted: 0 };
  for (const key of SECTION_KEYS) {
    const s = result.sections[key];
    c.created += s.created.length;
    c.found += s.found.length;
    c.failed += s.failed.length;
    c.uncertain += s.uncertain.length;
    c.notStarted += s.notStarted.length;
  }
  return c;
}

/**
 * One-line account of a push. `existingBefore` is what the plan already found on the platform, so the
 * line agrees with the confirmation the user just saw.
 */
export function summaryLine(result: ApplyResult, host: string, existingBefore = 0): string {
  const c = countResult(result);
  const alreadyThere = c.found + existingBefore;
  if (result.cancelled)
    return t(
      'Push to {0} cancelled: {1} created, {2} not sent. Run it again to finish.',
      host,
      c.created,
      c.notStarted,
    );
  if (result.complete)
    return c.created === 0
      ? t('{0} already has everything in the file.', host)
      : t('Pushed to {0}: {1} created, {2} already on TWIN.', host, c.created, alreadyThere);
  return t(
    'Push to {0} incomplete: {1} created, {2} failed, {3} uncertain, {4} not sent. See the TWIN output for details.',
    host,
    c.created,
    c.failed,
    c.uncertain,
    c.notStarted,
  );
}

/** One item's outcome in a word. */
function outcomeWord(outcome: Exclude<ApplyProgress['outcome'], 'retrying'>): string {
  switch (outcome) {
    case 'created':
      return t('created');
    case 'found':
      return t('already there');
    case 'failed':
      return t('failed');
    case 'uncertain':
      return t('outcome unknown');
  }
}

/** The log line of one finished item while a push runs: `Client attributes: ФИО — created (1/3)`. */
export function progressLine(
  p: ApplyProgress & { outcome: Exclude<ApplyProgress['outcome'], 'retrying'> },
): string {
  return `  ${sectionTitle(p.section)}: ${p.name} — ${outcomeWord(p.outcome)} (${p.done}/${p.total})`;
}

/** The full per-item account of a push. */
export function resultLog(result: ApplyResult): string[] {
  const lines: string[] = [];
  for (const key of SECTION_KEYS) {
    const s = result.sections[key];
    const before = lines.length;
    for (const c of s.created) lines.push(`  + ${c.name}  (${t('created')}, id ${c.id})`);
    for (const f of s.found) lines.push(`  = ${f.name}  (${t('already there')}, id ${f.id})`);
    for (const f of s.failed) lines.push(`  ! ${f.name}  (${t('failed')}: ${describeFailure(f.error)})`);
    for (const u of s.uncertain)
      lines.push(`  ? ${u.name}  (${t('outcome unknown')}: ${describeFailure(u.error)})`);
    for (const n of s.notStarted) lines.push(`  - ${n}  (${t('not sent')})`);
    // A section's heading only above its items: no empty headings in the log.
    if (lines.length > before) lines.splice(before, 0, `${sectionTitle(key)}:`);
  }
  if (result.stoppedBy) lines.push(t('Stopped: {0}', describeFailure(result.stoppedBy)));
  return lines;
}
