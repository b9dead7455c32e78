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
    counts.create === 0
      ? tr('Nothing to create: the platform already has every entry of the file.')
      : tr('A push will create {0} items. Nothing is ever deleted or renamed.', counts.create),
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

/** The modal confirmation's question and detail, naming the host and the counts. */
export function confirmationText(
  plan: SyncPlan,
  host: string,
  tr: Translate,
  locale: Locale,
): { message: string; detail: string } {
  const counts = planCounts(plan);
  const perSection = SECTION_KEYS.map(
    (key) => `${sectionTitle(key, locale)}: ${plan.sections[key].create.length}`,
  ).join('\n');
  return {
    message: tr('Create {0} items on {1}?', counts.create, host),
    detail: `${perSection}\n${tr('Already on TWIN: {0}. Only on TWIN (left untouched): {1}.', counts.existing, counts.remoteOnly)}`,
  };
}
