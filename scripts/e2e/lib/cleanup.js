// One list of "undo" actions per run, run in reverse order on normal exit, on failure and on
// SIGINT/SIGTERM, so that nothing a run started or created outlives it.
'use strict';

/** Creates the cleanup list of one run and hooks it to SIGINT/SIGTERM (exit 130/143 after cleaning). */
function createCleanup() {
  const actions = [];
  let running = null;
  const run = () => {
    running ??= (async () => {
      while (actions.length) {
        const { label, fn } = actions.pop();
        try {
          await fn();
        } catch (e) {
          process.stderr.write(`cleanup (${label}) failed: ${e.message || e}\n`);
        }
      }
    })();
    return running;
  };
  const onSignal = (signal, code) => {
    process.stderr.write(`\n${signal}: stopping everything this run started\n`);
    void run().finally(() => process.exit(code));
  };
  const onInt = () => onSignal('SIGINT', 130);
  const onTerm = () => onSignal('SIGTERM', 143);
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  // A parent that stops reading (it was interrupted too) must not crash us before we clean up.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  return {
    /** Registers `fn` to run at cleanup (last registered runs first). */
    add(label, fn) {
      actions.push({ label, fn });
    },
    /** Runs every action once; later calls wait for the same run. */
    run,
    /** True once cleaning up has begun (a child exiting then is expected). */
    get started() {
      return running !== null;
    },
  };
}

module.exports = { createCleanup };
