// Reads one page of a list answer. Only the envelope twin-api.md documents is accepted
// (`{"count": n, "items": [...]}`, `count` optional), and only items with an id and a name under `name`
// or `tag`. Anything else is "cannot tell what exists", never "nothing exists": planning creates from a
// list that was misread would create a second copy of everything (there is no delete).
import type { SectionKey } from '../manifest/model';
import type { UnreadableListDetails } from './boundedMessages';
import { TwinApiError } from './errors';
import type { RemoteItem } from './types';

/** Field names shown when a list cannot be read: enough to see what the server sent, never a flood. */
const MAX_FIELDS_SHOWN = 12;
const MAX_FIELD_LENGTH = 40;

/** One page: its items and `count` when the server gave one. */
export interface ListPage {
  count: number | undefined;
  items: RemoteItem[];
}

/** Reads a page, or throws TwinApiError 'unreadable-list' naming the fields it saw. */
export function readListPage(page: unknown, section: SectionKey): ListPage {
  if (typeof page !== 'object' || page === null || Array.isArray(page))
    throw unreadable(section, { fields: [Array.isArray(page) ? '[…]' : typeof page] });
  const envelope = page as { count?: unknown; items?: unknown };
  const countOk = envelope.count === undefined || isCount(envelope.count);
  if (!Array.isArray(envelope.items) || !countOk)
    throw unreadable(section, { fields: boundedFields([Object.keys(page)]) });
  const items: RemoteItem[] = [];
  const unreadableKeys: string[][] = [];
  for (const raw of envelope.items as unknown[]) {
    const item = readItem(raw);
    if (item) items.push(item);
    else unreadableKeys.push(typeof raw === 'object' && raw !== null ? Object.keys(raw) : [typeof raw]);
  }
  if (unreadableKeys.length > 0)
    throw unreadable(section, {
      fields: boundedFields(unreadableKeys),
      unreadable: unreadableKeys.length,
      total: envelope.items.length,
    });
  return { count: envelope.count as number | undefined, items };
}

function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function readItem(raw: unknown): RemoteItem | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as { id?: unknown; name?: unknown; tag?: unknown };
  const id = readId(r.id);
  const name = typeof r.name === 'string' ? r.name : typeof r.tag === 'string' ? r.tag : undefined;
  if (id === undefined || name === undefined || name.trim() === '') return undefined;
  return { id, name };
}

/** An id as the API gives it: a non-empty string, or a finite number (kept as its decimal text). */
export function readId(id: unknown): string | undefined {
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

/** The distinct field names, first seen first, at most MAX_FIELDS_SHOWN, each cut to MAX_FIELD_LENGTH. */
function boundedFields(keyLists: string[][]): string[] {
  const seen = new Set<string>();
  let more = false;
  for (const keys of keyLists)
    for (const key of keys) {
      if (seen.size >= MAX_FIELDS_SHOWN) {
        if (!seen.has(key)) more = true;
        continue;
      }
      seen.add(key.length > MAX_FIELD_LENGTH ? `${key.slice(0, MAX_FIELD_LENGTH)}…` : key);
    }
  return more ? [...seen, '…'] : [...seen];
}

function unreadable(section: SectionKey, details: UnreadableListDetails): TwinApiError {
  return new TwinApiError({ kind: 'unreadable-list', status: 200, section, details });
}
