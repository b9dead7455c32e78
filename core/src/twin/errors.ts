// Failures of the API client as one error class with a kind, so that callers branch on `kind` and
// word it in the user's language. Never holds the token: only status, the server's error and details.
import { t, type Locale } from '../i18n/locale';
import { twinMessages as m } from './messages';
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
    super(message ?? describeTwinError(info, 'en'));
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

/** One line saying what went wrong, in the given language, with the server's own words when it gave any. */
export function describeTwinError(e: unknown, locale: Locale): string {
  const info: TwinApiErrorInfo | undefined = e instanceof TwinApiError ? e.info : isInfo(e) ? e : undefined;
  if (!info) return e instanceof Error ? e.message : String(e);
  // The server's own words are shown, but never its control characters (see printable).
  const said = printable(
    [info.serverError, detailsText(info.details)].filter((s) => s && s.trim() !== '').join(' '),
  );
  const suffix = said ? `: ${said.length > 300 ? said.slice(0, 300) + '…' : said}` : '';
  const status = info.status !== undefined ? String(info.status) : '';
  if (info.kind === 'bad-url') return t(locale, m['bad-url'], said);
  const bounded = describeBoundedError(info, locale, suffix);
  if (bounded !== undefined) return bounded;
  return t(locale, m[info.kind], suffix, status);
}

function isInfo(e: unknown): e is TwinApiErrorInfo {
  return typeof e === 'object' && e !== null && typeof (e as { kind?: unknown }).kind === 'string';
}
