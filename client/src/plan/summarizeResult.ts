// The words at the end of a push: one notification line and the full per-item log. Pure.
import { SECTION_KEYS } from '../../../core/src/manifest/model';
import { t, type Locale } from '../../../core/src/i18n/locale';
import { describeTwinError } from '../../../core/src/twin/errors';
import { twinMessages } from '../../../core/src/twin/messages';
import { sectionTitle } from '../../../core/src/twin/render';
import type { ApplyProgress, ApplyResult, TwinApiErrorInfo } from '../../../core/src/twin/types';
import type { Translate } from '../l10n';

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
 * One-line account of a push, for the notification. `existingBefore` is what the plan already found on
 * the platform, so the line agrees with the confirmation the user just saw.
 */
export function summaryLine(result: ApplyResult, host: string, tr: Translate, existingBefore = 0): string {
  const c = countResult(result);
  const alreadyThere = c.found + existingBefore;
  if (result.cancelled)
    return tr(
      'Push to {0} cancelled: {1} created, {2} not sent. Run it again to finish.',
      host,
      c.created,
      c.notStarted,
    );
  if (result.complete)
    return c.created === 0
      ? tr('{0} already has everything in the file.', host)
      : tr('Pushed to {0}: {1} created, {2} already on TWIN.', host, c.created, alreadyThere);
  return tr(
    'Push to {0} incomplete: {1} created, {2} failed, {3} uncertain, {4} not sent. See the TWIN output for details.',
    host,
    c.created,
    c.failed,
    c.uncertain,
    c.notStarted,
  );
}

/** A failure reason in words (core's English/Russian wording, as the CLI says it), never holding the token. */
export function describeFailure(
  error: TwinApiErrorInfo | { kind: 'lock-write'; message: string },
  locale: Locale,
): string {
  return error.kind === 'lock-write'
    ? t(locale, twinMessages['lock-write'], error.message)
    : describeTwinError(error, locale);
}

/** One item's outcome as the log and the result lines word it. */
function outcomeWord(outcome: Exclude<ApplyProgress['outcome'], 'retrying'>, tr: Translate): string {
  switch (outcome) {
    case 'created':
      return tr('created');
    case 'found':
      return tr('already there');
    case 'failed':
      return tr('failed');
    case 'uncertain':
      return tr('outcome unknown');
  }
}

/** The log line of one finished item while a push runs: `Client attributes: ФИО — created (1/3)`. */
export function progressLine(
  p: ApplyProgress & { outcome: Exclude<ApplyProgress['outcome'], 'retrying'> },
  locale: Locale,
  tr: Translate,
): string {
  return `  ${sectionTitle(p.section, locale)}: ${p.name} — ${outcomeWord(p.outcome, tr)} (${p.done}/${p.total})`;
}

/** The full per-item account for the output channel. */
export function resultLog(result: ApplyResult, locale: Locale, tr: Translate): string[] {
  const lines: string[] = [];
  for (const key of SECTION_KEYS) {
    const s = result.sections[key];
    const before = lines.length;
    for (const c of s.created) lines.push(`  + ${c.name}  (${tr('created')}, id ${c.id})`);
    for (const f of s.found) lines.push(`  = ${f.name}  (${tr('already there')}, id ${f.id})`);
    for (const f of s.failed)
      lines.push(`  ! ${f.name}  (${tr('failed')}: ${describeFailure(f.error, locale)})`);
    for (const u of s.uncertain)
      lines.push(`  ? ${u.name}  (${tr('outcome unknown')}: ${describeFailure(u.error, locale)})`);
    for (const n of s.notStarted) lines.push(`  - ${n}  (${tr('not sent')})`);
    // A section's heading only above its items: no empty headings in the log.
    if (lines.length > before) lines.splice(before, 0, `${sectionTitle(key, locale)}:`);
  }
  if (result.stoppedBy) lines.push(tr('Stopped: {0}', describeFailure(result.stoppedBy, locale)));
  return lines;
}
