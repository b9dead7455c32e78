// What an unquoted YAML scalar means when it is not a string, in the one place that decides it for
// the fast path (fastItems.ts: may a description skip the parser?), the rules (non-string-name) and
// the writing of names (yamlText.ts: may a name stay unquoted?). Two readings matter: YAML 1.2's core
// schema, which the `yaml` library (and so this analyzer) uses by default, and YAML 1.1, which many
// other tools still use (`yes`, `on`, `010`, `12:30`, dates). The unit tests check both against the
// `yaml` library itself.
import type { ScalarStyle } from './nodes';

/** A scalar that is not read as a string. */
export type NonStringType = 'null' | 'boolean' | 'number' | 'date';

/** `core`: YAML 1.2 as this analyzer's parser reads it; `any`: what YAML 1.2 or 1.1 may read. */
export type ScalarSchema = 'core' | 'any';

// Every non-string form of either schema starts with one of these; most names (Cyrillic words) stop here.
const MAYBE_NOT_STRING = /^[-+.~0-9nNtTfFyYoOeE]/;

const NULL = /^(?:~|null|Null|NULL)?$/;

const CORE_BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;
const CORE_NUMBER =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const YAML11_BOOLEAN =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
// Integers (binary, octal with a leading 0, decimal, hex; `_` as a separator), floats (an exponent,
// or a point with digits on either side or none), infinities and NaN, and base-60 (`1:30`, `1:30.5`).
const YAML11_NUMBER =
  /^(?:[-+]?(?:0b[01_]+|0[0-7_]+|[0-9][0-9_]*|0x[0-9a-fA-F_]+)|[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$/;
// A date, optionally with a time (after `T`, `t` or blanks) and a zone.
const YAML11_DATE =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/;

/** What a plain (unquoted) scalar is read as when it is not a string; null for a string. */
export function plainScalarType(plain: string, schema: ScalarSchema): NonStringType | null {
  if (plain !== '' && !MAYBE_NOT_STRING.test(plain)) return null;
  if (NULL.test(plain)) return 'null';
  if (CORE_BOOLEAN.test(plain)) return 'boolean';
  if (CORE_NUMBER.test(plain)) return 'number';
  if (schema === 'core') return null;
  if (YAML11_BOOLEAN.test(plain)) return 'boolean';
  if (YAML11_NUMBER.test(plain)) return 'number';
  if (YAML11_DATE.test(plain)) return 'date';
  return null;
}

/** A scalar as written: a quoted or block scalar is always a string. */
export function scalarType(text: string, style: ScalarStyle, schema: ScalarSchema): NonStringType | null {
  return style === 'plain' ? plainScalarType(text, schema) : null;
}
