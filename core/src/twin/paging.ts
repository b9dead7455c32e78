// Reads a section's list page by page, trusting no page to end it: a page that brings nothing new
// (the server ignores `offset`), a list that never ends, or pages that end before the list's own
// `count` are errors, not a list. A misread list would plan creates of what already exists.
import type { SectionKey } from '../manifest/model';
import { MAX_LIST_ITEMS, MAX_LIST_PAGES } from './bounds';
import { TwinApiError } from './errors';
import { readListPage } from './listPage';
import type { RemoteItem } from './types';

/** How to page one section. */
export interface PagingOptions {
  section: SectionKey;
  /** Items asked per page. */
  pageSize: number;
  /** Default MAX_LIST_ITEMS. */
  maxItems?: number;
  /** Default MAX_LIST_PAGES. */
  maxPages?: number;
}

/** Every item of the section, reading pages from `fetchPage(offset)` until the list truly ends. */
export async function readAllPages(
  fetchPage: (offset: number) => Promise<unknown>,
  options: PagingOptions,
): Promise<RemoteItem[]> {
  const { section, pageSize } = options;
  const maxItems = options.maxItems ?? MAX_LIST_ITEMS;
  const maxPages = options.maxPages ?? MAX_LIST_PAGES;
  const items = new Map<string, RemoteItem>();
  let offset = 0;
  for (let pages = 1; ; pages++) {
    const { count, items: pageItems } = readListPage(await fetchPage(offset), section);
    if (pageItems.length === 0) {
      // The end, unless the server's own count says there is more it did not show.
      if (count !== undefined && count > items.size)
        throw new TwinApiError({
          kind: 'list-incomplete',
          status: 200,
          section,
          details: { count, read: items.size },
        });
      break;
    }
    const before = items.size;
    for (const item of pageItems) if (!items.has(item.id)) items.set(item.id, item);
    if (items.size === before) throw new TwinApiError({ kind: 'list-repeats', status: 200, section });
    offset += pageItems.length;
    if (items.size > maxItems || (pages >= maxPages && !isLast(count, offset, pageItems.length, pageSize)))
      throw new TwinApiError({ kind: 'list-endless', status: 200, section, limit: maxItems });
    if (isLast(count, offset, pageItems.length, pageSize)) break;
  }
  return [...items.values()];
}

/**
 * Whether this page ends the list: `count` reached when the server gives one (it may cap `limit`
 * below what was asked, so a short page alone proves nothing then); otherwise a page shorter than asked.
 */
function isLast(count: number | undefined, offset: number, length: number, pageSize: number): boolean {
  return count !== undefined ? offset >= count : length < pageSize;
}
