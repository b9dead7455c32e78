// How names are written back into YAML by quick fixes and completion: plain when YAML would read the
// text back unchanged as a string, double-quoted otherwise.

const MAYBE_NOT_STRING = /^[-+.~0-9nNyYtTfFoO]/;
const NULL = /^(?:~|null|Null|NULL)$/;
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const NUMBER =
  /^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?|0o[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?0[0-7_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$/;
const DATE =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;

/** What YAML (1.1 or 1.2) would read an unquoted scalar as, when it is not a string. */
export function nonStringType(plain: string): 'null' | 'boolean' | 'number' | 'date' | null {
  // Every non-string form starts with one of these; most names (Cyrillic words) stop here.
  if (plain === '' || !MAYBE_NOT_STRING.test(plain)) return null;
  if (NULL.test(plain)) return 'null';
  if (BOOLEAN.test(plain)) return 'boolean';
  if (NUMBER.test(plain)) return 'number';
  if (DATE.test(plain)) return 'date';
  return null;
}

const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
// eslint-disable-next-line no-control-regex -- control characters cannot stay unquoted
const PLAIN_UNSAFE_INSIDE = /: |:$| #|[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\s$/;

/** True when `name` can be written without quotes and still read back as the same string. */
export function isPlainSafe(name: string): boolean {
  return (
    name !== '' &&
    !PLAIN_UNSAFE_START.test(name) &&
    !PLAIN_UNSAFE_INSIDE.test(name) &&
    nonStringType(name) === null
  );
}

/** A YAML double-quoted scalar for `text`. */
export function doubleQuoted(text: string): string {
  // JSON's escapes are all valid YAML double-quoted escapes.
  return JSON.stringify(text);
}

/** A YAML scalar for a name: plain when safe, else double-quoted. */
export function yamlScalar(name: string): string {
  return isPlainSafe(name) ? name : doubleQuoted(name);
}

/** A YAML scalar for a name in the style it had (quotes kept when the user chose them). */
export function yamlScalarLike(name: string, style: 'plain' | 'single' | 'double' | 'block' | null): string {
  if (style === 'single' && !name.includes('\n')) return `'${name.replace(/'/g, "''")}'`;
  if (style === 'double') return doubleQuoted(name);
  return yamlScalar(name);
}
