// One push per lock file at a time, across processes: a `<lock>.busy` file created exclusively, holding
// the owner's pid. A guard left by a killed process (its pid no longer runs) is taken over.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';

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

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the guard for `lockPath`, or throws PushBusyError when a live process has it. */
export async function acquirePushGuard(lockPath: string): Promise<PushGuard> {
  const busyPath = `${lockPath}.busy`;
  // The pid is written to a file of our own first and then linked into place, which fails when the
  // guard exists. Creating the guard empty and writing the pid after left a moment in which a second
  // push read an empty guard, took it for stale and ran too: two `twin push` started together created
  // every item twice (found by the issue 7 fault matrix).
  const mine = `${busyPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await fs.writeFile(mine, `${process.pid}\n`, { flag: 'wx' });
  try {
    for (let tries = 0; tries < 3; tries++) {
      try {
        await placeGuard(mine, busyPath);
        return { release: () => fs.rm(busyPath, { force: true }) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const seen = await fs.readFile(busyPath, 'utf8').catch(() => '');
      const pid = Number.parseInt(seen, 10);
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw new PushBusyError(pid);
      // Stale: its owner is gone. Removed only if it still says what we judged, so that a guard another
      // push has just put in its place is not taken away.
      if ((await fs.readFile(busyPath, 'utf8').catch(() => '')) === seen)
        await fs.rm(busyPath, { force: true });
    }
    throw new PushBusyError(0);
  } finally {
    await fs.rm(mine, { force: true });
  }
}

/** Hard links into place; where the file system has none (FAT, some network shares), an exclusive create. */
async function placeGuard(mine: string, busyPath: string): Promise<void> {
  try {
    await fs.link(mine, busyPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
    await fs.writeFile(busyPath, await fs.readFile(mine, 'utf8'), { flag: 'wx' });
  }
}
