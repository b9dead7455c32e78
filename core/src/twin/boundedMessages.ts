// Wording of the failures that carry a host, a limit or a section (answers past a bound, lists that
// cannot be read, 403): each says where it happened and what the user can do, in both languages.
import { t, type Locale } from '../i18n/locale';
import type { SectionKey } from '../manifest/model';
import { twinMessages as m } from './messages';
import { printable } from './printable';
import type { TwinApiErrorInfo } from './types';

const TITLES: Record<SectionKey, (typeof m)['sectionAttributes']> = {
  attributes: m.sectionAttributes,
  clientTags: m.sectionClientTags,
  sessionTags: m.sectionSessionTags,
};

/** What an unreadable list showed: the field names seen (already bounded), and how many items failed. */
export interface UnreadableListDetails {
  fields: string[];
  /** Items that could not be read, and all items of the page; absent when the envelope itself is unknown. */
  unreadable?: number;
  total?: number;
}

/** The message for the kinds worded here, or undefined for the others. `suffix` is ": <server's words>". */
export function describeBoundedError(
  info: TwinApiErrorInfo,
  locale: Locale,
  suffix: string,
): string | undefined {
  const section = info.section ? t(locale, TITLES[info.section]) : '?';
  const host = info.host ?? 'TWIN';
  switch (info.kind) {
    case 'forbidden':
      return t(locale, m.forbidden, suffix, '', info.section ? t(locale, m.forbiddenSection, section) : '');
    case 'missing-rights':
      return t(
        locale,
        m['missing-rights'],
        info.section ? t(locale, m.rightsSection, section) : '',
        info.account ? t(locale, m.accountName, printable(info.account)) : '',
      );
    case 'too-large':
      return t(locale, m['too-large'], host, decimal(mebibytes(info.limit ?? 0), locale));
    case 'timeout':
      return info.host && info.limit
        ? t(locale, m.timeoutFrom, host, decimal(seconds(info.limit), locale))
        : undefined;
    case 'malformed-response':
      return info.host
        ? t(locale, m.malformedFrom, host, info.details === 'html' ? t(locale, m.malformedHtml) : '')
        : undefined;
    case 'unreadable-list':
      return unreadable(info, locale, section) + t(locale, m.listNothingSent);
    case 'list-repeats':
      return t(locale, m['list-repeats'], section) + t(locale, m.listNothingSent);
    case 'list-endless':
      return t(locale, m['list-endless'], section, info.limit ?? 0) + t(locale, m.listNothingSent);
    case 'list-incomplete': {
      const d = (info.details ?? {}) as { count?: number; read?: number };
      return (
        t(locale, m['list-incomplete'], section, d.count ?? 0, d.read ?? 0) + t(locale, m.listNothingSent)
      );
    }
    default:
      return undefined;
  }
}

function unreadable(info: TwinApiErrorInfo, locale: Locale, section: string): string {
  const d = (info.details ?? { fields: [] }) as UnreadableListDetails;
  const fields =
    Array.isArray(d.fields) && d.fields.length > 0 ? d.fields.map((f) => printable(f)).join(', ') : '—';
  if (d.unreadable === undefined) return t(locale, m.unreadableEnvelope, section, fields);
  return t(locale, m['unreadable-list'], section, d.unreadable, d.total ?? d.unreadable, fields);
}

/** A decimal number as the language writes it: 0.5 in English, 0,5 in Russian. */
function decimal(text: string, locale: Locale): string {
  return locale === 'ru' ? text.replace('.', ',') : text;
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
