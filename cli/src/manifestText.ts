// A manifest written from what the platform holds: sorted, deterministic, names quoted only when YAML
// would read them as something other than the same string.
import { SECTION_KEYS } from '../../core/src/manifest/model';
import type { RemoteState } from '../../core/src/twin';

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} _\-.,()'/]*$/u;
const YAML_LOOKS_TYPED =
  /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?[\d._]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\d{4}-\d\d-\d\d.*|\.inf|\.nan)$/i;

/** A name as a YAML scalar: plain when that reads back as the same string, else JSON-quoted (valid YAML). */
export function yamlScalar(name: string): string {
  const plain =
    PLAIN.test(name) && !YAML_LOOKS_TYPED.test(name) && name === name.trim() && !/\s{2}|: | #/.test(name);
  return plain ? name : JSON.stringify(name);
}

/** Compares by code point, so the order never depends on the machine's locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The manifest text of a remote state, with a comment saying where it came from. */
export function manifestFromRemote(remote: RemoteState, header: string): string {
  const lines = [`# ${header}`, 'version: 1'];
  for (const key of SECTION_KEYS) {
    const names = [...new Set(remote.sections[key].map((i) => i.name))].sort(byCodePoint);
    lines.push(names.length === 0 ? `${key}: []` : `${key}:`, ...names.map((n) => `  - ${yamlScalar(n)}`));
  }
  return lines.join('\n') + '\n';
}
