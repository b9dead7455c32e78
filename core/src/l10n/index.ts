// The one localization layer outside VS Code's own `vscode.l10n`: every user-facing string is written
// once, in English, where it is said, and looked up in l10n/bundle.l10n.ru.json (the format
// vscode.l10n reads). Each process configures it once: the extension host from vscode.l10n.bundle,
// the language server from the locale in `initialize`, the CLI from LC_ALL/LC_MESSAGES/LANG.
import * as l10n from '@vscode/l10n';

/** The display languages every text exists in. */
export type Language = 'en' | 'ru';

/** A translation bundle: English text → translated text (plural texts keep their `|` forms). */
export type Bundle = Readonly<Record<string, string>>;

// The process has one display language, as @vscode/l10n has one bundle; plural choice needs it.
let current: Language = 'en';
let currentBundle: Bundle | undefined;

/** Maps a BCP 47 tag (`ru`, `ru-RU`) or a POSIX locale (`ru_RU.UTF-8`) to one of our languages. */
export function languageOf(tag: string | undefined | null): Language {
  return tag && /^ru(?:$|[-_.@])/i.test(tag.trim()) ? 'ru' : 'en';
}

/** The locale a command line runs in, as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

/** Makes `tag`'s language the display language, translating through `bundle` (none: English). */
export function configureL10n(tag: string | undefined | null, bundle: Bundle | undefined): Language {
  current = languageOf(tag);
  currentBundle = bundle;
  l10n.config({ contents: current === 'en' || !bundle ? {} : { ...bundle } });
  return current;
}

/**
 * What `say` returns with `tag`'s language as the display language; the configured one is restored
 * after. For an artefact that carries several languages at once (the JSON Schema's descriptions).
 */
export function inLanguage<T>(tag: string, bundle: Bundle | undefined, say: () => T): T {
  const [language, previous] = [current, currentBundle];
  configureL10n(tag, bundle);
  try {
    return say();
  } finally {
    configureL10n(language, previous);
  }
}

/** What `say` returns in English, whatever the display language (texts meant for logs, Error.message). */
export function inEnglish<T>(say: () => T): T {
  return inLanguage('en', undefined, say);
}

/** The display language configured for this process. */
export function displayLanguage(): Language {
  return current;
}

/** The text in the display language, `{0}`, `{1}`… filled from `args`. */
export function t(message: string, ...args: Array<string | number>): string {
  return l10n.t(message, ...args);
}

// The order in which a plural text lists its forms, per language (Intl.PluralRules categories).
const PLURAL_FORMS: Record<Language, readonly Intl.LDMLPluralRule[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many'],
};
const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * A text that agrees with `count`: `message` lists the forms separated by `|` (English: one|other,
 * `'{0} item|{0} items'`; its Russian entry one|few|many, `'{0} элемент|{0} элемента|{0} элементов'`).
 * `{0}` is the count; further placeholders are filled from `args`, from `{1}` on.
 */
export function tn(count: number, message: string, ...args: Array<string | number>): string {
  const forms = l10n.t(message, count, ...args).split('|');
  const order = PLURAL_FORMS[current];
  let rules = pluralRules.get(current);
  if (!rules) pluralRules.set(current, (rules = new Intl.PluralRules(current)));
  const index = order.indexOf(rules.select(count));
  return forms[index >= 0 ? Math.min(index, forms.length - 1) : forms.length - 1] ?? '';
}
