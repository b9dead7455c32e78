// Every text the manifest rules show, in English and Russian.
import type { Message } from '../i18n/locale';

/** The rules' messages and quick-fix titles. */
export const manifestMessages = {
  yamlSyntax: { en: 'YAML syntax error: {0}', ru: 'Ошибка синтаксиса YAML: {0}' },
  multipleDocuments: {
    en: 'A manifest is one YAML document; this file has more than one.',
    ru: 'Манифест — это один документ YAML, а в файле их несколько.',
  },
  duplicateKey: {
    en: 'The key "{0}" appears more than once.',
    ru: 'Ключ «{0}» встречается больше одного раза.',
  },
  unknownKey: {
    en: 'Unknown key "{0}". Did you mean "{1}"?',
    ru: 'Неизвестный ключ «{0}». Возможно, имелся в виду «{1}»?',
  },
  replaceKey: { en: 'Replace with "{0}"', ru: 'Заменить на «{0}»' },
  rootNotMapping: {
    en: 'A manifest is a mapping with the keys version, attributes, clientTags and sessionTags.',
    ru: 'Манифест — это словарь с ключами version, attributes, clientTags и sessionTags.',
  },
  sectionNotList: {
    en: '"{0}" must be a list of names.',
    ru: '«{0}» должен быть списком имён.',
  },
  entryNotNameOrMapping: {
    en: 'An entry is a name or a mapping with "name" (and an optional "description").',
    ru: 'Запись — это имя или словарь с «name» (и необязательным «description»).',
  },
  nameNotString: { en: '"name" must be a string.', ru: '«name» должно быть строкой.' },
  descriptionNotString: { en: '"description" must be a string.', ru: '«description» должно быть строкой.' },
  unsupportedVersion: {
    en: 'Unsupported format version {0}: this tool reads version 1.',
    ru: 'Версия формата {0} не поддерживается: поддерживается версия 1.',
  },
  emptyName: { en: 'The name is empty.', ru: 'Имя пустое.' },
  missingName: { en: 'This entry has no "name".', ru: 'У записи нет «name».' },
  nameTooLong: {
    en: 'The name is {0} characters long; the limit is {1}.',
    ru: 'Длина имени ({0}) больше допустимой ({1}).',
  },
  invisibleChar: {
    en: 'The name contains invisible characters ({0}).',
    ru: 'В имени есть невидимые символы ({0}).',
  },
  removeInvisible: { en: 'Remove invisible characters', ru: 'Удалить невидимые символы' },
  duplicateName: {
    en: '"{0}" repeats "{1}" on line {2}.',
    ru: '«{0}» повторяет «{1}» из строки {2}.',
  },
  duplicateNameLookAlike: {
    en: '"{0}" repeats "{1}" on line {2}: {3}.',
    ru: '«{0}» повторяет «{1}» из строки {2}: {3}.',
  },
  firstOccurrence: { en: 'First occurrence of "{0}"', ru: 'Первое вхождение «{0}»' },
  removeDuplicate: { en: 'Remove duplicate "{0}"', ru: 'Удалить повтор «{0}»' },
  mixedScript: {
    en: '"{0}" mixes Latin and Cyrillic letters: {1}.',
    ru: 'В слове «{0}» смешаны латинские и кириллические буквы: {1}.',
  },
  rewriteAs: { en: 'Rewrite as "{0}"', ru: 'Заменить на «{0}»' },
  whitespace: {
    en: 'The name has leading, trailing or repeated spaces.',
    ru: 'В имени лишние пробелы: в начале, в конце или подряд.',
  },
  trimSpaces: { en: 'Trim spaces', ru: 'Убрать лишние пробелы' },
  nonStringName: {
    en: 'YAML reads {0} as a {1}, not as text; quote it.',
    ru: 'YAML читает {0} как {1}, а не как текст; возьмите в кавычки.',
  },
  quoteIt: { en: 'Quote "{0}"', ru: 'Взять «{0}» в кавычки' },
  typeNumber: { en: 'number', ru: 'число' },
  typeBoolean: { en: 'boolean', ru: 'логическое значение' },
  typeNull: { en: 'null', ru: 'пустое значение (null)' },
  typeDate: { en: 'date', ru: 'дату' },
} satisfies Record<string, Message>;
