// Records ids in the lock file while a push runs. Every change is written at once (atomically), but
// changes that arrive while a write is under way share the next write, so 1,000 creates do not mean
// 1,000 rewrites. Each write re-reads the file and merges, so a second push of the same file at the
// same time keeps its own entries.
import type { SectionKey } from '../manifest/model';
import { readLockFile, writeLockFile } from './lock';
import type { LockFile, LockSections } from './types';

/** Writes one target's entries into a lock file. */
export interface LockRecorder {
  /** Sets name → id (null: sent, outcome unknown) and resolves once it is on disk; rejects when it cannot be written. */
  record(section: SectionKey, name: string, id: string | null): Promise<void>;
  /** Sets many entries with one write. */
  recordMany(entries: Array<{ section: SectionKey; name: string; id: string | null }>): Promise<void>;
}

/** A recorder for `key` in the lock file at `lockPath`. */
export function createLockRecorder(lockPath: string, key: string): LockRecorder {
  const mine: LockSections = {};
  let chain: Promise<void> = Promise.resolve();
  let scheduled: Promise<void> | undefined;

  const writeNow = async (): Promise<void> => {
    let onDisk: LockFile;
    try {
      onDisk = await readLockFile(lockPath);
    } catch {
      onDisk = {}; // unreadable: our entries are still worth keeping; the plan step reported the damage
    }
    const target: LockSections = { ...(onDisk[key] ?? {}) };
    for (const [section, names] of Object.entries(mine) as Array<
      [SectionKey, Record<string, string | null>]
    >) {
      const merged = { ...(target[section] ?? {}) };
      for (const [name, id] of Object.entries(names))
        if (id !== null || typeof merged[name] !== 'string') merged[name] = id;
      target[section] = merged;
    }
    onDisk[key] = target;
    await writeLockFile(lockPath, onDisk);
  };

  const flush = (): Promise<void> => {
    if (scheduled) return scheduled;
    const next = chain.then(() => {
      scheduled = undefined;
      return writeNow();
    });
    scheduled = next;
    chain = next.catch(() => undefined);
    return next;
  };

  const set = (section: SectionKey, name: string, id: string | null): void => {
    const names = (mine[section] ??= {});
    // A known id is never downgraded to "unknown".
    if (id === null && typeof names[name] === 'string') return;
    names[name] = id;
  };

  return {
    record(section, name, id) {
      set(section, name, id);
      return flush();
    },
    recordMany(entries) {
      for (const e of entries) set(e.section, e.name, e.id);
      return flush();
    },
  };
}
