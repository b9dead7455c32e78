// The one-push-per-lock-file guard: however many pushes start together, exactly one holds it, also when
// they all find a guard left by a killed push and try to take it over.
import assert from 'node:assert/strict';
import { tempDir } from '../../support/tempDir';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { acquirePushGuard, PushBusyError } from '../../../core/src/twin/pushGuard';

test('of twenty pushes starting at once, exactly one gets the guard; the rest are told it is busy', async () => {
  for (let round = 0; round < 5; round++) {
    const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => acquirePushGuard(lockPath)));
    const held = outcomes.filter((o) => o.status === 'fulfilled');
    assert.equal(held.length, 1, `round ${round}: ${held.length} held the guard at once`);
    for (const o of outcomes)
      if (o.status === 'rejected') assert.ok(o.reason instanceof PushBusyError, String(o.reason));
    await (held[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
    assert.deepEqual(readdirSync(path.dirname(lockPath)), [], 'nothing left behind');
  }
});

test('a guard left by a process that is gone is taken over', async () => {
  const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
  writeFileSync(`${lockPath}.busy`, '999999999\n'); // no such process
  const guard = await acquirePushGuard(lockPath);
  await assert.rejects(acquirePushGuard(lockPath), PushBusyError);
  await guard.release();
});

test('a stale guard and ten pushes taking it over at once: exactly one holds it, round after round', async () => {
  for (let round = 0; round < 200; round++) {
    const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
    writeFileSync(`${lockPath}.busy`, '999999999 0123456789abcdef\n'); // left by a push that was killed
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => acquirePushGuard(lockPath)));
    const held = outcomes.filter((o) => o.status === 'fulfilled');
    assert.equal(held.length, 1, `round ${round}: ${held.length} held the guard at once`);
    for (const o of outcomes)
      if (o.status === 'rejected') assert.ok(o.reason instanceof PushBusyError, String(o.reason));
    await (held[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
    assert.deepEqual(readdirSync(path.dirname(lockPath)), [], 'nothing left behind');
  }
});

/** A process that says "ready", then on "go" tries the guard and says "held" or "busy"; holds until stdin ends. */
function contender(lockPath: string): { child: ChildProcess; ready: Promise<void>; said: Promise<string> } {
  const script = `
    const { acquirePushGuard } = require(${JSON.stringify(require.resolve('../../../core/src/twin/pushGuard'))});
    process.stdin.once('data', () => {
      acquirePushGuard(${JSON.stringify(lockPath)}).then(
        (g) => { process.stdout.write('held\\n'); process.stdin.on('end', () => g.release()); process.stdin.resume(); },
        (e) => { process.stdout.write((e.name === 'PushBusyError' ? 'busy' : 'error ' + e.message) + '\\n'); process.exit(0); },
      );
    });
    process.stdout.write('ready\\n');`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const lines = (n: number): Promise<string[]> =>
    new Promise((resolve) => {
      const check = (): void => {
        const got = out.split('\n').slice(0, -1);
        if (got.length >= n || child.exitCode !== null) resolve(got);
      };
      child.stdout?.on('data', check);
      child.on('close', check);
      check();
    });
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
  return {
    child,
    ready: lines(1).then(() => undefined),
    said: lines(2).then((l) => l[1] ?? `(said only: ${l.join(' ')})`),
  };
}

test('a stale guard and six processes taking it over at once: exactly one process holds it', async () => {
  for (let round = 0; round < 8; round++) {
    const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
    writeFileSync(`${lockPath}.busy`, '999999999\n');
    const all = Array.from({ length: 6 }, () => contender(lockPath));
    let said: string[];
    try {
      // Each is started and waiting before any is told to go, so their attempts overlap.
      await Promise.all(all.map((c) => c.ready));
      for (const c of all) c.child.stdin?.write('go\n');
      said = await Promise.all(all.map((c) => c.said));
    } finally {
      // Holders let go (and every process ends) whatever the assertions below say.
      for (const c of all) c.child.stdin?.end();
      await Promise.all(
        all.map((c) => new Promise((r) => (c.child.exitCode !== null ? r(0) : c.child.once('close', r)))),
      );
    }
    assert.equal(said.filter((s) => s === 'held').length, 1, `round ${round}: ${said.join(', ')}`);
    assert.ok(
      said.every((s) => s === 'held' || s === 'busy'),
      said.join(', '),
    );
    assert.deepEqual(readdirSync(path.dirname(lockPath)), [], 'nothing left behind');
  }
});

test('a takeover claim left by a process killed while taking over is cleared once it is old', async () => {
  const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
  const busy = `${lockPath}.busy`;
  writeFileSync(busy, '999999999\n');
  // What a process killed right after claiming leaves: the stale guard and its tombstone.
  const tag = createHash('sha256').update('999999999\n').digest('hex').slice(0, 16);
  linkSync(busy, `${busy}.dead-${tag}`);
  await assert.rejects(acquirePushGuard(lockPath, { abandonedAfterMs: 60_000 }), PushBusyError);
  const guard = await acquirePushGuard(lockPath, { abandonedAfterMs: 0 });
  await guard.release();
  assert.deepEqual(readdirSync(path.dirname(lockPath)), [], 'nothing left behind');
});

test('a guard being written (no pid yet) is busy while young and stale when old', async () => {
  const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
  writeFileSync(`${lockPath}.busy`, '');
  await assert.rejects(acquirePushGuard(lockPath), PushBusyError);
  const guard = await acquirePushGuard(lockPath, { abandonedAfterMs: 0 });
  await guard.release();
  assert.deepEqual(readdirSync(path.dirname(lockPath)), []);
});

test('release leaves alone a guard that is no longer its own', async () => {
  const lockPath = path.join(tempDir('twin-guard-'), 'x.twin.lock');
  const guard = await acquirePushGuard(lockPath);
  writeFileSync(`${lockPath}.busy`, `${process.pid} someone-else\n`);
  await guard.release();
  assert.equal(readFileSync(`${lockPath}.busy`, 'utf8'), `${process.pid} someone-else\n`);
});
