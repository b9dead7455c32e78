// Mocha's own totals from its spec reporter output, for the runners of the test/vscode suite
// (code-server in run-vscode-suite.js, desktop VS Code in test-desktop.js).
'use strict';

// Mocha colours its totals; the escape character is built, not written into a regexp literal.
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const stripAnsi = (s) => s.replace(ansi, '');

/** { passed, failed } from "N passing" / "N failing", or null when the output has no totals. */
function mochaCounts(output) {
  const text = stripAnsi(output);
  const passing = [...text.matchAll(/^\s*(\d+) passing\b/gm)].pop();
  if (!passing) return null;
  const failing = [...text.matchAll(/^\s*(\d+) failing\b/gm)].pop();
  return { passed: Number(passing[1]), failed: failing ? Number(failing[1]) : 0 };
}

module.exports = { mochaCounts };
