import type { ApplyOptions, ApplyResult, SyncPlan } from './types';

/** Creates what the plan lists, recording each id in the lock file the moment it is known. */
export async function applyPlan(_plan: SyncPlan, _options: ApplyOptions): Promise<ApplyResult> {
  throw new Error('not implemented yet');
}
