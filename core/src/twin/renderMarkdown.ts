// The plan and the result of a push as Markdown, for a pull-request comment or $GITHUB_STEP_SUMMARY:
// the content of the editor's Plan preview (host, counts table, per section what will be created, what
// TWIN has, what only TWIN has). Names come from the file or from the platform, so they are never
// markup: each is a code span (no link, HTML, emphasis or table cell can start inside one), and other
// outside text is backslash-escaped.
import { t as catalogText } from '../i18n/locale';
import { displayLanguage, t } from '../l10n';
import { SECTION_KEYS } from '../manifest/model';
import { describeTwinError } from './errors';
import { twinMessages } from './messages';
import { printable } from './printable';
import { planCounts, sectionTitle } from './render';
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
  return [
    `# ${title}`,
    '',
    t('File: {0}', markdownCode(target.file)) + '  ',
    t('API: {0}', markdownCode(target.baseUrl)),
    '',
  ];
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
  return [`### ${heading}`, '', ...(names.length > 0 ? names.map((n) => `- ${n}`) : [`_${t('none')}_`]), ''];
}

function planSummary(plan: SyncPlan): string {
  const counts = planCounts(plan);
  if (counts.create > 0)
    return t('A push will create {0} items. Nothing is ever deleted or renamed.', counts.create);
  if (counts.uncertain > 0)
    return t(
      'Nothing to create; {0} item(s) have an unknown outcome from an earlier push: check them on TWIN, then remove them from the lock file to create them.',
      counts.uncertain,
    );
  return t('Nothing to create: the platform already has every entry of the file.');
}

/** The plan as a Markdown document, in the display language. */
export function renderPlanMarkdown(plan: SyncPlan, target: MarkdownTarget): string {
  const lang = displayLanguage();
  const out = [...header(t('TWIN plan for {0}', markdownCode(target.host)), target), planSummary(plan), ''];
  out.push(
    ...table(
      [t('Section'), t('To create'), t('On TWIN'), t('Only on TWIN')],
      SECTION_KEYS.map((key) => {
        const s = plan.sections[key];
        return [sectionTitle(key, lang), s.create.length, s.existing.length, s.remoteOnly.length];
      }),
    ),
  );
  if (!plan.listed)
    out.push(
      '',
      `> ${t('This server cannot list its attributes and tags, so the plan rests on the lock file alone.')}`,
    );
  for (const key of SECTION_KEYS) {
    const s = plan.sections[key];
    const names = (entries: Array<{ name: string }>): string[] => entries.map((e) => markdownCode(e.name));
    out.push('', `## ${sectionTitle(key, lang)}`, '');
    out.push(...group(t('Will be created ({0})', s.create.length), names(s.create), true));
    out.push(...group(t('Already on TWIN ({0})', s.existing.length), names(s.existing), true));
    out.push(
      ...group(
        t('Only on TWIN, not in the file ({0}); left untouched', s.remoteOnly.length),
        names(s.remoteOnly),
        true,
      ),
    );
    out.push(
      ...group(
        t('Sent earlier, outcome unknown ({0}); not sent again, check on the platform', s.uncertain.length),
        names(s.uncertain),
        false,
      ),
    );
  }
  return finish(out);
}

function resultLines(result: ApplyResult): string[] {
  const lang = displayLanguage();
  const out: string[] = [];
  for (const key of SECTION_KEYS) {
    const r = result.sections[key];
    const failure = (f: { name: string; error: unknown }): string =>
      `${markdownCode(f.name)}: ${markdownText(describeTwinError(f.error, lang))}`;
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
    if (lines.length > 0) out.push('', `## ${sectionTitle(key, lang)}`, '', ...lines);
  }
  return out;
}

/** The result of a push as a Markdown document, in the display language. */
export function renderResultMarkdown(result: ApplyResult, target: MarkdownTarget): string {
  const lang = displayLanguage();
  const out = [
    ...header(t('TWIN push to {0}', markdownCode(target.host)), target),
    result.complete
      ? `**${t('Done: everything in the file exists on TWIN.')}**`
      : `**${t('Not everything in the file exists on TWIN yet; run the push again to continue.')}**`,
    '',
  ];
  if (result.stoppedBy) {
    const why =
      result.stoppedBy.kind === 'lock-write'
        ? catalogText(lang, twinMessages['lock-write'], result.stoppedBy.message)
        : describeTwinError(result.stoppedBy, lang);
    out.push(`> ${t('Stopped: {0}', markdownText(why))}`, '');
  }
  if (result.cancelled) out.push(`> ${t('Cancelled: the rest was not sent.')}`, '');
  out.push(
    ...table(
      [t('Section'), t('Created'), t('Already there'), t('Failed'), t('Unknown'), t('Not started')],
      SECTION_KEYS.map((key) => {
        const r = result.sections[key];
        return [
          sectionTitle(key, lang),
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
