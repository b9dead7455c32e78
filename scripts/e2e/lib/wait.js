// Polling with a deadline: the only way these scripts wait for anything (no fixed sleeps).
'use strict';

const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns a truthy value (which is returned) or the deadline passes (throws
 * with `what` and the last probe error, if any).
 */
async function waitUntil(probe, { timeout = 30000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= end) {
      const why = lastError ? ` (last error: ${lastError.message || lastError})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    await tick(interval);
  }
}

module.exports = { waitUntil };
