// How much the client reads from a server it cannot trust. A proxy, a captive portal or a bug can
// answer anything; without these bounds a list answer of a few hundred megabytes killed the process
// (V8 ran out of heap at about 2.3 GB), and in VS Code that process is the extension host.

/**
 * Largest response body read, in bytes. A page of 100 names of 255 characters is about 60 KB, so
 * 8 MiB is far more than any real answer, and small enough that parsing it stays well inside the
 * 300 MB a CLI run may use. Counted while the body streams in: nothing past it is buffered.
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Most items one section's list may hold. A profile has tens or hundreds of attributes and tags;
 * a list that goes on past this is a server that never stops paging.
 */
export const MAX_LIST_ITEMS = 50_000;

/**
 * Most pages read for one section, whatever each holds: a server that answers one item per page (or
 * caps `limit` very low) still ends. With the default page size of 100, MAX_LIST_ITEMS takes 500 pages.
 */
export const MAX_LIST_PAGES = 2_000;
