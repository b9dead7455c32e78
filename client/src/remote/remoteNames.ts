// Turns what the engine learned about the platform into the `twin/remoteState` payload. Pure.
import { SECTION_KEYS, type SectionKey } from '../../../core/src/manifest/model';
import { remoteNames } from '../../../core/src/twin/remote';
import type { ApplyResult, RemoteState, SyncPlan } from '../../../core/src/twin/types';

/** Names per section, as the language server's remote-state features take them. */
export type RemoteNames = Record<SectionKey, string[]>;

/** Distinct names in code-point order, as core's remoteNames gives them (the same on every machine). */
function sorted(names: Iterable<string>): string[] {
  return [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every name the platform lists. */
export const namesFromRemote: (remote: RemoteState) => RemoteNames = remoteNames;

/**
 * What the platform holds after a plan (and, when given, after that plan was applied); null when the
 * server cannot list. Then the plan knows only what the lock file recorded, so every other name would
 * be marked "new" although it may well be on TWIN: null tells the language server "unknown" instead.
 */
export function namesFromPlan(plan: SyncPlan, result?: ApplyResult): RemoteNames | null {
  if (!plan.listed) return null;
  const out = {} as RemoteNames;
  for (const key of SECTION_KEYS) {
    const s = plan.sections[key];
    const names = [...s.existing, ...s.remoteOnly].map((e) => e.name);
    if (result) {
      const r = result.sections[key];
      names.push(...r.created.map((c) => c.name), ...r.found.map((f) => f.name));
    }
    out[key] = sorted(names);
  }
  return out;
}
