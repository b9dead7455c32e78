// Every text the language server shows, in English and Russian.
import type { Message } from '../../../core/src/i18n/locale';
import type { PluralMessage } from '../../../core/src/i18n/plural';

/** The server's catalog (diagnostic texts live beside the rules in core). */
export const serverMessages = {
  hoverVersion: {
    en: '**version**: the format version of this manifest. Only `1` exists.',
    ru: '**version** — версия формата манифеста. Существует только `1`.',
  },
  hoverAttributes: {
    en: '**attributes**: client attributes, the fields an operator fills in about a client during a dialog (shown under «О клиенте»).\n\nEach new one becomes `POST /clients/attributes {"name": …}`.',
    ru: '**attributes** — атрибуты клиента: поля, которые оператор заполняет о клиенте во время диалога (блок «О клиенте»).\n\nКаждый новый атрибут — это `POST /clients/attributes {"name": …}`.',
  },
  hoverClientTags: {
    en: '**clientTags**: client tags, labels on a client (ВИП-клиент, часто обращается).\n\nEach new one becomes `POST /clients/tags {"tag": …}`.',
    ru: '**clientTags** — теги клиента: метки на клиенте (ВИП-клиент, часто обращается).\n\nКаждый новый тег — это `POST /clients/tags {"tag": …}`.',
  },
  hoverSessionTags: {
    en: '**sessionTags**: session tags, labels on one dialog (предоплата, кредит).\n\nEach new one becomes `POST /sessions/tags {"tag": …}`.',
    ru: '**sessionTags** — теги сессии: метки на отдельном диалоге (предоплата, кредит).\n\nКаждый новый тег — это `POST /sessions/tags {"tag": …}`.',
  },
  hoverEntry: { en: '**{0}**\n\nNormalised: `{1}`', ru: '**{0}**\n\nНормализованная форма: `{1}`' },
  hoverDuplicates: { en: 'Same name as: {0}', ru: 'То же имя, что и: {0}' },
  hoverNoDuplicates: { en: 'No duplicates in this section.', ru: 'Повторов в этом разделе нет.' },
  hoverCompared: {
    en: 'Names are compared ignoring case, ё/е, spaces and Latin letters that look like Cyrillic ones.',
    ru: 'Имена сравниваются без учёта регистра, ё/е, пробелов и латинских букв, похожих на кириллические.',
  },
  hoverLookAlike: {
    en: 'Told apart only by look-alike letters (marked):\n\n- {0} (this entry)\n- {1} ({2})\n\n{3}',
    ru: 'Отличаются только похожими буквами (выделены):\n\n- {0} (эта запись)\n- {1} ({2})\n\n{3}',
  },
  hoverMixedScript: {
    en: 'Letters from the other script (marked): {0}\n\n{1}',
    ru: 'Буквы другого алфавита (выделены): {0}\n\n{1}',
  },
  hoverOnTwin: { en: 'Already on TWIN ({0}).', ru: 'Уже есть в TWIN ({0}).' },
  hoverNew: {
    en: 'Not on TWIN yet: a push creates it ({0}).',
    ru: 'В TWIN ещё нет: отправка создаст ({0}).',
  },
  lineRef: { en: 'line {0}', ru: 'строка {0}' },
  keyName: { en: 'Name of the attribute or tag', ru: 'Название атрибута или тега' },
  keyDescription: {
    en: 'Optional note; stays in the file',
    ru: 'Необязательное примечание; остаётся в файле',
  },
  keyVersion: { en: 'Format version (1)', ru: 'Версия формата (1)' },
  keyAttributes: { en: 'Client attributes', ru: 'Атрибуты клиента' },
  keyClientTags: { en: 'Client tags', ru: 'Теги клиента' },
  keySessionTags: { en: 'Session tags', ru: 'Теги сессии' },
  suggestedName: { en: 'Common name', ru: 'Частое название' },
  onTwinName: { en: 'On TWIN, not in this file', ru: 'Есть в TWIN, нет в файле' },
  sortEntries: { en: 'Sort entries', ru: 'Отсортировать записи' },
  removeAllDuplicates: { en: 'Remove all duplicates', ru: 'Удалить все повторы' },
  inlayOnTwin: { en: 'on TWIN', ru: 'в TWIN' },
  inlayNew: { en: 'new', ru: 'новый' },
  inlayDuplicate: { en: 'duplicate', ru: 'повтор' },
} satisfies Record<string, Message>;

/** The server's counted texts: `{0}` is the count. */
export const serverPlurals = {
  remoteOnly: {
    en: ['TWIN has {0} item that this file lacks: {1}', 'TWIN has {0} items that this file lacks: {1}'],
    ru: [
      'В TWIN есть {0} запись, которой нет в файле: {1}',
      'В TWIN есть {0} записи, которых нет в файле: {1}',
      'В TWIN есть {0} записей, которых нет в файле: {1}',
    ],
  },
  remoteOnlyMissingSection: {
    en: [
      'TWIN has {0} item and this file has no "{1}" section: {2}',
      'TWIN has {0} items and this file has no "{1}" section: {2}',
    ],
    ru: [
      'В TWIN есть {0} запись, а раздела «{1}» в файле нет: {2}',
      'В TWIN есть {0} записи, а раздела «{1}» в файле нет: {2}',
      'В TWIN есть {0} записей, а раздела «{1}» в файле нет: {2}',
    ],
  },
  addFromTwin: {
    en: ['Add {0} item from TWIN', 'Add {0} items from TWIN'],
    ru: ['Добавить {0} запись из TWIN', 'Добавить {0} записи из TWIN', 'Добавить {0} записей из TWIN'],
  },
} satisfies Record<string, PluralMessage>;
