// Mappings of many keys (issue 10): 20,000 unknown top-level keys in one flow mapping on one line, or
// one key a line, the first key repeated at the end. Every path of the analysis must be linear in
// their number; a validator must report each unknown key and the repeat.

/** How the keys are written. */
export type KeysShape = 'flow' | 'block';

/** A generated document of many keys. */
export interface ManyKeysDocument {
  shape: KeysShape;
  keys: number;
  text: string;
  /** The line of the repeated key (the last key). */
  repeatLine: number;
}

/** The number of keys the issue asks for. */
export const MANY_KEYS = 20_000;

/** `keys` unknown keys (`key0: 1` …) after an `attributes` section, `key0` repeated at the end. */
export function manyKeysDocument(shape: KeysShape, keys = MANY_KEYS): ManyKeysDocument {
  const pairs = Array.from({ length: keys }, (_, i) => `key${i}: 1`);
  if (shape === 'flow')
    return { shape, keys, text: `{attributes: [Имя], ${pairs.join(', ')}, key0: 2}\n`, repeatLine: 0 };
  return { shape, keys, text: `attributes:\n  - Имя\n${pairs.join('\n')}\nkey0: 2\n`, repeatLine: keys + 2 };
}
