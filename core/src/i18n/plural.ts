// Plural forms for the `{en, ru}` catalogs that still carry their own locale: English one|other,
// Russian one|few|many, chosen by Intl.PluralRules as core/src/l10n's `tn` chooses them.
import { t, type Locale } from './locale';

/** A counted message: its forms per language, `{0}` the count. */
export interface PluralMessage {
  en: readonly [one: string, other: string];
  ru: readonly [one: string, few: string, many: string];
}

const ORDER: Record<Locale, readonly Intl.LDMLPluralRule[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many'],
};
const rules: Partial<Record<Locale, Intl.PluralRules>> = {};

/** The form of `message` that agrees with `count`, `{0}` the count and `{1}`… from `args`. */
export function tp(
  locale: Locale,
  message: PluralMessage,
  count: number,
  ...args: Array<string | number>
): string {
  const forms: readonly string[] = message[locale];
  const rule = (rules[locale] ??= new Intl.PluralRules(locale)).select(count);
  const index = ORDER[locale].indexOf(rule);
  const form = forms[index >= 0 ? index : forms.length - 1] ?? '';
  return t(locale, { en: form, ru: form }, count, ...args);
}
