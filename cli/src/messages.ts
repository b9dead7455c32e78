import type { Message } from '../../core/src/i18n/locale';

/** Texts of the CLI shell itself; each command keeps its own texts beside it. */
export const cliMessages = {
  usage: {
    en: [
      'Usage: twin <command> [options]',
      '',
      'Commands:',
      '  validate FILE...                 check manifests (--format text|json|github|sarif)',
      '  plan FILE                        show what a push would do (--api URL, --format json|markdown)',
      '  push FILE                        create what is missing on TWIN (--api URL, --yes, --concurrency N,',
      '                                   --format markdown)',
      '  pull                             write a manifest of what TWIN has (--api URL, --out FILE)',
      '  whoami                           who the credentials sign in as, the company, the token expiry',
      '  emulator                         run the local TWIN API emulator (--port N, --data FILE)',
      '',
      'Credentials from the environment only: TWIN_EMAIL + TWIN_PASSWORD, TWIN_REFRESH_TOKEN, or TWIN_TOKEN.',
      'API URL: --api > TWIN_API_URL > https://chat-api.twin24.ai/api/v1.',
      'IAM URL: --iam > TWIN_IAM_URL > https://iam.twin24.ai/api/v1.',
      '--debug prints stack traces; --version prints the version.',
    ].join('\n'),
    ru: [
      'Использование: twin <команда> [параметры]',
      '',
      'Команды:',
      '  validate ФАЙЛ...                 проверить манифесты (--format text|json|github|sarif)',
      '  plan ФАЙЛ                        показать, что сделает отправка (--api URL, --format json|markdown)',
      '  push ФАЙЛ                        создать в TWIN недостающее (--api URL, --yes, --concurrency N,',
      '                                   --format markdown)',
      '  pull                             записать манифест того, что есть в TWIN (--api URL, --out ФАЙЛ)',
      '  whoami                           под кем выполнен вход, компания, срок токена',
      '  emulator                         запустить локальный эмулятор API TWIN (--port N, --data ФАЙЛ)',
      '',
      'Учётные данные — только из окружения: TWIN_EMAIL + TWIN_PASSWORD, TWIN_REFRESH_TOKEN или TWIN_TOKEN.',
      'Адрес API: --api > TWIN_API_URL > https://chat-api.twin24.ai/api/v1.',
      'Адрес IAM: --iam > TWIN_IAM_URL > https://iam.twin24.ai/api/v1.',
      '--debug печатает трассировку стека; --version — версию.',
    ].join('\n'),
  },
  unknownCommand: {
    en: 'Unknown command "{0}". Run "twin --help" for the list.',
    ru: 'Неизвестная команда «{0}». Список команд: «twin --help».',
  },
} satisfies Record<string, Message>;
