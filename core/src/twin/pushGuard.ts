// One push per lock file at a time, across processes: a `<lock>.busy` file created exclusively, holding
// the owner's pid and a random nonce. A guard left by a killed process (its pid no longer runs) is taken
// over, and the takeover itself is exclusive (see takeOver).
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { sleep } from './retry';

/** Held while a push runs; release() removes it. */
export interface PushGuard {
  release(): Promise<void>;
}

/** Another live process holds the guard. */
export class PushBusyError extends Error {
  constructor(readonly pid: number) {
    super(`Another push to the same lock file is running (process ${pid}).`);
    this.name = 'PushBusyError';
  }
}

/** Timing of acquirePushGuard; tests shorten it. */
export interface PushGuardOptions {
  /**
   * A guard without a readable pid younger than this is being written (where there are no hard links)
   * and counts as busy; a takeover claim older than this was left by a process killed in the middle of
   * taking over and is cleared (default 30 000 ms: a takeover takes a few milliseconds).
   */
  abandonedAfterMs?: number;
}

const MAX_ROUNDS = 200;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const code = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

/** Takes the guard for `lockPath`, or throws PushBusyError when a live process has it. */
export async function acquirePushGuard(lockPath: string, options: PushGuardOptions = {}): Promise<PushGuard> {
  const abandonedAfterMs = options.abandonedAfterMs ?? 30_000;
  const busyPath = `${lockPath}.busy`;
  const nonce = randomBytes(8).toString('hex');
  const content = `${process.pid} ${nonce}\n`;
  // The pid is written to a file of our own first and then linked into place, which fails when the
  // guard exists. Creating the guard empty and writing the pid after left a moment in which a second
  // push read an empty guard, took it for stale and ran too: two `twin push` started together created
  // every item twice (found by the issue 7 fault matrix).
  const mine = `${busyPath}.${process.pid}.${nonce}.tmp`;
  await fs.writeFile(mine, content, { flag: 'wx' });
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      try {
        await placeGuard(mine, busyPath);
        return { release: () => releaseGuard(busyPath, content) };
      } catch (e) {
        if (code(e) !== 'EEXIST') throw e;
      }
      let seen: string;
      let age: number;
      try {
        [seen, age] = await Promise.all([
          fs.readFile(busyPath, 'utf8'),
          fs.stat(busyPath).then((s) => Date.now() - s.mtimeMs),
        ]);
      } catch (e) {
        if (code(e) === 'ENOENT') continue; // released or taken over meanwhile: try again
        throw e;
      }
      const pid = Number.parseInt(seen, 10);
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw new PushBusyError(pid);
      if (!(Number.isInteger(pid) && pid > 0) && age < abandonedAfterMs) throw new PushBusyError(0);
      if (!(await takeOver(busyPath, seen, abandonedAfterMs))) await sleep(1 + Math.random() * 4);
    }
    throw new PushBusyError(0);
  } finally {
    await fs.rm(mine, { force: true });
  }
}

/**
 * Removes the stale guard whose text is `seen`, if this process wins the right to. Judging a guard stale
 * and removing it used to be two steps: two pushes could both judge, one removed it and put its own in
 * place, and the other then removed that one and put its own: both ran. Now the right to remove a stale
 * guard is a tombstone named after its text, created exclusively; only its holder removes the guard, and
 * only after checking the guard still says `seen` (no one else can remove it while the tombstone stands).
 * Returns false when someone else holds the tombstone.
 */
async function takeOver(busyPath: string, seen: string, abandonedAfterMs: number): Promise<boolean> {
  const tomb = `${busyPath}.dead-${createHash('sha256').update(seen).digest('hex').slice(0, 16)}`;
  try {
    await claimTomb(busyPath, tomb, seen);
  } catch (e) {
    if (code(e) === 'ENOENT') return true; // the guard is gone already: try to place ours
    if (code(e) !== 'EEXIST') throw e;
    // Someone is taking it over now, or was killed doing so (then the tombstone stays: clear it late).
    const claimed = await fs.stat(tomb).catch(() => undefined);
    if (claimed && Date.now() - claimed.ctimeMs > abandonedAfterMs) await fs.rm(tomb, { force: true });
    return false;
  }
  try {
    const now = await fs.readFile(busyPath, 'utf8').catch((e: unknown) => {
      if (code(e) === 'ENOENT') return undefined;
      throw e;
    });
    if (now === seen) await fs.rm(busyPath, { force: true });
  } finally {
    await fs.rm(tomb, { force: true });
  }
  return true;
}

/** The tombstone: a hard link to the guard; where there are none, an exclusive create. */
async function claimTomb(busyPath: string, tomb: string, seen: string): Promise<void> {
  try {
    await fs.link(busyPath, tomb);
  } catch (e) {
    if (!noHardLinks(e)) throw e;
    await fs.writeFile(tomb, seen, { flag: 'wx' });
  }
}

/** Removes the guard only while it is ours, so a release never takes away another push's guard. */
async function releaseGuard(busyPath: string, content: string): Promise<void> {
  const now = await fs.readFile(busyPath, 'utf8').catch(() => undefined);
  if (now === content) await fs.rm(busyPath, { force: true });
}

function noHardLinks(e: unknown): boolean {
  const c = code(e);
  return c === 'EPERM' || c === 'ENOTSUP' || c === 'ENOSYS' || c === 'EOPNOTSUPP';
}

/** Hard links into place; where the file system has none (FAT, some network shares), an exclusive create. */
async function placeGuard(mine: string, busyPath: string): Promise<void> {
  try {
    await fs.link(mine, busyPath);
  } catch (e) {
    if (!noHardLinks(e)) throw e;
    await fs.writeFile(busyPath, await fs.readFile(mine, 'utf8'), { flag: 'wx' });
  }
}
