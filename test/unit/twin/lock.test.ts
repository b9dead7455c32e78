import assert from 'node:assert/strict';
import { tempDir } from '../../support/tempDir';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  LockFileError,
  lockKeyFor,
  lockPathFor,
  readLockFile,
  serializeLockFile,
  writeLockFile,
} from '../../../core/src/twin';
import { createLockRecorder } from '../../../core/src/twin/lockRecorder';

const dir = (): string => tempDir('twin-lock-');

test('the lock file sits beside the manifest: x.twin.yaml -> x.twin.lock', () => {
  assert.equal(lockPathFor('/p/company.twin.yaml'), '/p/company.twin.lock');
  assert.equal(lockPathFor('/p/company.twin.yml'), '/p/company.twin.lock');
  assert.equal(lockPathFor('C:\\p\\a.twin.yaml'), 'C:\\p\\a.twin.lock');
});

test('the key is the base URL without a trailing slash, plus the company claim when known', () => {
  assert.equal(lockKeyFor('https://x/api/v1/'), 'https://x/api/v1');
  assert.equal(lockKeyFor('https://x/api/v1', '42'), 'https://x/api/v1 company=42');
});

test('serialised text has sorted keys at every level and ends with a newline', () => {
  const text = serializeLockFile({
    'https://b': { sessionTags: { z: '1' }, attributes: { b: '2', a: '3' } },
    'https://a': { clientTags: { x: null } },
  });
  assert.ok(text.endsWith('}\n'));
  const parsed = JSON.parse(text) as Record<string, Record<string, Record<string, unknown>>>;
  assert.deepEqual(Object.keys(parsed), ['https://a', 'https://b']);
  assert.deepEqual(Object.keys(parsed['https://b'] ?? {}), ['attributes', 'sessionTags']);
  assert.deepEqual(Object.keys(parsed['https://b']?.attributes ?? {}), ['a', 'b']);
  assert.equal(serializeLockFile(JSON.parse(text) as never), text, 'stable under a round trip');
});

test('a write replaces the file whole and leaves no temp file behind', async () => {
  const d = dir();
  const p = path.join(d, 'a.twin.lock');
  await writeLockFile(p, { k: { attributes: { a: '1' } } });
  await writeLockFile(p, { k: { attributes: { a: '1', b: '2' } } });
  assert.deepEqual(readdirSync(d), ['a.twin.lock']);
  assert.deepEqual(await readLockFile(p), { k: { attributes: { a: '1', b: '2' } } });
});

test('a missing lock file is empty; a damaged one is a LockFileError naming the file', async () => {
  const d = dir();
  assert.deepEqual(await readLockFile(path.join(d, 'none.twin.lock')), {});
  const bad = path.join(d, 'bad.twin.lock');
  writeFileSync(bad, '{"k": {"attributes": {"a": 5}}}');
  await assert.rejects(
    readLockFile(bad),
    (e: unknown) => e instanceof LockFileError && e.message.includes(bad),
  );
  writeFileSync(bad, '{not json');
  await assert.rejects(readLockFile(bad), LockFileError);
});

test('the recorder keeps entries other writers put in the file, and never downgrades a known id', async () => {
  const d = dir();
  const p = path.join(d, 'a.twin.lock');
  await writeLockFile(p, { other: { attributes: { x: '9' } }, mine: { clientTags: { t: 'old' } } });
  const rec = createLockRecorder(p, 'mine');
  await Promise.all([rec.record('attributes', 'a', '1'), rec.record('attributes', 'b', null)]);
  await rec.record('attributes', 'a', null);
  const lock = JSON.parse(readFileSync(p, 'utf8')) as unknown;
  assert.deepEqual(lock, {
    mine: { attributes: { a: '1', b: null }, clientTags: { t: 'old' } },
    other: { attributes: { x: '9' } },
  });
});

test('the lock file never holds a token, whatever the key', () => {
  const text = serializeLockFile({
    [lockKeyFor('https://chat-api.twin24.ai/api/v1', '7')]: { attributes: { a: '1' } },
  });
  assert.ok(!/eyJ|Bearer/i.test(text));
});

test('a lock file write that fails (file size limit) leaves the old file as it was and no temp file', () => {
  const lockPath = path.join(dir(), 'x.twin.lock');
  writeFileSync(lockPath, serializeLockFile({ 'https://x': { attributes: { a: '1' } } }));
  const before = readFileSync(lockPath, 'utf8');
  const lockModule = require.resolve('../../../core/src/twin/lock');
  // Far beyond the 1 KiB the child may write (ulimit -f 1): the write fails with EFBIG half-way.
  const names = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`name ${i}`, `id-${i}`]));
  const script = `require(${JSON.stringify(lockModule)})
    .writeLockFile(${JSON.stringify(lockPath)}, { 'https://x': { attributes: ${JSON.stringify(names)} } })
    .then(() => console.log('written'), (e) => console.log('failed ' + e.code));`;
  const run = spawnSync('bash', ['-c', 'ulimit -f 1 && exec "$0" -e "$1"', process.execPath, script], {
    encoding: 'utf8',
  });
  assert.equal(run.stdout.trim(), 'failed EFBIG', run.stderr);
  assert.deepEqual(readdirSync(path.dirname(lockPath)), ['x.twin.lock'], 'no temp file left behind');
  assert.equal(readFileSync(lockPath, 'utf8'), before);
});
