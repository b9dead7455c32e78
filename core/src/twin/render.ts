// The plan and the result as text and JSON, shared by the CLI and the VS Code client so both say the
// same thing in the same words.
import { t, type Locale, type Message } from '../i18n/locale';
import { SECTION_KEYS, type SectionKey } from '../manifest/model';
import { describeTwinError } from './errors';
import { twinMessages as m } from './messages';
import { printable } from './printable';
import type { ApplyResult, SyncPlan } from './types';

/** The plan as `twin plan --format json` prints it (`uncertain` only when an earlier push left some). */
export interface PlanJson {
  api: string;
  sections: Record<
    SectionKey,
    { create: string[]; existing: string[]; remoteOnly: string[]; uncertain?: string[] }
  >;
}

const SECTION_TITLES: Record<SectionKey, Message> = {
  attributes: m.sectionAttributes,
  clientTags: m.sectionClientTags,
  sessionTags: m.sectionSessionTags,
};

/** The section's title in the given language. */
export function sectionTitle(section: SectionKey, locale: Locale): string {
  return t(locale, SECTION_TITLES[section]);
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

/**
 * The plan as lines of text: per section a count line, then what will be created and what is only on
 * TWIN. Names are printable() (those only on TWIN come from the server unchecked).
 */
export function renderPlan(plan: SyncPlan, locale: Locale): string[] {
  const lines: string[] = [];
  if (!plan.listed) lines.push(t(locale, m.planUnlisted));
  for (const s of SECTION_KEYS) {
    const p = plan.sections[s];
    let head = t(
      locale,
      m.planSectionCounts,
      sectionTitle(s, locale),
      p.create.length,
      p.existing.length,
      p.remoteOnly.length,
    );
    if (p.uncertain.length > 0) head += t(locale, m.planSectionUncertain, p.uncertain.length);
    lines.push(head);
    for (const e of p.create) lines.push(t(locale, m.planCreate, printable(e.name)));
    for (const e of p.uncertain) lines.push(t(locale, m.planUncertain, printable(e.name)));
    for (const e of p.remoteOnly) lines.push(t(locale, m.planRemoteOnly, printable(e.name)));
  }
  const counts = planCounts(plan);
  if (counts.create > 0) lines.push(t(locale, m.planTotal, counts.create));
  if (counts.uncertain > 0)
    lines.push(
      t(locale, counts.create > 0 ? m.planTotalUncertain : m.planNothingButUncertain, counts.uncertain),
    );
  if (counts.create + counts.uncertain === 0) lines.push(t(locale, m.planNothing));
  return lines;
}

/** The result of a push as lines of text: per section a count line, then each failure and unknown item. */
export function renderResult(result: ApplyResult, locale: Locale): string[] {
  const lines: string[] = [];
  for (const s of SECTION_KEYS) {
    const r = result.sections[s];
    lines.push(
      t(
        locale,
        m.resultSection,
        sectionTitle(s, locale),
        r.created.length,
        r.found.length,
        r.failed.length,
        r.uncertain.length,
        r.notStarted.length,
      ),
    );
    for (const f of r.failed)
      lines.push(t(locale, m.resultFailed, printable(f.name), describeTwinError(f.error, locale)));
    for (const u of r.uncertain)
      lines.push(t(locale, m.resultUncertain, printable(u.name), describeTwinError(u.error, locale)));
  }
  if (result.stoppedBy) {
    const why =
      result.stoppedBy.kind === 'lock-write'
        ? t(locale, m['lock-write'], result.stoppedBy.message)
        : describeTwinError(result.stoppedBy, locale);
    lines.push(t(locale, m.resultStopped, why));
  }
  if (result.cancelled) lines.push(t(locale, m.resultCancelled));
  lines.push(t(locale, result.complete ? m.resultComplete : m.resultIncomplete));
  return lines;
}

/** The plan as JSON-ready data: names as written in the file, or as on the platform for remoteOnly. */
export function planToJson(plan: SyncPlan, api: string): PlanJson {
  const sections = {} as PlanJson['sections'];
  for (const s of SECTION_KEYS) {
    const p = plan.sections[s];
    sections[s] = {
      create: p.create.map((e) => e.name),
      existing: p.existing.map((e) => e.name),
      remoteOnly: p.remoteOnly.map((e) => e.name),
      ...(p.uncertain.length > 0 ? { uncertain: p.uncertain.map((e) => e.name) } : {}),
    };
  }
  return { api, sections };
}
