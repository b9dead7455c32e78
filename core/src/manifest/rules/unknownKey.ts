import { SECTION_KEYS } from '../model';
import { t } from '../../l10n';
import { nearestWord } from '../nearest';
import type { KeyNode } from '../nodes';
import { quotable, type ManifestRule, type RuleReporter } from './rule';

const TOP_LEVEL_KEYS = ['version', ...SECTION_KEYS];
const ENTRY_KEYS = ['name', 'description'];

function reportUnknown(key: KeyNode, valid: readonly string[], out: RuleReporter): void {
  const nearest = nearestWord(key.key, valid);
  out.report(key.span, t('Unknown key "{0}". Did you mean "{1}"?', quotable(key.key), nearest), {
    fix: { title: t('Replace with "{0}"', nearest), edits: [{ ...key.span, newText: nearest }] },
  });
}

/** `unknown-key`: a key that is not in the format, with the nearest valid one offered. */
export const unknownKeyRule: ManifestRule = {
  code: 'unknown-key',
  severity: 'error',
  checkEntry(entry, _text, _settings, out) {
    for (const key of entry.unknownKeys) reportUnknown(key, ENTRY_KEYS, out);
  },
  checkDocument(doc, _settings, out) {
    for (const key of doc.keys)
      if (!TOP_LEVEL_KEYS.includes(key.key)) reportUnknown(key, TOP_LEVEL_KEYS, out);
  },
};
