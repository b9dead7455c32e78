// Texts of the shipped JSON Schema. A schema file has no locale, so both languages go into each
// description, English first: Red Hat's YAML extension shows them on hover.
import type { Message } from '../i18n/locale';
import type { SectionKey } from './model';

/** Title of the whole schema. */
export const SCHEMA_TITLE: Message = {
  en: 'TWIN company profile (*.twin.yaml), format version {0}',
  ru: 'Профиль компании TWIN (*.twin.yaml), версия формата {0}',
};

/** Description of the whole schema: what it checks and what only the TWIN extension checks. */
export const SCHEMA_DESCRIPTION: Message = {
  en:
    'Structure only: keys, types, the version, empty and over-long names, invisible characters and exact ' +
    'duplicates. The TWIN extension and `twin validate` also find duplicates that differ only in case, ё/е, ' +
    'spacing or Latin look-alike letters.',
  ru:
    'Только структура: ключи, типы, версия, пустые и слишком длинные имена, невидимые символы и точные ' +
    'повторы. Расширение TWIN и `twin validate` находят и повторы, отличающиеся только регистром, ё/е, ' +
    'пробелами или похожими латинскими буквами.',
};

/** The `version` key. */
export const VERSION_DESCRIPTION: Message = {
  en: 'Format version; when present it must be {0}.',
  ru: 'Версия формата; если указана, должна быть {0}.',
};

/** Each section: what it is and which API call an entry becomes. */
export const SECTION_DESCRIPTIONS: Readonly<Record<SectionKey, Message>> = {
  attributes: {
    en: 'Client attributes: fields an operator fills in about a client. Each becomes POST /clients/attributes {"name": …}.',
    ru: 'Атрибуты клиента: поля, которые оператор заполняет о клиенте. Каждый создаётся запросом POST /clients/attributes {"name": …}.',
  },
  clientTags: {
    en: 'Client tags. Each becomes POST /clients/tags {"tag": …}.',
    ru: 'Теги клиента. Каждый создаётся запросом POST /clients/tags {"tag": …}.',
  },
  sessionTags: {
    en: 'Session (dialog) tags. Each becomes POST /sessions/tags {"tag": …}.',
    ru: 'Теги сессии (диалога). Каждый создаётся запросом POST /sessions/tags {"tag": …}.',
  },
};

/** A name. */
export const NAME_DESCRIPTION: Message = {
  en: 'The name as it appears on the platform: not blank, at most {0} characters, no invisible characters.',
  ru: 'Имя, как оно будет на платформе: не пустое, не длиннее {0} символов, без невидимых символов.',
};

/** The optional note of an entry. */
export const ENTRY_DESCRIPTION_DESCRIPTION: Message = {
  en: 'A note for people reading the file; it is not sent to TWIN.',
  ru: 'Заметка для читающих файл; в TWIN не отправляется.',
};

/** An entry that YAML reads as a number or boolean. */
export const NON_STRING_NAME_DESCRIPTION: Message = {
  en: 'A number or boolean is accepted as a name; quoting it makes the intent clear.',
  ru: 'Число или логическое значение принимается как имя; лучше заключить его в кавычки.',
};
