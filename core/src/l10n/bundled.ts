// The Russian bundle compiled into the processes that run outside VS Code (the language server and the
// CLI), so that they need no file beside them; the extension host gets the same file from vscode.l10n.
import ru from '../../../l10n/bundle.l10n.ru.json';
import { configureL10n, inLanguage, type Language } from './index';

/** Configures the display language from a locale tag with the bundled translations. */
export function configureBundledL10n(tag: string | undefined | null): Language {
  return configureL10n(tag, ru);
}

/** What `say` returns in `tag`'s language with the bundled translations (see `inLanguage`). */
export function inBundledLanguage<T>(tag: string, say: () => T): T {
  return inLanguage(tag, ru, say);
}
