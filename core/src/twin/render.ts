import type { Locale } from '../i18n/locale';
import type { SectionKey } from '../manifest/model';
import type { ApplyResult, SyncPlan } from './types';

/** The plan as `twin plan --format json` prints it. */
export interface PlanJson {
  api: string;
  listed: boolean;
  sections: Record<
    SectionKey,
    { create: string[]; existing: string[]; remoteOnly: string[]; uncertain?: string[] }
  >;
}

/** Counts per section and in total. */
export function planCounts(_plan: SyncPlan): {
  create: number;
  existing: number;
  remoteOnly: number;
  uncertain: number;
} {
  throw new Error('not implemented yet');
}

/** The plan as lines of text, per section. */
export function renderPlan(_plan: SyncPlan, _locale: Locale): string[] {
  throw new Error('not implemented yet');
}

/** The result of a push as lines of text, per section. */
export function renderResult(_result: ApplyResult, _locale: Locale): string[] {
  throw new Error('not implemented yet');
}

/** The plan as JSON-ready data. */
export function planToJson(_plan: SyncPlan, _api: string): PlanJson {
  throw new Error('not implemented yet');
}
