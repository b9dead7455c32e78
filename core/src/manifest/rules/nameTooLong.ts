import { t } from '../../l10n';
import type { ManifestRule } from './rule';

/** `name-too-long`: more characters (code points) than `twin.validation.maxNameLength`. */
export const nameTooLongRule: ManifestRule = {
  code: 'name-too-long',
  severity: 'error',
  checkEntry(entry, _text, settings, out) {
    const name = entry.name;
    // Cheap check first: a string of N UTF-16 units has at most N code points.
    if (name === null || !entry.nameSpan || name.length <= settings.maxNameLength) return;
    const length = [...name].length;
    if (length > settings.maxNameLength)
      out.report(
        entry.nameSpan,
        t('The name is {0} characters long; the limit is {1}.', length, settings.maxNameLength),
      );
  },
};
