// Temp folders for tests that are removed when the test process exits, pass or fail, so running a
// test file by hand leaves nothing in /tmp either (npm test also points TMPDIR at a folder it deletes).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, deleted when this process exits. */
export function tempDir(prefix = 'twin-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
