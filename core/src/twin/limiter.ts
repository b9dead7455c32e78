// Bounds how many requests are in flight at once; waiting callers go in arrival order.

/** A counting semaphore. */
export interface Limiter {
  /** Waits for a free slot; the returned function frees it (call it exactly once). */
  acquire(): Promise<() => void>;
}

/** A limiter with `size` slots (at least 1). */
export function createLimiter(size: number): Limiter {
  const capacity = Math.max(1, Math.floor(size));
  let busy = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  };
  return {
    acquire() {
      return new Promise((resolve) => {
        const grant = (): void => {
          let freed = false;
          resolve(() => {
            if (freed) return;
            freed = true;
            release();
          });
        };
        if (busy < capacity) {
          busy++;
          grant();
        } else waiting.push(grant);
      });
    },
  };
}
