// Failures of the API client as one error class with a kind, so that callers branch on `kind` and
// word it in the user's language. Never holds the token: only status, the server's error and details.
import { inEnglish, t } from '../l10n';
import { printable } from './printable';
import type { SectionKey } from '../manifest/model';
import { describeBoundedError } from './boundedMessages';
import type { TwinApiErrorInfo, TwinErrorKind } from './types';

/** An API failure; `info` is plain data safe to log or put in a result. */
export class TwinApiError extends Error {
  readonly kind: TwinErrorKind;
  readonly status?: number;
  readonly serverError?: string;
  readonly details?: unknown;
  readonly host?: string;
  readonly limit?: number;
  readonly section?: SectionKey;
  readonly account?: string;

  constructor(info: TwinApiErrorInfo, message?: string) {
    super(message ?? inEnglish(() => describeTwinError(info)));
    this.name = 'TwinApiError';
    this.kind = info.kind;
    if (info.status !== undefined) this.status = info.status;
    if (info.serverError !== undefined) this.serverError = info.serverError;
    if (info.details !== undefined) this.details = info.details;
    if (info.host !== undefined) this.host = info.host;
    if (info.limit !== undefined) this.limit = info.limit;
    if (info.section !== undefined) this.section = info.section;
    if (info.account !== undefined) this.account = info.account;
  }

  /** The same failure, said of one section (lists and creates know theirs; exchange does not). */
  inSection(section: SectionKey): TwinApiError {
    return this.section === undefined ? new TwinApiError({ ...this.info, section }) : this;
  }

  /** The error as plain data. */
  get info(): TwinApiErrorInfo {
    const info: TwinApiErrorInfo = { kind: this.kind };
    if (this.status !== undefined) info.status = this.status;
    if (this.serverError !== undefined) info.serverError = this.serverError;
    if (this.details !== undefined) info.details = this.details;
    if (this.host !== undefined) info.host = this.host;
    if (this.limit !== undefined) info.limit = this.limit;
    if (this.section !== undefined) info.section = this.section;
    if (this.account !== undefined) info.account = this.account;
    return info;
  }
}

function detailsText(details: unknown): string {
  if (details === undefined || details === null) return '';
  try {
    const s = typeof details === 'string' ? details : JSON.stringify(details);
    return s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    return '';
  }
}

/** The kinds boundedMessages.ts always words (they carry a host, a limit or a section). */
type BoundedKind =
  | 'forbidden'
  | 'missing-rights'
  | 'too-large'
  | 'unreadable-list'
  | 'list-repeats'
  | 'list-endless'
  | 'list-incomplete';
type WordedKind = Exclude<TwinErrorKind, 'bad-url' | BoundedKind>;

// {0} is the server's own words (": …" or nothing), {1} the HTTP status.
const WORDINGS: Record<WordedKind, (said: string, status: string) => string> = {
  'token-expired': () =>
    t('The API token has expired. Copy a new one in the TWIN cabinet (Помощь – API) and set it again.'),
  unauthorized: (said) =>
    t('TWIN refused the API token (401{0}). Check that it is a current token for this company.', said),
  'not-supported': (said, status) => t('This TWIN server does not offer that call ({1}{0}).', said, status),
  conflict: (said) => t('TWIN says the name already exists (409{0}).', said),
  rejected: (said, status) => t('TWIN rejected the request ({1}{0}).', said, status),
  'rate-limited': () => t('TWIN kept answering "too many requests" (429) after every retry.'),
  server: (said, status) => t('TWIN answered with a server error ({1}{0}).', said, status),
  network: (said) => t('Could not reach TWIN: the connection failed or was reset{0}.', said),
  timeout: () => t('TWIN did not answer in time.'),
  'malformed-response': () => t('TWIN answered with something that is not the expected JSON.'),
  'insecure-url': () =>
    t('Refusing to send the API token over plain http:// to a host other than this computer. Use https://.'),
  'cross-origin-redirect': () =>
    t('TWIN redirected to another host; the API token is not sent there. Check the API URL.'),
  'sign-in-refused': (said) =>
    t(
      'TWIN did not accept this email and password{0}. Check them, or sign in with a token from the cabinet (Помощь – API).',
      said,
    ),
  'refresh-refused': (said) => t('TWIN no longer accepts this session{0}: sign in again.', said),
  cancelled: () => t('Cancelled.'),
  http: (said, status) => t('TWIN answered HTTP {1}{0}.', said, status),
  busy: (said) =>
    t('Another push to this manifest is running{0}; nothing was sent. Try again when it ends.', said),
  'invalid-name': (said) =>
    t('Not sent: the name holds invisible or replacement characters{0}. Fix it in the file first.', said),
};

/** One line saying what went wrong, in the display language, with the server's own words when it gave any. */
export function describeTwinError(e: unknown): string {
  const info: TwinApiErrorInfo | undefined = e instanceof TwinApiError ? e.info : isInfo(e) ? e : undefined;
  if (!info) return e instanceof Error ? e.message : String(e);
  // The server's own words are shown, but never its control characters (see printable).
  const said = printable(
    [info.serverError, detailsText(info.details)].filter((s) => s && s.trim() !== '').join(' '),
  );
  const suffix = said ? `: ${said.length > 300 ? said.slice(0, 300) + '…' : said}` : '';
  const status = info.status !== undefined ? String(info.status) : '';
  if (info.kind === 'bad-url') return t('The API URL is not valid: {0}', said);
  const bounded = describeBoundedError(info, suffix);
  if (bounded !== undefined) return bounded;
  return WORDINGS[info.kind as WordedKind](suffix, status);
}

function isInfo(e: unknown): e is TwinApiErrorInfo {
  return typeof e === 'object' && e !== null && typeof (e as { kind?: unknown }).kind === 'string';
}

/** A failure recorded in a push result in words: an API error, or the lock file that could not be written. */
export function describeFailure(error: TwinApiErrorInfo | { kind: 'lock-write'; message: string }): string {
  return error.kind === 'lock-write'
    ? t('Could not write the lock file: {0}', error.message)
    : describeTwinError(error);
}
