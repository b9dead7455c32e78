// What plan, push and pull share: the target URL (--api > TWIN_API_URL > default), the token from
// TWIN_TOKEN only, an API client, the validated manifest, and the plan against platform + lock file.
import path from 'node:path';
import { t, tn } from '../../core/src/l10n';
import { analyzeManifest, type Manifest } from '../../core/src/manifest';
import {
  DEFAULT_API_URL,
  LockFileError,
  checkTokenTarget,
  createTwinClient,
  fetchRemote,
  lockKeyFor,
  lockPathFor,
  lockSectionsFor,
  planSync,
  readLockFile,
  type SyncPlan,
  type TwinClient,
} from '../../core/src/twin';
import { DEFAULT_IAM_URL } from '../../core/src/twin/iam';
import { UsageError, type ParsedArgs } from './commandArgs';
import { accountLabel, signInFromEnv, type CliCredentials } from './credentials';
import type { CliIO } from './io';
import { problemLine } from './problemLine';
import { readUtf8 } from './readUtf8';

/** A connection to one API with the token from the environment. */
export interface SyncSession {
  baseUrl: string;
  host: string;
  client: TwinClient;
  lockKey: string;
  credentials: CliCredentials;
}

/** The API base URL: --api, then TWIN_API_URL, then the production default. */
export function resolveApiUrl(parsed: ParsedArgs, io: CliIO): string {
  return (parsed.values.get('--api') ?? io.env.TWIN_API_URL ?? DEFAULT_API_URL).trim().replace(/\/+$/, '');
}

/** The IAM base URL: --iam, then TWIN_IAM_URL, then the production default. */
export function resolveIamUrl(parsed: ParsedArgs, io: CliIO): string {
  return (parsed.values.get('--iam') ?? io.env.TWIN_IAM_URL ?? DEFAULT_IAM_URL).trim().replace(/\/+$/, '');
}

function envInt(io: CliIO, name: string): number | undefined {
  const raw = io.env[name];
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Signs in and opens a session; throws UsageError/TwinApiError with a clear message when the credentials or a URL are unusable. */
export async function openSession(parsed: ParsedArgs, io: CliIO, concurrency?: number): Promise<SyncSession> {
  const baseUrl = resolveApiUrl(parsed, io);
  const target = checkTokenTarget(baseUrl); // before looking at the token: a wrong URL is the first thing to fix
  const iamUrl = resolveIamUrl(parsed, io);
  checkTokenTarget(iamUrl); // the password goes there: the same rules
  const credentials = await signInFromEnv(io.env, iamUrl);
  const account = accountLabel(credentials.account);
  const timeoutMs = envInt(io, 'TWIN_HTTP_TIMEOUT_MS');
  const baseDelayMs = envInt(io, 'TWIN_RETRY_BASE_MS');
  const client = createTwinClient({
    baseUrl,
    tokens: credentials.tokens,
    ...(account !== undefined ? { accountLabel: account } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(baseDelayMs !== undefined ? { retry: { baseDelayMs } } : {}),
  });
  return {
    baseUrl,
    host: target.host,
    client,
    lockKey: lockKeyFor(baseUrl, credentials.companyId),
    credentials,
  };
}

/** Reads and validates a manifest; prints each problem and returns null when it has errors. */
export async function loadManifest(file: string, io: CliIO): Promise<Manifest | null> {
  const abs = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = await readUtf8(abs);
  } catch (e) {
    throw new UsageError(
      t('Cannot read {0}: {1}', file, (e as NodeJS.ErrnoException).code ?? (e as Error).message),
    );
  }
  const { manifest, diagnostics } = analyzeManifest(text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (manifest && errors.length === 0) return manifest;
  for (const d of errors) io.stderr(problemLine(file, d) + '\n');
  io.stderr(
    tn(
      errors.length,
      '{1} has {0} error; fix it before pushing.|{1} has {0} errors; fix them before pushing.',
      file,
    ) + '\n',
  );
  return null;
}

/** Plans a push of the manifest at `file` against the platform and the lock file beside it. */
export async function planFor(
  session: SyncSession,
  file: string,
  manifest: Manifest,
  io: CliIO,
): Promise<{ plan: SyncPlan; lockPath: string }> {
  const lockPath = lockPathFor(path.resolve(io.cwd, file));
  let lockSections;
  try {
    lockSections = lockSectionsFor(await readLockFile(lockPath), session.lockKey);
  } catch (e) {
    if (e instanceof LockFileError)
      throw new UsageError(t('The lock file {0} cannot be read: {1}', lockPath, e.reason));
    throw e;
  }
  const remote = await fetchRemote(session.client);
  return { plan: planSync(manifest, remote, lockSections), lockPath };
}
