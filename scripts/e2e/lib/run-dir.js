// A private folder per run that holds every file the run creates (code-server state, its TMPDIR,
// the Chromium profile, workspace copies) and is deleted at the end, so nothing is left in /tmp.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Creates a fresh run folder with `tmp/` inside and registers its removal with `cleanup`. */
function createRunDir(cleanup, prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.mkdirSync(path.join(dir, 'tmp'));
  cleanup.add(`remove ${dir}`, () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies `source` to a fresh folder `name` inside the run folder; returns its path. */
function copyWorkspace(runDir, source, name = 'workspace') {
  const dest = path.join(runDir, name);
  fs.cpSync(source, dest, { recursive: true });
  return dest;
}

module.exports = { createRunDir, copyWorkspace };
