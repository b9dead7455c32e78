// One push per lock file at a time, across processes: a `<lock>.busy` file created exclusively, holding
// the owner's pid. A guard left by a killed process (its pid no longer runs) is taken over.
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
  for (let tries = 0; tries < 3; tries++) {
    try {
      const handle = await fs.open(busyPath, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return { release: () => fs.rm(busyPath, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number.parseInt(await fs.readFile(busyPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw new PushBusyError(pid);
    await fs.rm(busyPath, { force: true }); // stale: its owner is gone
  }
  throw new PushBusyError(0);
}
