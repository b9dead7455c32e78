// Where a new version of a text differs from the previous one, found from the texts themselves (the
// analyzer gets whole texts, not LSP change events): what lies before `prefix` and after the last
// `suffix` characters is the same in both, so work on those parts can be kept.

/** The common start and end of two versions of a text (never overlapping). */
export interface TextChange {
  /** Length of the common start. */
  prefix: number;
  /** Length of the common end. */
  suffix: number;
  /** New length minus old length. */
  delta: number;
}

// Equal chunks are compared by the engine (a substring compare), the last unequal one by character.
const CHUNK = 1024;

/** The common start and end of `before` and `after`. */
export function findTextChange(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (
    prefix + CHUNK <= max &&
    before.slice(prefix, prefix + CHUNK) === after.slice(prefix, prefix + CHUNK)
  )
    prefix += CHUNK;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  const b = before.length;
  const a = after.length;
  while (
    suffix + CHUNK <= room &&
    before.slice(b - suffix - CHUNK, b - suffix) === after.slice(a - suffix - CHUNK, a - suffix)
  )
    suffix += CHUNK;
  while (suffix < room && before.charCodeAt(b - suffix - 1) === after.charCodeAt(a - suffix - 1)) suffix++;
  return { prefix, suffix, delta: a - b };
}
