// The lock file: which id each name got on which platform, so a push never creates an item twice even
// where the server cannot list. Beside the manifest, JSON with sorted keys, safe to commit (no secret).
// Written whole to a temp file and renamed over the old one, so a crash never leaves half a file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SECTION_KEYS, isSectionKey } from '../manifest/model';
import type { LockFile, LockSections } from './types';

/** A lock file that exists but cannot be read as one. */
export class LockFileError extends Error {
  constructor(
    readonly lockPath: string,
    readonly reason: string,
  ) {
    super(`The lock file ${lockPath} is not valid: ${reason}`);
    this.name = 'LockFileError';
  }
}

/** `x.twin.yaml` → `x.twin.lock` (any other name: its extension replaced by `.lock`). */
export function lockPathFor(manifestPath: string): string {
  if (/\.twin\.ya?ml$/i.test(manifestPath)) return manifestPath.replace(/\.ya?ml$/i, '.lock');
  const ext = path.extname(manifestPath);
  return (ext ? manifestPath.slice(0, -ext.length) : manifestPath) + '.lock';
}

/** The key of one platform in the lock file: the base URL without a trailing slash, plus the company claim. */
export function lockKeyFor(baseUrl: string, companyId?: string): string {
  const url = baseUrl.replace(/\/+$/, '');
  return companyId === undefined ? url : `${url} company=${companyId}`;
}

/** The sections recorded for one key (empty when none). */
export function lockSectionsFor(lock: LockFile, key: string): LockSections {
  return lock[key] ?? {};
}

/** Reads a lock file; a missing file is an empty lock; anything else unreadable throws LockFileError. */
export async function readLockFile(lockPath: string): Promise<LockFile> {
  let text: string;
  try {
    text = await fs.readFile(lockPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new LockFileError(lockPath, (e as Error).message);
  }
  return parseLockFile(text, lockPath);
}

/** Parses and checks lock file text. */
export function parseLockFile(text: string, lockPath = 'lock file'): LockFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new LockFileError(lockPath, (e as Error).message);
  }
  if (!isObject(raw)) throw new LockFileError(lockPath, 'the top level is not an object');
  const lock: LockFile = {};
  for (const [key, sections] of Object.entries(raw)) {
    if (!isObject(sections)) throw new LockFileError(lockPath, `"${key}" is not an object`);
    const out: LockSections = {};
    for (const [section, names] of Object.entries(sections)) {
      if (!isSectionKey(section)) continue; // a newer version's section: keep reading the rest
      if (!isObject(names)) throw new LockFileError(lockPath, `"${key}"."${section}" is not an object`);
      const map: Record<string, string | null> = {};
      for (const [name, id] of Object.entries(names)) {
        if (typeof id !== 'string' && id !== null)
          throw new LockFileError(lockPath, `"${key}"."${section}"."${name}" is not an id`);
        map[name] = id;
      }
      out[section] = map;
    }
    lock[key] = out;
  }
  return lock;
}

/** The file's text: keys sorted at every level, two-space indent, newline-terminated. */
export function serializeLockFile(lock: LockFile): string {
  const sorted: Record<string, Record<string, Record<string, string | null>>> = {};
  for (const key of Object.keys(lock).sort()) {
    const sections = lock[key] ?? {};
    const out: Record<string, Record<string, string | null>> = {};
    for (const section of SECTION_KEYS) {
      const names = sections[section];
      if (!names || Object.keys(names).length === 0) continue;
      const sortedNames: Record<string, string | null> = {};
      for (const name of Object.keys(names).sort()) sortedNames[name] = names[name] ?? null;
      out[section] = sortedNames;
    }
    sorted[key] = out;
  }
  return JSON.stringify(sorted, null, 2) + '\n';
}

/** Writes the whole lock file atomically (temp file in the same folder, fsync, rename). */
export async function writeLockFile(lockPath: string, lock: LockFile): Promise<void> {
  const tmp = path.join(
    path.dirname(lockPath),
    `.${path.basename(lockPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const text = serializeLockFile(lock);
  const handle = await fs.open(tmp, 'w');
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, lockPath);
  } catch (e) {
    // A failed write (disk full, file size limit, I/O error) must not leave a half-written temp file
    // beside the committed lock file: it would be left there for good, and could be committed.
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
