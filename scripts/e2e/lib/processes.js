// Child processes in their own process group, so that stopping one stops everything it forked
// (code-server starts a file watcher, extension hosts and language servers).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const { waitUntil } = require('./wait');

/** Spawns `cmd` as the leader of a new process group (and session); returns the ChildProcess. */
function spawnGroup(cmd, args, opts = {}) {
  return spawn(cmd, args, { ...opts, detached: true });
}

/** True while any process of the group `pgid` is alive. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Sends SIGTERM to the whole group, SIGKILL after `graceMs`, and waits until the group is gone. */
async function stopGroup(pgid, { graceMs = 5000 } = {}) {
  if (!pgid || !groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  try {
    await waitUntil(() => !groupAlive(pgid), {
      timeout: graceMs,
      interval: 100,
      what: `group ${pgid} to exit`,
    });
  } catch {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await waitUntil(() => !groupAlive(pgid), { timeout: 5000, interval: 100, what: `group ${pgid} to die` });
  }
}

/** Pids of live processes whose command line mentions `text` (e.g. a run folder). */
function processesMentioning(text) {
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text)) found.push(Number(pid));
    } catch {
      /* ended meanwhile */
    }
  }
  return found;
}

module.exports = { spawnGroup, stopGroup, groupAlive, processesMentioning };
