// Applies a plan: creates what it lists, records each id in the lock file the moment it is known, and
// never sends a create twice unless a fresh list proved the first one was not stored. Cancellation stops
// new requests; in-flight ones finish and are recorded. The result says truthfully what happened.
import { setMaxListeners } from 'node:events';
import { invisibleCharacters } from '../manifest/invisible';
import { SECTION_KEYS, type SectionKey } from '../manifest/model';
import { normalizeName } from '../manifest/normalize';
import { TwinApiError } from './errors';
import { decodeJwt } from './jwt';
import { lockKeyFor, lockSectionsFor, readLockFile } from './lock';
import { acquirePushGuard, PushBusyError } from './pushGuard';
import { createLockRecorder, type LockRecorder } from './lockRecorder';
import type {
  ApplyOptions,
  ApplyProgress,
  ApplyResult,
  CreateOutcome,
  LockSections,
  RemoteItem,
  SectionResult,
  SyncPlan,
  TwinClientLike,
  UnknownOutcomeCheck,
} from './types';

/** Errors after which no further request should be sent at all. */
const FATAL_KINDS = new Set([
  'token-expired',
  'unauthorized',
  'forbidden',
  'missing-rights',
  'sign-in-refused',
  'refresh-refused',
  'insecure-url',
  'cross-origin-redirect',
  'bad-url',
]);

/** Creates what the plan lists, recording each id in the lock file the moment it is known. */
export async function applyPlan(plan: SyncPlan, options: ApplyOptions): Promise<ApplyResult> {
  const { client, signal } = options;
  const result: ApplyResult = { sections: emptySections(), cancelled: false, complete: false };
  const halt = new AbortController();
  // Every waiting item listens to this signal; hundreds of listeners are expected, not a leak.
  setMaxListeners(0, halt.signal);
  const onAbort = (): void => halt.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) halt.abort();
  try {
    let key = options.lockKey;
    if (key === undefined) {
      try {
        key = lockKeyFor(client.baseUrl, decodeJwt(await client.currentToken())?.companyId);
      } catch (e) {
        result.stoppedBy = e instanceof TwinApiError ? e.info : { kind: 'unauthorized' };
        for (const s of SECTION_KEYS)
          result.sections[s].notStarted = plan.sections[s].create.map((e) => e.name);
        return finish(result, plan, signal);
      }
    }
    let guard;
    try {
      guard = await acquirePushGuard(options.lockPath);
    } catch (e) {
      result.stoppedBy =
        e instanceof PushBusyError
          ? { kind: 'busy', details: `process ${e.pid}` }
          : { kind: 'lock-write', message: (e as Error).message };
      for (const s of SECTION_KEYS)
        result.sections[s].notStarted = plan.sections[s].create.map((e) => e.name);
      return finish(result, plan, signal);
    }
    try {
      // The plan may predate a push that finished since: what the lock file now records is not sent again
      // unless a list taken now shows it is gone (createItem).
      let recorded: LockSections = {};
      try {
        recorded = lockSectionsFor(await readLockFile(options.lockPath), key);
      } catch {
        recorded = {};
      }
      const recorder = createLockRecorder(options.lockPath, key);
      const run = new ApplyRun(plan, client, recorder, result, halt, options.onProgress);
      await run.recordKnownIds();
      await Promise.all(
        SECTION_KEYS.flatMap((section) => {
          const known = new Map(
            Object.entries(recorded[section] ?? {}).map(([n, id]) => [normalizeName(n), id]),
          );
          return plan.sections[section].create.map((e) =>
            run.createItem(section, e.name, known.get(normalizeName(e.name))),
          );
        }),
      );
    } finally {
      await guard.release();
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return finish(result, plan, signal);
}

function finish(result: ApplyResult, plan: SyncPlan, signal?: AbortSignal): ApplyResult {
  result.cancelled =
    Boolean(signal?.aborted) && SECTION_KEYS.some((s) => result.sections[s].notStarted.length > 0);
  result.complete =
    !result.stoppedBy &&
    SECTION_KEYS.every((s) => {
      const r = result.sections[s];
      return (
        r.failed.length === 0 &&
        r.uncertain.length === 0 &&
        r.notStarted.length === 0 &&
        plan.sections[s].uncertain.length === 0
      );
    });
  return result;
}

function emptySections(): Record<SectionKey, SectionResult> {
  const out = {} as Record<SectionKey, SectionResult>;
  for (const s of SECTION_KEYS)
    out[s] = { created: [], found: [], failed: [], uncertain: [], notStarted: [] };
  return out;
}

/** State of one push: shared lists, progress counting, stop reasons. */
class ApplyRun {
  private done = 0;
  private readonly total: number;
  /** Per section, the latest re-list and the event number at which it started (see freshList). */
  private readonly lists = new Map<
    SectionKey,
    { startedAt: number; items: Promise<RemoteItem[] | 'cannot-list'> }
  >();
  private events = 0;
  /** Per section, one list taken after the guard was held (see listNow). */
  private readonly current = new Map<SectionKey, Promise<RemoteItem[] | 'cannot-list'>>();

  constructor(
    private readonly plan: SyncPlan,
    private readonly client: TwinClientLike,
    private readonly recorder: LockRecorder,
    private readonly result: ApplyResult,
    private readonly halt: AbortController,
    private readonly onProgress?: (p: ApplyProgress) => void,
  ) {
    this.total = SECTION_KEYS.reduce((n, s) => n + plan.sections[s].create.length, 0);
  }

  /** Writes the ids the platform listed, so that a later run on a server that cannot list still knows them. */
  async recordKnownIds(): Promise<void> {
    const entries = SECTION_KEYS.flatMap((section) =>
      this.plan.sections[section].existing
        .filter((e) => e.source === 'remote' && e.id !== undefined)
        .map((e) => ({ section, name: e.name, id: e.id ?? null })),
    );
    if (entries.length === 0) return;
    try {
      await this.recorder.recordMany(entries);
    } catch (e) {
      this.stop({ kind: 'lock-write', message: (e as Error).message });
    }
  }

  /** Runs one item to an outcome: created, found, failed, uncertain or not started. */
  async createItem(section: SectionKey, name: string, recorded?: string | null): Promise<void> {
    const out = this.result.sections[section];
    if (typeof recorded === 'string') {
      // Where the server cannot list, the lock file is all we know: the recorded id stands. Where it can,
      // the plan's list did not show this item, so it was deleted on TWIN since it was recorded, or a push
      // that finished after that list created it: a list taken now tells which. Trusting the id alone
      // reported an item deleted on TWIN as "Done" and never created it again.
      if (!this.plan.listed) return this.settle(section, name, 'found', recorded);
      if (this.halt.signal.aborted) return void out.notStarted.push(name);
      const now = await this.listNow(section);
      if (now === 'list-failed') return void out.notStarted.push(name); // cannot tell: not sent, not claimed
      if (now === 'cannot-list') return this.settle(section, name, 'found', recorded);
      const key = normalizeName(name);
      const there = now.find((i) => normalizeName(i.name) === key);
      if (there) return this.settle(section, name, 'found', there.id);
    }
    if (recorded === null && !this.plan.listed) {
      out.uncertain.push({ name, error: { kind: 'network' } });
      return this.progress(section, name, 'uncertain');
    }
    // The validator refuses such names, but a caller may hand over a model it did not validate: a name
    // that reads differently from what it holds is never sent (a create cannot be undone). Nor is one
    // with U+FFFD, the mark of text decoded in the wrong encoding (a CP1251 file opened as UTF-8).
    const invisible = [...invisibleCharacters(name), ...(name.includes('\uFFFD') ? ['\uFFFD'] : [])];
    if (invisible.length > 0) {
      const codes = invisible.map(
        (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
      );
      out.failed.push({ name, error: { kind: 'invalid-name', details: codes.join(', ') } });
      return this.progress(section, name, 'failed');
    }
    if (this.halt.signal.aborted) return void out.notStarted.push(name);
    let outcome: CreateOutcome;
    try {
      outcome = await this.client.create(
        section,
        name,
        this.halt.signal,
        this.unknownOutcomeCheck(section, name),
      );
    } catch (e) {
      const err = e instanceof TwinApiError ? e : new TwinApiError({ kind: 'http', details: String(e) });
      if (err.kind === 'cancelled') return void out.notStarted.push(name);
      if (FATAL_KINDS.has(err.kind)) {
        // The server refused before storing anything (401/403), or we never sent it.
        this.stop(err.info);
        return void out.notStarted.push(name);
      }
      if (err.kind === 'conflict' || err.kind === 'rejected') {
        // The platform may already have it under this name (409, or 400/422 as a duplicate): look.
        const existing = await this.findAfterUnknown(section, name);
        if (typeof existing === 'object') return this.settle(section, name, 'found', existing.id);
      }
      out.failed.push({ name, error: err.info });
      return this.progress(section, name, 'failed');
    }
    if (outcome.kind === 'created')
      return this.settle(section, name, 'created', outcome.id, outcome.recovered === true);
    if (outcome.kind === 'absent') {
      out.failed.push({ name, error: outcome.error });
      return this.progress(section, name, 'failed');
    }
    // Sent, outcome unknown, and no list can tell: report it, and remember it was sent.
    out.uncertain.push({ name, error: outcome.error });
    await this.recordSafely(section, name, null);
    this.progress(section, name, 'uncertain');
  }

  /**
   * How the client settles an unknown outcome: never re-send blindly; where the platform lists, look,
   * and send again only once the look proved the item absent. Where it cannot list, no check at all.
   */
  private unknownOutcomeCheck(section: SectionKey, name: string): UnknownOutcomeCheck | undefined {
    if (!this.plan.listed) return undefined;
    return {
      find: async () => {
        const existing = await this.findAfterUnknown(section, name);
        return existing === 'cannot-list' || existing === 'list-failed' ? 'cannot-tell' : existing;
      },
      resending: () => this.progress(section, name, 'retrying', false),
    };
  }

  private async settle(
    section: SectionKey,
    name: string,
    how: 'created' | 'found',
    id: string,
    recovered = false,
  ): Promise<void> {
    const out = this.result.sections[section];
    if (how === 'created') out.created.push(recovered ? { name, id, recovered } : { name, id });
    else out.found.push({ name, id });
    await this.recordSafely(section, name, id);
    this.progress(section, name, how);
  }

  private async recordSafely(section: SectionKey, name: string, id: string | null): Promise<void> {
    try {
      await this.recorder.record(section, name, id);
    } catch (e) {
      this.stop({ kind: 'lock-write', message: (e as Error).message });
    }
  }

  /**
   * The item as a list started after its unknown outcome shows it. Items that fail together share one
   * list, but never one that started before their own outcome (it could miss them).
   */
  private async findAfterUnknown(
    section: SectionKey,
    name: string,
  ): Promise<RemoteItem | undefined | 'cannot-list' | 'list-failed'> {
    if (!this.plan.listed) return 'cannot-list';
    const outcomeAt = ++this.events;
    let latest = this.lists.get(section);
    if (!latest || latest.startedAt < outcomeAt) {
      // Not under the halt signal: finding out what an in-flight create did is part of finishing it.
      latest = { startedAt: ++this.events, items: this.client.list(section) };
      this.lists.set(section, latest);
    }
    let items: RemoteItem[] | 'cannot-list';
    try {
      items = await latest.items;
    } catch {
      return 'list-failed';
    }
    if (items === 'cannot-list') return 'cannot-list';
    const key = normalizeName(name);
    return items.find((i) => normalizeName(i.name) === key);
  }

  /** The section as one list taken during this push (shared by every item that needs it). */
  private async listNow(section: SectionKey): Promise<RemoteItem[] | 'cannot-list' | 'list-failed'> {
    let items = this.current.get(section);
    if (!items) {
      // Not under the halt signal, like findAfterUnknown: it decides what a finished push means.
      items = this.client.list(section);
      this.current.set(section, items);
    }
    try {
      return await items;
    } catch {
      return 'list-failed';
    }
  }

  private stop(reason: NonNullable<ApplyResult['stoppedBy']>): void {
    this.result.stoppedBy ??= reason;
    this.halt.abort();
  }

  private progress(
    section: SectionKey,
    name: string,
    outcome: ApplyProgress['outcome'],
    finished = true,
  ): void {
    if (finished) this.done++;
    this.onProgress?.({ done: this.done, total: this.total, section, name, outcome });
  }
}
