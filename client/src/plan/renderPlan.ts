// What a push says about its plan before it sends anything: "nothing to create" and the modal
// confirmation's question (the plan view renders the plan itself, planHtml.ts). Pure, unit-tested in
// English and Russian.
import type { Locale } from '../../../core/src/i18n/locale';
import { SECTION_KEYS } from '../../../core/src/manifest/model';
import { planCounts, sectionTitle } from '../../../core/src/twin/render';
import type { SyncPlan } from '../../../core/src/twin/types';
import { tn } from '../../../core/src/l10n';
import type { Translate } from '../l10n';

/** Where a plan was made: shown in the heading. */
export interface PlanTarget {
  host: string;
  baseUrl: string;
  /** The manifest's file name. */
  file: string;
}

/** Why a push stops before sending anything because the plan creates nothing. */
export type NothingToCreate =
  /** The platform has every entry. */
  | { kind: 'nothing-to-do'; message: string }
  /** Nothing to create, but an earlier push left items whose outcome is unknown: the user must look. */
  | { kind: 'unknown-outcome'; uncertain: number; message: string };

/** What to tell the user when the plan creates nothing; undefined when it creates something. */
export function nothingToCreate(
  plan: SyncPlan,
  host: string,
  file: string,
  tr: Translate,
): NothingToCreate | undefined {
  const counts = planCounts(plan);
  if (counts.create > 0) return undefined;
  if (counts.uncertain === 0)
    return {
      kind: 'nothing-to-do',
      message: tr('Nothing to push: {0} already has every entry of {1}.', host, file),
    };
  return {
    kind: 'unknown-outcome',
    uncertain: counts.uncertain,
    message: tn(
      counts.uncertain,
      'Nothing to create on {1}; {0} item of {2} has an unknown outcome from an earlier push: check it on TWIN, then remove it from the lock file to create it.|Nothing to create on {1}; {0} items of {2} have an unknown outcome from an earlier push: check them on TWIN, then remove them from the lock file to create them.',
      host,
      file,
    ),
  };
}

/** The modal confirmation's question and detail, naming the host and the counts (no zero rows). */
export function confirmationText(
  plan: SyncPlan,
  host: string,
  tr: Translate,
  locale: Locale,
): { message: string; detail: string } {
  const counts = planCounts(plan);
  const lines = SECTION_KEYS.filter((key) => plan.sections[key].create.length > 0).map(
    (key) => `${sectionTitle(key, locale)}: ${plan.sections[key].create.length}`,
  );
  const besides = [
    counts.existing > 0 ? tr('Already on TWIN: {0}.', counts.existing) : '',
    counts.remoteOnly > 0 ? tr('Only on TWIN (left untouched): {0}.', counts.remoteOnly) : '',
  ].filter((l) => l !== '');
  if (besides.length > 0) lines.push(besides.join(' '));
  return {
    message: tn(counts.create, 'Create {0} item on {1}?|Create {0} items on {1}?', host),
    detail: lines.join('\n'),
  };
}
