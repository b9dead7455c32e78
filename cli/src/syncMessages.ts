import type { Message } from '../../core/src/i18n/locale';

/** Texts of `twin plan|push|pull|emulator`. */
export const syncMessages = {
  unknownOption: {
    en: 'Unknown option "{0}". Run "twin --help".',
    ru: 'Неизвестный параметр «{0}». См. «twin --help».',
  },
  missingValue: { en: 'Option {0} needs a value.', ru: 'Параметру {0} нужно значение.' },
  badNumber: {
    en: 'Option {0} needs a whole number from {1} to {2}, got "{3}".',
    ru: 'Параметру {0} нужно целое число от {1} до {2}, а не «{3}».',
  },
  badFormat: {
    en: 'Option --format takes "text", "json" or "markdown", got "{0}".',
    ru: 'Параметр --format принимает «text», «json» или «markdown», а не «{0}».',
  },
  badPushFormat: {
    en: 'Option --format takes "text" or "markdown", got "{0}".',
    ru: 'Параметр --format принимает «text» или «markdown», а не «{0}».',
  },
  needFile: { en: 'Say which manifest: twin {0} FILE.', ru: 'Укажите манифест: twin {0} ФАЙЛ.' },
  tooManyFiles: {
    en: 'twin {0} takes one manifest, got {1}.',
    ru: 'twin {0} принимает один манифест, а получено {1}.',
  },
  cannotRead: { en: 'Cannot read {0}: {1}', ru: 'Не удаётся прочитать {0}: {1}' },
  problem: { en: '{0}:{1}:{2}: {3} ({4})', ru: '{0}:{1}:{2}: {3} ({4})' },
  invalidManifest: {
    en: '{0} has {1} error(s); fix them before pushing.',
    ru: 'В {0} ошибок: {1}; исправьте их перед отправкой.',
  },
  noToken: {
    en: 'Not signed in: set TWIN_EMAIL and TWIN_PASSWORD (a service account, best for CI), TWIN_REFRESH_TOKEN, or TWIN_TOKEN (a token from the cabinet, Помощь – API; it lives a week at most). Credentials are never read from the command line.',
    ru: 'Вход не выполнен: задайте TWIN_EMAIL и TWIN_PASSWORD (служебная учётная запись — лучше всего для CI), TWIN_REFRESH_TOKEN или TWIN_TOKEN (токен из кабинета, Помощь – API; живёт не больше недели). Из командной строки учётные данные не читаются.',
  },
  emailAndPassword: {
    en: 'Set both TWIN_EMAIL and TWIN_PASSWORD to sign in with a password.',
    ru: 'Чтобы войти по паролю, задайте и TWIN_EMAIL, и TWIN_PASSWORD.',
  },
  notJwt: {
    en: 'TWIN_TOKEN does not look like a TWIN token (a JWT of three dot-separated parts).',
    ru: 'TWIN_TOKEN не похож на токен TWIN (JWT из трёх частей через точку).',
  },
  tokenHeader: {
    en: 'TWIN_TOKEN is not a signed JWT: its header names no signing algorithm (or "none"), or a type other than JWT.',
    ru: 'TWIN_TOKEN — не подписанный JWT: в его заголовке не указан алгоритм подписи (или указан «none») либо указан тип, отличный от JWT.',
  },
  lockInvalid: { en: 'The lock file {0} cannot be read: {1}', ru: 'Lock-файл {0} не читается: {1}' },
  target: { en: 'Target: {0}', ru: 'Куда: {0}' },
  confirm: { en: 'Create {0} item(s) on {1}? [y/N]', ru: 'Создать {0} шт. в {1}? [y/N]' },
  declined: { en: 'Nothing was sent.', ru: 'Ничего не отправлено.' },
  needYes: {
    en: 'Refusing to push without confirmation: not a terminal. Add --yes to push from a script.',
    ru: 'Отправка без подтверждения невозможна: это не терминал. Добавьте --yes для запуска из скрипта.',
  },
  progress: { en: 'Pushing {0}/{1}: {2}', ru: 'Отправка {0}/{1}: {2}' },
  cancelling: {
    en: 'Cancelling: no new requests; waiting for those in flight (Ctrl+C again to quit at once).',
    ru: 'Отмена: новые запросы не отправляются; ждём начатые (Ctrl+C ещё раз — выйти сразу).',
  },
  cannotList: {
    en: 'This TWIN server cannot list attributes and tags, so there is nothing to pull.',
    ru: 'Этот сервер TWIN не выдаёт списки атрибутов и тегов, поэтому получить их нельзя.',
  },
  pulledTo: {
    en: 'Wrote {0}: {1} attribute(s), {2} client tag(s), {3} session tag(s).',
    ru: 'Записан {0}: атрибутов {1}, тегов клиента {2}, тегов сессии {3}.',
  },
  cannotWrite: {
    en: 'Cannot write {0}: {1}. Nothing was written.',
    ru: 'Не удаётся записать {0}: {1}. Ничего не записано.',
  },
  writeIsFolder: { en: 'it is a folder', ru: 'это папка' },
  writeNoFolder: { en: 'its folder does not exist', ru: 'нет такой папки' },
  writeDenied: { en: 'no permission ({0})', ru: 'нет прав ({0})' },
  pulledHeader: {
    en: 'Pulled from {0}: what the platform holds.',
    ru: 'Получено из {0}: что есть на платформе.',
  },
  emulatorReady: {
    en: 'TWIN emulator listening on {0}\nAdmin endpoint: {1}\nIAM: {3}\n\nSign in as the demo user (emulator only):\n\n  export TWIN_API_URL={0}\n  export TWIN_IAM_URL={3}\n  export TWIN_EMAIL={4}\n  export TWIN_PASSWORD={5}\n\nor with a token valid for 7 days:\n\n  export TWIN_TOKEN={2}\n\nCtrl+C stops it.',
    ru: 'Эмулятор TWIN слушает {0}\nАдминистрирование: {1}\nIAM: {3}\n\nВход демо-пользователем (только для эмулятора):\n\n  export TWIN_API_URL={0}\n  export TWIN_IAM_URL={3}\n  export TWIN_EMAIL={4}\n  export TWIN_PASSWORD={5}\n\nили токеном на 7 дней:\n\n  export TWIN_TOKEN={2}\n\nCtrl+C — остановить.',
  },
  whoAccount: { en: 'Account: {0}', ru: 'Учётная запись: {0}' },
  whoAccountUnknown: {
    en: 'Account: not known (IAM at {0} did not say whom this token belongs to)',
    ru: 'Учётная запись: неизвестна (IAM по адресу {0} не сообщил, чей это токен)',
  },
  whoCompany: { en: 'Company: {0}', ru: 'Компания: {0}' },
  whoCompanyUnknown: { en: 'Company: not known', ru: 'Компания: неизвестна' },
  whoSource: {
    en: 'Signed in with: {0}',
    ru: 'Вход выполнен через: {0}',
  },
  whoSourcePassword: {
    en: 'TWIN_EMAIL and TWIN_PASSWORD (the session is refreshed as a run goes on)',
    ru: 'TWIN_EMAIL и TWIN_PASSWORD (сеанс обновляется по ходу работы)',
  },
  whoSourceRefresh: {
    en: 'TWIN_REFRESH_TOKEN (the session is refreshed as a run goes on)',
    ru: 'TWIN_REFRESH_TOKEN (сеанс обновляется по ходу работы)',
  },
  whoSourceToken: {
    en: 'TWIN_TOKEN (a pasted token: it cannot be refreshed)',
    ru: 'TWIN_TOKEN (вставленный токен: обновить его нельзя)',
  },
  whoExpires: {
    en: 'Token expires: {0} (in {1} min)',
    ru: 'Токен истекает: {0} (через {1} мин)',
  },
  whoNoExpiry: { en: 'Token expires: it does not say', ru: 'Срок токена: не указан' },
  whoApi: { en: 'API: {0}', ru: 'API: {0}' },
  emulatorSwitches: { en: 'Invalid --switches: {0}', ru: 'Неверный --switches: {0}' },
  emulatorStopped: { en: 'Emulator stopped.', ru: 'Эмулятор остановлен.' },
} satisfies Record<string, Message>;
