// Public face of core/twin: the TWIN API client, the sync plan and its application, the lock file.
// The CLI and the VS Code client use only what is exported here.
//
// CONTRACT (stable for cli/ and client/):
//   const client = createTwinClient({ baseUrl, tokens: { getToken, onUnauthorized? }, concurrency?, timeoutMs? })
//   const remote = await fetchRemote(client, signal?)            // RemoteState | 'cannot-list'
//   const lock   = lockSectionsFor(await readLockFile(lockPathFor(manifestPath)), lockKeyFor(baseUrl, companyId))
//   const plan   = planSync(manifest, remote, lock)              // per section: create / existing / remoteOnly / uncertain
//   const result = await applyPlan(plan, { client, lockPath, signal, onProgress })
//   renderPlan(plan) / renderResult(result) / planToJson(plan, api) for display, in the display language.
//   Errors thrown are TwinApiError (kind, status, serverError, details); describeTwinError(e) words them.
export type {
  TokenProvider,
  RetryOptions,
  TwinClientOptions,
  TwinClientLike,
  RemoteItem,
  RemoteState,
  CreateOutcome,
  TwinErrorKind,
  TwinApiErrorInfo,
  PlanEntry,
  SectionPlan,
  SyncPlan,
  FailedItem,
  SectionResult,
  ApplyResult,
  ApplyProgress,
  ApplyOptions,
  LockSections,
  LockFile,
  JwtClaims,
} from './types';

/** createTwinClient(options): TwinClient — bounded concurrency, timeouts, retries, coalesced 401 handling. */
export { createTwinClient, DEFAULT_API_URL, type TwinClient } from './client';
/** fetchRemote(client, signal?): Promise<RemoteState | 'cannot-list'> — every page of the three sections. */
export { fetchRemote, remoteNames } from './remote';
/** planSync(manifest, remote, lock): SyncPlan — identity is normalizeName per section. */
export { planSync } from './plan';
/**
 * applyPlan(plan, options): Promise<ApplyResult> — creates, records ids in the lock file, cancellable.
 * Holds `<lock>.busy` while it runs (a second push of the same file stops with kind 'busy'), and skips
 * what the lock file records by then (a plan made before another push finished sends nothing twice),
 * unless a list taken then shows it was deleted on TWIN (it is created again).
 */
export { applyPlan } from './apply';
/** Lock file beside the manifest: x.twin.yaml -> x.twin.lock; JSON, sorted, atomic writes, no secret. */
export {
  lockPathFor,
  lockKeyFor,
  readLockFile,
  writeLockFile,
  lockSectionsFor,
  serializeLockFile,
  LockFileError,
} from './lock';
/** decodeJwt(token): JwtClaims | undefined (no signature check); tokenSecondsLeft(token) for status displays. */
export { decodeJwt, tokenSecondsLeft } from './jwt';
/** Errors with a kind, and their wording in English/Russian. */
export { TwinApiError, describeTwinError, describeFailure } from './errors';
/** The rules about where a token may go. */
export { checkTokenTarget, isLoopbackHost, sameOrigin } from './urlSafety';
/** Retry-After parsing and backoff, exported for tests and for callers that show waits. */
export { parseRetryAfter, backoffDelay } from './retry';
/** Text and JSON renderings shared by the CLI and the client. */
export { renderPlan, renderResult, planToJson, type PlanJson } from './render';
export {
  planCounts,
  sectionTitle,
  planHeadings,
  planSummary,
  planColumns,
  unlistedNote,
  planGroups,
  noneWord,
  nothingToCreate,
  confirmationText,
  type NothingToCreate,
} from './planText';
export { countResult, summaryLine, progressLine, resultLog, type ResultCounts } from './resultText';
/** printable(text): control and invisible characters as \uXXXX, for server text shown to a person. */
export { printable } from './printable';
