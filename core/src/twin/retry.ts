// Timing of retries: how long a 429's Retry-After asks us to wait, and exponential backoff with jitter
// for 5xx, resets and timeouts. Pure functions, so the rules are tested without a clock.

/** Milliseconds to wait from a Retry-After header (delta seconds or an HTTP date), or undefined when absent/invalid. */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // An HTTP date must name a weekday or month; Date.parse alone accepts too much ("5", "1e3").
  if (!/[A-Za-z]{3}/.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Delay before retry number `attempt` (1 = the first retry): "full jitter" exponential backoff, a random
 * point in [base·2^(attempt-1)/2, base·2^(attempt-1)], capped at maxMs. Half the span stays fixed so that a
 * retry never fires at once and the many clients of a storm do not retry together.
 */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}

/** Resolves after ms, or at once (false) when the signal aborts; true when the full time passed. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
