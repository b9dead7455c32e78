// The sync plan: per section, what the file has that the platform lacks (create), what both have
// (existing), what only the platform has (remoteOnly). Identity is the normalised name, the same as the
// duplicate-name rule's. Nothing is ever planned for deletion or renaming: the API documents no such call.
import { SECTION_KEYS, type Manifest, type SectionKey } from '../manifest/model';
import { normalizeName } from '../manifest/normalize';
import type { LockSections, PlanEntry, RemoteState, SectionPlan, SyncPlan } from './types';

/** Plans a push of `manifest` against what the platform lists (or the lock file alone when it cannot list). */
export function planSync(
  manifest: Manifest,
  remote: RemoteState | 'cannot-list',
  lock: LockSections,
): SyncPlan {
  const listed = remote !== 'cannot-list';
  const sections = {} as Record<SectionKey, SectionPlan>;
  for (const section of SECTION_KEYS) {
    const locked = new Map<string, string | null>();
    for (const [name, id] of Object.entries(lock[section] ?? {})) locked.set(normalizeName(name), id);
    const remoteByName = new Map<string, { id: string; name: string }>();
    if (listed)
      for (const item of remote.sections[section]) {
        const key = normalizeName(item.name);
        if (!remoteByName.has(key)) remoteByName.set(key, item);
      }
    const plan: SectionPlan = { create: [], existing: [], remoteOnly: [], uncertain: [] };
    const seen = new Set<string>();
    for (const entry of manifest.sections[section]) {
      const key = normalizeName(entry.name);
      if (seen.has(key)) continue; // the validator flags duplicates; never plan two creates of one name
      seen.add(key);
      const onRemote = remoteByName.get(key);
      const lockedId = locked.get(key);
      if (onRemote) plan.existing.push({ name: entry.name, id: onRemote.id, source: 'remote' });
      else if (listed)
        plan.create.push({ name: entry.name }); // the list is the truth: a locked id that is gone was deleted there
      else if (typeof lockedId === 'string')
        plan.existing.push({ name: entry.name, id: lockedId, source: 'lock' });
      else if (lockedId === null) plan.uncertain.push({ name: entry.name });
      else plan.create.push({ name: entry.name });
    }
    if (listed)
      for (const [key, item] of remoteByName)
        if (!seen.has(key))
          plan.remoteOnly.push({ name: item.name, id: item.id, source: 'remote' } satisfies PlanEntry);
    // Code-point order, as pull sorts: the same on every machine (localeCompare depends on its locale,
    // so `twin plan --format json` differed between a developer's laptop and CI).
    plan.remoteOnly.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    sections[section] = plan;
  }
  return { sections, listed };
}
