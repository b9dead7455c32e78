// How names are written back into YAML by quick fixes and completion: plain when YAML would read the
// text back unchanged as a string (in YAML 1.2 and 1.1 alike), double-quoted otherwise.
import { plainScalarType } from './scalarType';

const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
// eslint-disable-next-line no-control-regex -- control characters cannot stay unquoted
const PLAIN_UNSAFE_INSIDE = /: |:$| #|[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\s$/;

/** True when `name` can be written without quotes and still read back as the same string. */
export function isPlainSafe(name: string): boolean {
  return (
    name !== '' &&
    !PLAIN_UNSAFE_START.test(name) &&
    !PLAIN_UNSAFE_INSIDE.test(name) &&
    plainScalarType(name, 'any') === null
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
