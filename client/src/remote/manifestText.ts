// `TWIN: Pull` writes what the platform holds as a new manifest: sorted, deterministic, and quoting
// only names that YAML would otherwise read as something else. Pure.
import { SECTION_KEYS } from '../../../core/src/manifest/model';
import type { RemoteState } from '../../../core/src/twin/types';
import type { Translate } from '../l10n';

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} _\-,()'/]*$/u;
const YAML_SPECIAL =
  /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\d{4}-\d\d-\d\d.*|\.inf|\.nan)$/i;

/** A name as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(name: string): string {
  const plain =
    PLAIN.test(name) && !YAML_SPECIAL.test(name) && name === name.trim() && !/\s{2}|: | #/.test(name);
  return plain ? name : JSON.stringify(name);
}

/** The manifest text of a remote state. */
export function manifestTextFromRemote(remote: RemoteState, host: string, tr: Translate): string {
  const lines = [`# ${tr('Pulled from {0}: what the platform holds.', host)}`, 'version: 1'];
  for (const key of SECTION_KEYS) {
    const names = [...new Set(remote.sections[key].map((i) => i.name))].sort((a, b) => a.localeCompare(b));
    lines.push(names.length === 0 ? `${key}: []` : `${key}:`, ...names.map((n) => `  - ${yamlScalar(n)}`));
  }
  return lines.join('\n') + '\n';
}
