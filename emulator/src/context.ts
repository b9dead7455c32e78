// The state one emulator instance shares between its request handlers.
import type { ServerResponse } from 'node:http';
import type { IamState } from './iam';
import type { Store } from './store';
import type { EmulatorSwitches, FaultKind } from './switches';
import type { Resource } from './store';

/** The company tokens belong to unless another is asked for. */
export const DEFAULT_COMPANY = '1';

/** One API request as the emulator saw it: tests read these to count what was sent and stored. */
export interface RequestLogEntry {
  at: number;
  method: string;
  /** Path below /api/v1. */
  path: string;
  /** Query string without `?` (empty when none). */
  query: string;
  /** Status answered; 0 when the connection was reset or never answered. */
  status?: number;
  resource?: Resource;
  company?: string;
  /** The name sent in a create. */
  name?: string;
  /** Id of the item this request stored, if it stored one. */
  storedId?: string;
  fault?: FaultKind;
}

/** Shared by the API and admin handlers. */
export interface EmulatorContext {
  switches: EmulatorSwitches;
  store: Store;
  /** The latest API requests, at most `logLimit` of them (see appendLog). */
  log: RequestLogEntry[];
  logLimit: number;
  rate: { window: number; count: number };
  tokens: { serial: number; expiredUpTo: number; authenticated: number };
  /** The emulated IAM: users and live refresh tokens. */
  iam: IamState;
  /** IAM requests so far (method and path only: bodies hold passwords). */
  iamLog: Array<{ at: number; method: string; path: string }>;
  /** The fault for the next API request of this method, if any. */
  nextFault(method: string): FaultKind | undefined;
  /** Waits ms (cut short when the emulator closes). */
  delay(ms: number): Promise<void>;
  /** Keeps an answer open until the emulator closes. */
  hang(res: ServerResponse): void;
}

/** The default of EmulatorOptions.logLimit: far more than any test or benchmark run sends. */
export const DEFAULT_LOG_LIMIT = 100_000;

/**
 * Adds a request to the log, dropping the oldest beyond the limit: a `twin emulator` or `npm start`
 * session left running for days would otherwise keep every request it ever answered.
 */
export function appendLog(ctx: EmulatorContext, entry: RequestLogEntry): void {
  ctx.log.push(entry);
  if (ctx.log.length > ctx.logLimit) ctx.log.splice(0, ctx.log.length - ctx.logLimit);
}
