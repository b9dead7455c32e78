// Section names as a reader sees them. Pure.
import type { SectionKey } from '../../../core/src/manifest/model';
import type { Translate } from '../l10n';

/** The human title of a manifest section. */
export function sectionTitle(section: SectionKey, tr: Translate): string {
  switch (section) {
    case 'attributes':
      return tr('Client attributes');
    case 'clientTags':
      return tr('Client tags');
    case 'sessionTags':
      return tr('Session tags');
  }
}
