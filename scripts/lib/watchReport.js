// What `npm run watch` (scripts/build.js --watch) prints, for the background problem matcher of the
// `watch` task in .vscode/tasks.json: one `[watch] build started` ... `[watch] build finished` pair per
// round of rebuilds over all the bundles, with every bundle's current problems in between, one per
// line as `file:line:column: severity: text`. VS Code clears the Problems view at the start of a
// round, fills it from those lines, and lets F5 launch at the end of the first round.
'use strict';

const STARTED = '[watch] build started';
const FINISHED = '[watch] build finished';

/** One esbuild message as the matcher reads it (esbuild's columns count from 0, VS Code's from 1). */
function problemLine(severity, message) {
  const where = message.location
    ? `${message.location.file}:${message.location.line}:${message.location.column + 1}`
    : 'scripts/build.js:1:1';
  return `${where}: ${severity}: ${message.text.split('\n')[0]}`;
}

/**
 * A factory of esbuild plugins, one per bundle, that report the rounds through `print`. Each bundle's
 * last problems are kept, so a round that rebuilds only the server does not hide an error the
 * extension bundle still has. The first round is the one every context's watch() starts by itself.
 */
function watchReport(bundleCount, print) {
  let running = bundleCount;
  const latest = new Map();
  print(STARTED);
  return (bundle) => ({
    name: 'watch-report',
    setup(build) {
      let first = true;
      build.onStart(() => {
        if (first) first = false;
        else if (running++ === 0) print(STARTED);
      });
      build.onEnd((result) => {
        latest.set(bundle, [
          ...result.errors.map((m) => problemLine('error', m)),
          ...result.warnings.map((m) => problemLine('warning', m)),
        ]);
        if (--running > 0) return;
        const lines = [...new Set([...latest.values()].flat())];
        for (const line of lines) print(line);
        const errors = lines.filter((l) => l.includes(': error: ')).length;
        print(`${FINISHED}, ${errors} error(s); watching for changes`);
      });
    },
  });
}

module.exports = { watchReport, problemLine, STARTED, FINISHED };
