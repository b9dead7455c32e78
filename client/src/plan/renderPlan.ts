// The plan preview: a Markdown page per push target, section by section. The words are core's
// (planText.ts, the same the CLI prints); this file only lays them out as Markdown. Pure, so its text
// is unit-tested in English and Russian.
import { SECTION_KEYS } from '../../../core/src/manifest/model';
import {
  noneWord,
  planColumns,
  planGroups,
  planHeadings,
  planSummary,
  sectionTitle,
  unlistedNote,
} from '../../../core/src/twin/planText';
import type { PlanEntry, SyncPlan } from '../../../core/src/twin/types';

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

/** The plan as a Markdown document in the display language. */
export function renderPlanMarkdown(plan: SyncPlan, target: PlanTarget): string {
  const headings = planHeadings(target.host, `\`${target.file}\``, `\`${target.baseUrl}\``);
  const columns = planColumns();
  const out: string[] = [
    `# ${headings.title}`,
    '',
    `${headings.file}  `,
    headings.api,
    '',
    planSummary(plan),
  ];
  out.push(
    '',
    `| ${columns.section} | ${columns.create} | ${columns.existing} | ${columns.remoteOnly} |`,
    '|---|---:|---:|---:|',
    ...SECTION_KEYS.map((key) => {
      const s = plan.sections[key];
      return `| ${sectionTitle(key)} | ${s.create.length} | ${s.existing.length} | ${s.remoteOnly.length} |`;
    }),
  );
  if (!plan.listed) out.push('', `> ${unlistedNote()}`);
  for (const key of SECTION_KEYS) {
    out.push('', `## ${sectionTitle(key)}`, '');
    for (const { heading, entries } of planGroups(plan.sections[key])) {
      out.push(`### ${heading}`, '');
      out.push(...(entries.length > 0 ? list(entries) : [`_${noneWord()}_`]), '');
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
