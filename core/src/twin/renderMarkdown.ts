// The plan and the result of a push as Markdown, for a pull-request comment or $GITHUB_STEP_SUMMARY:
// the content of the editor's Plan preview (host, counts table, per section what will be created, what
// TWIN has, what only TWIN has). Names come from the file or from the platform, so they are never
// markup: each is a code span (no link, HTML, emphasis or table cell can start inside one), and other
// outside text is backslash-escaped.
import { t } from '../l10n';
import { SECTION_KEYS } from '../manifest/model';
import { describeFailure, describeTwinError } from './errors';
import {
  noneWord,
  planColumns,
  planGroups,
  planHeadings,
  planSummary,
  sectionTitle,
  unlistedNote,
} from './planText';
import { printable } from './printable';
import type { ApplyResult, SyncPlan } from './types';

/** Where a plan or push goes: shown in the heading. */
export interface MarkdownTarget {
  host: string;
  baseUrl: string;
  /** The manifest's path as the user gave it. */
  file: string;
}

/** Prose from outside (a host, a server's wording) as Markdown text: every ASCII punctuation escaped. */
export function markdownText(text: string): string {
  return printable(text).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/**
 * A name as an inline code span: fenced by one backtick more than its longest run of backticks, and
 * padded with a space on each side (which CommonMark strips) when it starts or ends with a backtick or
 * with spaces at both ends, so the name stays whole; line breaks and other control characters shown as
 * \uXXXX, so the span stays on its line.
 */
export function markdownCode(text: string): string {
  const shown = printable(text);
  if (shown === '') return '` `';
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(shown) || /^ [^]* $/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

function header(title: string, target: MarkdownTarget): string[] {
  const words = planHeadings(target.host, markdownCode(target.file), markdownCode(target.baseUrl));
  return [`# ${title}`, '', `${words.file}  `, words.api, ''];
}

function table(head: string[], rows: Array<Array<string | number>>): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|---|${head
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function group(heading: string, names: string[], empty: boolean): string[] {
  if (names.length === 0 && !empty) return [];
  return [`### ${heading}`, '', ...(names.length > 0 ? names.map((n) => `- ${n}`) : [`_${noneWord()}_`]), ''];
}

/** The plan as a Markdown document, in the display language: the words of the editor's Plan view. */
export function renderPlanMarkdown(plan: SyncPlan, target: MarkdownTarget): string {
  const title = planHeadings(markdownCode(target.host), '', '').title;
  const columns = planColumns();
  const out = [...header(title, target), planSummary(plan), ''];
  out.push(
    ...table(
      [columns.section, columns.create, columns.existing, columns.remoteOnly],
      SECTION_KEYS.map((key) => {
        const s = plan.sections[key];
        return [sectionTitle(key), s.create.length, s.existing.length, s.remoteOnly.length];
      }),
    ),
  );
  if (!plan.listed) out.push('', `> ${unlistedNote()}`);
  for (const key of SECTION_KEYS) {
    out.push('', `## ${sectionTitle(key)}`, '');
    for (const { heading, entries } of planGroups(plan.sections[key]))
      out.push(
        ...group(
          heading,
          entries.map((e) => markdownCode(e.name)),
          true,
        ),
      );
  }
  return finish(out);
}

function resultLines(result: ApplyResult): string[] {
  const out: string[] = [];
  for (const key of SECTION_KEYS) {
    const r = result.sections[key];
    const failure = (f: { name: string; error: unknown }): string =>
      `${markdownCode(f.name)}: ${markdownText(describeTwinError(f.error))}`;
    const lines = [
      ...group(t('Failed ({0})', r.failed.length), r.failed.map(failure), false),
      ...group(
        t('Sent, but TWIN did not confirm it; it may or may not exist ({0})', r.uncertain.length),
        r.uncertain.map(failure),
        false,
      ),
      ...group(t('Not started ({0})', r.notStarted.length), r.notStarted.map(markdownCode), false),
      ...group(
        t('Created ({0})', r.created.length),
        r.created.map((c) => markdownCode(c.name)),
        false,
      ),
    ];
    if (lines.length > 0) out.push('', `## ${sectionTitle(key)}`, '', ...lines);
  }
  return out;
}

/** The result of a push as a Markdown document, in the display language. */
export function renderResultMarkdown(result: ApplyResult, target: MarkdownTarget): string {
  const out = [
    ...header(t('TWIN push to {0}', markdownCode(target.host)), target),
    result.complete
      ? `**${t('Done: everything in the file exists on TWIN.')}**`
      : `**${t('Not everything in the file exists on TWIN yet; run the push again to continue.')}**`,
    '',
  ];
  if (result.stoppedBy) {
    out.push(`> ${t('Stopped: {0}', markdownText(describeFailure(result.stoppedBy)))}`, '');
  }
  if (result.cancelled) out.push(`> ${t('Cancelled: the rest was not sent.')}`, '');
  out.push(
    ...table(
      [t('Section'), t('Created'), t('Already there'), t('Failed'), t('Unknown'), t('Not started')],
      SECTION_KEYS.map((key) => {
        const r = result.sections[key];
        return [
          sectionTitle(key),
          r.created.length,
          r.found.length,
          r.failed.length,
          r.uncertain.length,
          r.notStarted.length,
        ];
      }),
    ),
  );
  return finish([...out, ...resultLines(result)]);
}

function finish(lines: string[]): string {
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
