// Wording of the failures that carry a host, a limit or a section (answers past a bound, lists that
// cannot be read, 403): each says where it happened and what the user can do, in the display language.
import { displayLanguage, t, tn } from '../l10n';
import { sectionTitle } from './planText';
import { printable } from './printable';
import type { TwinApiErrorInfo } from './types';

/** What an unreadable list showed: the field names seen (already bounded), and how many items failed. */
export interface UnreadableListDetails {
  fields: string[];
  /** Items that could not be read, and all items of the page; absent when the envelope itself is unknown. */
  unreadable?: number;
  total?: number;
}

/** Said after every list that cannot be read. */
function nothingSent(): string {
  return t(
    ' Nothing is sent while that list cannot be read: creating from it could duplicate what already exists. Try again later; if it persists, the API may have changed (check for an update of this tool).',
  );
}

/** The message for the kinds worded here, or undefined for the others. `suffix` is ": <server's words>". */
export function describeBoundedError(info: TwinApiErrorInfo, suffix: string): string | undefined {
  const section = info.section ? sectionTitle(info.section) : '?';
  const host = info.host ?? 'TWIN';
  switch (info.kind) {
    case 'forbidden':
      return t(
        'TWIN denied access{1} (403{0}). The token may have expired, or it may lack the rights for this section. Get a new token in the TWIN cabinet (Помощь – API), or sign in again, and set it.',
        suffix,
        info.section ? t(' to “{0}”', section) : '',
      );
    case 'missing-rights':
      return t(
        'The account{1} has no rights{0} on TWIN: it was refused (403) even with a fresh token. Ask your company’s TWIN administrator for them.',
        info.section ? t(' for “{0}”', section) : '',
        info.account ? t(' “{0}”', printable(info.account)) : '',
      );
    case 'too-large':
      return t(
        'TWIN ({0}) sent an answer larger than {1} MiB; it was cut off unread. No TWIN profile is that large: check the API URL, and whether a proxy stands between you and TWIN.',
        host,
        decimal(mebibytes(info.limit ?? 0)),
      );
    case 'timeout':
      return info.host && info.limit
        ? t(
            'TWIN ({0}) did not send its whole answer within {1} s. Check the connection and try again.',
            host,
            decimal(seconds(info.limit)),
          )
        : undefined;
    case 'malformed-response':
      return info.host ? malformed(host, info.details === 'html') : undefined;
    default:
      return listFailure(info, section);
  }
}

function malformed(host: string, html: boolean): string {
  const why = html
    ? t(' (an HTML page: perhaps a Wi-Fi sign-in page or a proxy; open the API URL in a browser to see it)')
    : '';
  return t('TWIN ({0}) answered with something that is not the expected JSON{1}.', host, why);
}

/** A list that cannot be read, or undefined for the other kinds. */
function listFailure(info: TwinApiErrorInfo, section: string): string | undefined {
  switch (info.kind) {
    case 'unreadable-list':
      return unreadable(info, section) + nothingSent();
    case 'list-repeats':
      return (
        t(
          'Cannot tell what TWIN holds in “{0}”: a page of its list repeated what came before (the server seems to ignore paging).',
          section,
        ) + nothingSent()
      );
    case 'list-endless':
      return (
        t(
          'Cannot tell what TWIN holds in “{0}”: its list went on past {1} items without ending.',
          section,
          info.limit ?? 0,
        ) + nothingSent()
      );
    case 'list-incomplete': {
      const d = (info.details ?? {}) as { count?: number; read?: number };
      return (
        t(
          'Cannot tell what TWIN holds in “{0}”: the list says it has {1} items, but its pages ended after {2}.',
          section,
          d.count ?? 0,
          d.read ?? 0,
        ) + nothingSent()
      );
    }
    default:
      return undefined;
  }
}

function unreadable(info: TwinApiErrorInfo, section: string): string {
  const d = (info.details ?? { fields: [] }) as UnreadableListDetails;
  const fields =
    Array.isArray(d.fields) && d.fields.length > 0 ? d.fields.map((f) => printable(f)).join(', ') : '—';
  if (d.unreadable === undefined)
    return t(
      'Cannot tell what TWIN holds in “{0}”: its list answer is not in a form this client knows (fields seen: {1}).',
      section,
      fields,
    );
  return tn(
    d.unreadable,
    'Cannot tell what TWIN holds in “{1}”: {0} of the {2} listed items has no id and name this client can read (fields seen: {3}).|Cannot tell what TWIN holds in “{1}”: {0} of the {2} listed items have no id and name this client can read (fields seen: {3}).',
    section,
    d.total ?? d.unreadable,
    fields,
  );
}

/** A decimal number as the display language writes it: 0.5 in English, 0,5 in Russian. */
function decimal(text: string): string {
  return displayLanguage() === 'ru' ? text.replace('.', ',') : text;
}

/** 0.4, 2.5, 30: tenths below ten seconds, where a whole number would misstate a short limit. */
function seconds(ms: number): string {
  const s = ms / 1000;
  return String(s < 10 ? Math.round(s * 10) / 10 : Math.round(s));
}

function mebibytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? String(Math.round(mib * 10) / 10) : String(Math.round(mib * 1000) / 1000);
}
