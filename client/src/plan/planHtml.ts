// The plan view's page: what a push of one manifest would do, section by section, in the user's
// language and VS Code's theme colours. Pure (no vscode import), so its text is unit-tested. No script
// at all: the buttons are `command:` links the webview allows for our commands only, and the one
// <style> carries the page's nonce, so the Content-Security-Policy can forbid everything else.
import { displayLanguage, t, tn } from '../../../core/src/l10n';
import { SECTION_KEYS } from '../../../core/src/manifest/model';
import { planCounts, sectionTitle } from '../../../core/src/twin/planText';
import type { PlanEntry, SyncPlan } from '../../../core/src/twin/types';
import type { PlanTarget } from './renderPlan';

/** What the page shows. */
export interface PlanPage {
  target: PlanTarget;
  /** Absent while the first plan is still being made. */
  plan?: SyncPlan;
  /** Why the plan shown may no longer be true ("the file was saved", "no token"…); absent when current. */
  outdated?: string;
  /** A re-plan is under way. */
  planning: boolean;
  /** When the plan was made, as the user reads a clock (`14:05:09`). */
  plannedAt?: string;
}

/** The page's style nonce and CSP source (its words are core's l10n, in the display language). */
export interface PageContext {
  nonce: string;
  cspSource: string;
}

/** The commands the page's links may run (the webview's `enableCommandUris`). */
export const PAGE_COMMANDS = ['twin.plan', 'twin.push', 'twin.setToken'] as const;

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size);
  color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 20px; }
h1 { font-size: 1.4em; font-weight: 600; }
h2 { font-size: 1.15em; font-weight: 600; margin-top: 1.4em; border-bottom: 1px solid var(--vscode-panel-border); }
h3 { font-size: 1em; font-weight: 600; }
.meta { color: var(--vscode-descriptionForeground); }
code { font-family: var(--vscode-editor-font-family); }
.summary { font-size: 1.1em; margin: 1em 0; }
.banner { padding: 8px 12px; margin: 1em 0; border-left: 4px solid var(--vscode-inputValidation-warningBorder);
  background: var(--vscode-inputValidation-warningBackground); }
.actions a { display: inline-block; margin-right: 8px; padding: 4px 12px; text-decoration: none;
  color: var(--vscode-button-foreground); background: var(--vscode-button-background); border-radius: 2px; }
.actions a:hover { background: var(--vscode-button-hoverBackground); }
.actions a.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
.actions a:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
ul { margin-top: 0.2em; }
`;

/** Text safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The Content-Security-Policy of the page: nothing but its own nonce'd style. */
export function planPageCsp(nonce: string, cspSource: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src ${cspSource}; font-src ${cspSource}`;
}

/** The whole HTML document. */
export function renderPlanHtml(page: PlanPage, ctx: PageContext): string {
  const title = t('Plan: {0} → {1}', page.target.file, page.target.host);
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(t('API: {0}', page.target.baseUrl))}${
      page.plannedAt ? ` · ${escapeHtml(t('planned at {0}', page.plannedAt))}` : ''
    }</p>`,
    ...banner(page),
    ...(page.plan ? planBody(page.plan) : [`<p class="summary">${escapeHtml(t('Planning…'))}</p>`]),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${displayLanguage()}"><head><meta charset="UTF-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${planPageCsp(ctx.nonce, ctx.cspSource)}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1.0">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style nonce="${ctx.nonce}">${STYLE}</style></head>`,
    `<body>${body.join('\n')}</body></html>`,
  ].join('\n');
}

function link(command: (typeof PAGE_COMMANDS)[number], label: string, secondary = false): string {
  return `<a href="command:${command}"${secondary ? ' class="secondary"' : ''}>${escapeHtml(label)}</a>`;
}

/** The "outdated" notice with its re-plan button, and the page's actions. */
function banner(page: PlanPage): string[] {
  const out: string[] = [];
  if (page.outdated !== undefined)
    out.push(`<div class="banner" role="status">${escapeHtml(t('Outdated: {0}', page.outdated))}</div>`);
  else if (page.planning && page.plan)
    out.push(`<div class="banner" role="status">${escapeHtml(t('Planning again…'))}</div>`);
  const canPush = page.plan !== undefined && page.outdated === undefined && planCounts(page.plan).create > 0;
  out.push(
    '<p class="actions">' +
      (canPush ? link('twin.push', t('Push to TWIN')) + ' ' : '') +
      link('twin.plan', t('Re-plan'), canPush) +
      '</p>',
  );
  return out;
}

/** The headline and the non-empty sections. */
function planBody(plan: SyncPlan): string[] {
  const counts = planCounts(plan);
  const headline =
    counts.create > 0
      ? tn(
          counts.create,
          'A push will create {0} item. Nothing is ever deleted or renamed.|A push will create {0} items. Nothing is ever deleted or renamed.',
        )
      : counts.uncertain > 0
        ? tn(
            counts.uncertain,
            'Nothing to create; {0} item has an unknown outcome from an earlier push: check it on TWIN, then remove it from the lock file to create it.|Nothing to create; {0} items have an unknown outcome from an earlier push: check them on TWIN, then remove them from the lock file to create them.',
          )
        : t('Nothing to create: the platform already has every entry of the file.');
  const out = [`<p class="summary">${escapeHtml(headline)}</p>`];
  if (!plan.listed)
    out.push(
      `<p>${escapeHtml(t('This server cannot list its attributes and tags, so the plan rests on the lock file alone.'))}</p>`,
    );
  for (const key of SECTION_KEYS) {
    const s = plan.sections[key];
    const groups: Array<[string, PlanEntry[]]> = [
      [tn(s.create.length, 'Will be created: {0} item|Will be created: {0} items'), s.create],
      [tn(s.existing.length, 'Already on TWIN: {0} item|Already on TWIN: {0} items'), s.existing],
      [
        tn(
          s.remoteOnly.length,
          'Only on TWIN, not in the file: {0} item, left untouched|Only on TWIN, not in the file: {0} items, left untouched',
        ),
        s.remoteOnly,
      ],
      [
        tn(
          s.uncertain.length,
          'Sent earlier, outcome unknown: {0} item, not sent again|Sent earlier, outcome unknown: {0} items, not sent again',
        ),
        s.uncertain,
      ],
    ];
    const shown = groups.filter(([, entries]) => entries.length > 0);
    // No empty rows: a section with nothing in it is left out.
    if (shown.length === 0) continue;
    out.push(`<h2>${escapeHtml(sectionTitle(key))}</h2>`);
    for (const [heading, entries] of shown)
      out.push(
        `<h3>${escapeHtml(heading)}</h3>`,
        `<ul>${entries.map((e) => `<li>${escapeHtml(e.name)}</li>`).join('')}</ul>`,
      );
  }
  return out;
}

/** The page as a person reads it (tags dropped, entities decoded): for tests and the log. */
export function pageText(html: string): string {
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return body
    .replace(/<\/(h\d|p|div|li|ul)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
