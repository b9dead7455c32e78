// The plan preview: a Markdown page per push target, section by section, in the user's language.
// Pure, so its text is unit-tested in English and Russian.
import type { Locale } from '../../../core/src/i18n/locale';
import { SECTION_KEYS } from '../../../core/src/manifest/model';
import { planCounts, sectionTitle } from '../../../core/src/twin/render';
import type { PlanEntry, SyncPlan } from '../../../core/src/twin/types';
import type { Translate } from '../l10n';

/** Where a plan was made: shown in the heading. */
export interface PlanTarget {
  host: string;
  baseUrl: string;
  /** The manifest's file name. */
  file: string;
}

/** Markdown-safe text of a name: inline markup escaped, and a leading list/heading marker. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/^([#+-]|\d+[.)])/, '\\$1');
}

function list(entries: PlanEntry[]): string[] {
  return entries.map((e) => `- ${escapeMarkdown(e.name)}`);
}

/** The plan as a Markdown document (section titles in `locale`, from core's catalog as the CLI prints them). */
export function renderPlanMarkdown(
  plan: SyncPlan,
  target: PlanTarget,
  tr: Translate,
  locale: Locale,
): string {
  const counts = planCounts(plan);
  const out: string[] = [
    `# ${tr('TWIN plan for {0}', target.host)}`,
    '',
    tr('File: {0}', `\`${target.file}\``) + '  ',
    tr('API: {0}', `\`${target.baseUrl}\``),
    '',
    counts.create > 0
      ? tr('A push will create {0} items. Nothing is ever deleted or renamed.', counts.create)
      : counts.uncertain > 0
        ? tr(
            'Nothing to create; {0} item(s) have an unknown outcome from an earlier push: check them on TWIN, then remove them from the lock file to create them.',
            counts.uncertain,
          )
        : tr('Nothing to create: the platform already has every entry of the file.'),
  ];
  out.push(
    '',
    `| ${tr('Section')} | ${tr('To create')} | ${tr('On TWIN')} | ${tr('Only on TWIN')} |`,
    '|---|---:|---:|---:|',
    ...SECTION_KEYS.map((key) => {
      const s = plan.sections[key];
      return `| ${sectionTitle(key, locale)} | ${s.create.length} | ${s.existing.length} | ${s.remoteOnly.length} |`;
    }),
  );
  if (!plan.listed)
    out.push(
      '',
      `> ${tr('This server cannot list its attributes and tags, so the plan rests on the lock file alone.')}`,
    );
  for (const key of SECTION_KEYS) {
    const s = plan.sections[key];
    out.push('', `## ${sectionTitle(key, locale)}`, '');
    const groups: Array<[string, PlanEntry[]]> = [
      [tr('Will be created ({0})', s.create.length), s.create],
      [tr('Already on TWIN ({0})', s.existing.length), s.existing],
      [tr('Only on TWIN, not in the file ({0}); left untouched', s.remoteOnly.length), s.remoteOnly],
    ];
    if (s.uncertain.length > 0)
      groups.push([
        tr('Sent earlier, outcome unknown ({0}); not sent again, check on the platform', s.uncertain.length),
        s.uncertain,
      ]);
    for (const [heading, entries] of groups) {
      out.push(`### ${heading}`, '');
      out.push(...(entries.length > 0 ? list(entries) : [`_${tr('none')}_`]), '');
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
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
    message: tr(
      'Nothing to create on {0}; {1} item(s) of {2} have an unknown outcome from an earlier push: check them on TWIN, then remove them from the lock file to create them.',
      host,
      counts.uncertain,
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
    message: tr('Create {0} items on {1}?', counts.create, host),
    detail: lines.join('\n'),
  };
}
