/** The two languages every user-facing text exists in. */
export type Locale = 'en' | 'ru';

/** A message in both languages; `{0}`, `{1}`… are replaced by the arguments. */
export type Message = Readonly<Record<Locale, string>>;

/** Maps a BCP 47 tag (VS Code's `locale`, `LANG=ru_RU.UTF-8`) to one of our languages; English otherwise. */
export function localeFrom(tag: string | undefined | null): Locale {
  return tag && /^ru\b|^ru[-_]/i.test(tag.trim()) ? 'ru' : 'en';
}

/** The message in the given language with its placeholders filled. */
export function t(locale: Locale, message: Message, ...args: Array<string | number>): string {
  return message[locale].replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? whole : String(v);
  });
}
