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
      '  emulator                         run the local TWIN API emulator (--port N, --data FILE)',
      '',
      'The token is read from TWIN_TOKEN only. API URL: --api > TWIN_API_URL > https://chat-api.twin24.ai/api/v1.',
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
      '  emulator                         запустить локальный эмулятор API TWIN (--port N, --data ФАЙЛ)',
      '',
      'Токен берётся только из TWIN_TOKEN. Адрес API: --api > TWIN_API_URL > https://chat-api.twin24.ai/api/v1.',
      '--debug печатает трассировку стека; --version — версию.',
    ].join('\n'),
  },
  unknownCommand: {
    en: 'Unknown command "{0}". Run "twin --help" for the list.',
    ru: 'Неизвестная команда «{0}». Список команд: «twin --help».',
  },
} satisfies Record<string, Message>;
