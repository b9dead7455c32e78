// The words of a plan for any layout: the CLI prints them as lines (render.ts), the client lays them
// out as a Markdown preview and a modal question. Written once, in the display language.
import { t, tn } from '../l10n';
import { SECTION_KEYS, type SectionKey } from '../manifest/model';
import type { PlanEntry, SectionPlan, SyncPlan } from './types';

const SECTION_TITLES: Record<SectionKey, () => string> = {
  attributes: () => t('Client attributes'),
  clientTags: () => t('Client tags'),
  sessionTags: () => t('Session tags'),
};

/** The section's title in the display language. */
export function sectionTitle(section: SectionKey): string {
  return SECTION_TITLES[section]();
}

/** Counts over all sections. */
export function planCounts(plan: SyncPlan): {
  create: number;
  existing: number;
  remoteOnly: number;
  uncertain: number;
} {
  const c = { create: 0, existing: 0, remoteOnly: 0, uncertain: 0 };
  for (const s of SECTION_KEYS) {
    const p = plan.sections[s];
    c.create += p.create.length;
    c.existing += p.existing.length;
    c.remoteOnly += p.remoteOnly.length;
    c.uncertain += p.uncertain.length;
  }
  return c;
}

/** The headings of a plan document; `file` and `api` come formatted by the caller. */
export function planHeadings(host: string, file: string, api: string) {
  return { title: t('TWIN plan for {0}', host), file: t('File: {0}', file), api: t('API: {0}', api) };
}

/** What a push of the plan would do, in one sentence. */
export function planSummary(plan: SyncPlan): string {
  const counts = planCounts(plan);
  if (counts.create > 0)
    return tn(
      counts.create,
      'A push will create {0} item. Nothing is ever deleted or renamed.|A push will create {0} items. Nothing is ever deleted or renamed.',
    );
  if (counts.uncertain > 0)
    return tn(
      counts.uncertain,
      'Nothing to create; {0} item has an unknown outcome from an earlier push: check it on TWIN, then remove it from the lock file to create it.|Nothing to create; {0} items have an unknown outcome from an earlier push: check them on TWIN, then remove them from the lock file to create them.',
    );
  return t('Nothing to create: the platform already has every entry of the file.');
}

/** The column headings of the per-section counts. */
export function planColumns(): { section: string; create: string; existing: string; remoteOnly: string } {
  return {
    section: t('Section'),
    create: t('To create'),
    existing: t('On TWIN'),
    remoteOnly: t('Only on TWIN'),
  };
}

/** Said when the server could not list what it has. */
export function unlistedNote(): string {
  return t('This server cannot list its attributes and tags, so the plan rests on the lock file alone.');
}

/** A section's groups of names, each with its heading (the unknown-outcome group only when there is one). */
export function planGroups(section: SectionPlan): Array<{ heading: string; entries: PlanEntry[] }> {
  const groups = [
    { heading: t('Will be created ({0})', section.create.length), entries: section.create },
    { heading: t('Already on TWIN ({0})', section.existing.length), entries: section.existing },
    {
      heading: t('Only on TWIN, not in the file ({0}); left untouched', section.remoteOnly.length),
      entries: section.remoteOnly,
    },
  ];
  if (section.uncertain.length > 0)
    groups.push({
      heading: t(
        'Sent earlier, outcome unknown ({0}); not sent again, check on the platform',
        section.uncertain.length,
      ),
      entries: section.uncertain,
    });
  return groups;
}

/** Shown for a group with no names. */
export function noneWord(): string {
  return t('none');
}

/** Why a push stops before sending anything because the plan creates nothing. */
export type NothingToCreate =
  /** The platform has every entry. */
  | { kind: 'nothing-to-do'; message: string }
  /** Nothing to create, but an earlier push left items whose outcome is unknown: the user must look. */
  | { kind: 'unknown-outcome'; uncertain: number; message: string };

/** What to tell the user when the plan creates nothing; undefined when it creates something. */
export function nothingToCreate(plan: SyncPlan, host: string, file: string): NothingToCreate | undefined {
  const counts = planCounts(plan);
  if (counts.create > 0) return undefined;
  if (counts.uncertain === 0)
    return {
      kind: 'nothing-to-do',
      message: t('Nothing to push: {0} already has every entry of {1}.', host, file),
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

/** The question before a push and its detail, naming the host and the counts (no zero rows). */
export function confirmationText(plan: SyncPlan, host: string): { message: string; detail: string } {
  const counts = planCounts(plan);
  const lines = SECTION_KEYS.filter((key) => plan.sections[key].create.length > 0).map(
    (key) => `${sectionTitle(key)}: ${plan.sections[key].create.length}`,
  );
  const besides = [
    counts.existing > 0 ? t('Already on TWIN: {0}.', counts.existing) : '',
    counts.remoteOnly > 0 ? t('Only on TWIN (left untouched): {0}.', counts.remoteOnly) : '',
  ].filter((l) => l !== '');
  if (besides.length > 0) lines.push(besides.join(' '));
  return {
    message: tn(counts.create, 'Create {0} item on {1}?|Create {0} items on {1}?', host),
    detail: lines.join('\n'),
  };
}
