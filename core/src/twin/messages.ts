import type { Message } from '../i18n/locale';

/** Texts of the sync engine: error wordings, plan and result summaries. */
export const twinMessages = {
  'token-expired': {
    en: 'The API token has expired. Copy a new one in the TWIN cabinet (Помощь – API) and set it again.',
    ru: 'Срок действия API-токена истёк. Скопируйте новый в кабинете TWIN (Помощь – API) и задайте его снова.',
  },
  unauthorized: {
    en: 'TWIN refused the API token (401{0}). Check that it is a current token for this company.',
    ru: 'TWIN отклонил API-токен (401{0}). Проверьте, что это действующий токен этой компании.',
  },
  forbidden: {
    en: 'TWIN denied access{2} (403{0}). The token may have expired, or it may lack the rights for this section. Get a new token in the TWIN cabinet (Помощь – API), or sign in again, and set it.',
    ru: 'TWIN запретил доступ{2} (403{0}). Возможно, срок действия токена истёк или у него нет прав на этот раздел. Получите новый токен в кабинете TWIN (Помощь – API) или войдите снова и задайте его.',
  },
  forbiddenSection: { en: ' to “{0}”', ru: ' к разделу «{0}»' },
  rightsSection: { en: ' to “{0}”', ru: ' на раздел «{0}»' },
  accountName: { en: ' “{0}”', ru: ' «{0}»' },
  'not-supported': {
    en: 'This TWIN server does not offer that call ({1}{0}).',
    ru: 'Этот сервер TWIN не поддерживает такой вызов ({1}{0}).',
  },
  conflict: {
    en: 'TWIN says the name already exists (409{0}).',
    ru: 'TWIN сообщает, что такое имя уже есть (409{0}).',
  },
  rejected: {
    en: 'TWIN rejected the request ({1}{0}).',
    ru: 'TWIN отклонил запрос ({1}{0}).',
  },
  'rate-limited': {
    en: 'TWIN kept answering "too many requests" (429) after every retry.',
    ru: 'TWIN продолжал отвечать «слишком много запросов» (429) после всех повторов.',
  },
  server: {
    en: 'TWIN answered with a server error ({1}{0}).',
    ru: 'TWIN ответил ошибкой сервера ({1}{0}).',
  },
  network: {
    en: 'Could not reach TWIN: the connection failed or was reset{0}.',
    ru: 'Не удалось связаться с TWIN: соединение не установлено или сброшено{0}.',
  },
  timeout: {
    en: 'TWIN did not answer in time.',
    ru: 'TWIN не ответил вовремя.',
  },
  'malformed-response': {
    en: 'TWIN answered with something that is not the expected JSON.',
    ru: 'TWIN ответил не тем JSON, который ожидался.',
  },
  malformedFrom: {
    en: 'TWIN ({0}) answered with something that is not the expected JSON{1}.',
    ru: 'TWIN ({0}) ответил не тем JSON, который ожидался{1}.',
  },
  malformedHtml: {
    en: ' (an HTML page: perhaps a Wi-Fi sign-in page or a proxy; open the API URL in a browser to see it)',
    ru: ' (HTML-страницу: возможно, страницу входа в сеть Wi-Fi или прокси; откройте адрес API в браузере, чтобы увидеть её)',
  },
  timeoutFrom: {
    en: 'TWIN ({0}) did not send its whole answer within {1} s. Check the connection and try again.',
    ru: 'TWIN ({0}) не прислал ответ целиком за {1} с. Проверьте соединение и повторите.',
  },
  'too-large': {
    en: 'TWIN ({0}) sent an answer larger than {1} MiB; it was cut off unread. No TWIN profile is that large: check the API URL, and whether a proxy stands between you and TWIN.',
    ru: 'TWIN ({0}) прислал ответ больше {1} МиБ; он прерван и не прочитан. Профиль TWIN не бывает таким большим: проверьте адрес API и нет ли между вами и TWIN прокси-сервера.',
  },
  'unreadable-list': {
    en: 'Cannot tell what TWIN holds in “{0}”: {1} of the {2} listed items have no id and name this client can read (fields seen: {3}).',
    ru: 'Невозможно понять, что есть в TWIN в разделе «{0}»: элементов списка без id или имени, которые этот клиент умеет прочитать, — {1} из {2} (встречены поля: {3}).',
  },
  unreadableEnvelope: {
    en: 'Cannot tell what TWIN holds in “{0}”: its list answer is not in a form this client knows (fields seen: {1}).',
    ru: 'Невозможно понять, что есть в TWIN в разделе «{0}»: ответ со списком имеет незнакомый этому клиенту вид (встречены поля: {1}).',
  },
  'list-repeats': {
    en: 'Cannot tell what TWIN holds in “{0}”: a page of its list repeated what came before (the server seems to ignore paging).',
    ru: 'Невозможно понять, что есть в TWIN в разделе «{0}»: страница списка повторила уже полученное (сервер, похоже, не поддерживает постраничное чтение).',
  },
  'list-endless': {
    en: 'Cannot tell what TWIN holds in “{0}”: its list went on past {1} items without ending.',
    ru: 'Невозможно понять, что есть в TWIN в разделе «{0}»: список не закончился и после {1} элементов.',
  },
  'list-incomplete': {
    en: 'Cannot tell what TWIN holds in “{0}”: the list says it has {1} items, but its pages ended after {2}.',
    ru: 'Невозможно понять, что есть в TWIN в разделе «{0}»: в списке заявлено элементов: {1}, но страницы закончились после {2}.',
  },
  listNothingSent: {
    en: ' Nothing is sent while that list cannot be read: creating from it could duplicate what already exists. Try again later; if it persists, the API may have changed (check for an update of this tool).',
    ru: ' Пока этот список нельзя прочитать, ничего не отправляется: создание по нему могло бы задвоить то, что уже есть. Повторите позже; если не поможет, возможно, API изменился (проверьте, нет ли обновления этого инструмента).',
  },
  'insecure-url': {
    en: 'Refusing to send the API token over plain http:// to a host other than this computer. Use https://.',
    ru: 'API-токен не отправляется по незащищённому http:// никуда, кроме этого компьютера. Используйте https://.',
  },
  'cross-origin-redirect': {
    en: 'TWIN redirected to another host; the API token is not sent there. Check the API URL.',
    ru: 'TWIN перенаправил запрос на другой хост; API-токен туда не отправляется. Проверьте адрес API.',
  },
  'bad-url': {
    en: 'The API URL is not valid: {0}',
    ru: 'Адрес API неверен: {0}',
  },
  cancelled: {
    en: 'Cancelled.',
    ru: 'Отменено.',
  },
  http: {
    en: 'TWIN answered HTTP {1}{0}.',
    ru: 'TWIN ответил HTTP {1}{0}.',
  },
  'missing-rights': {
    en: 'The account{1} has no rights{0} on TWIN: it was refused (403) even with a fresh token. Ask your company’s TWIN administrator for them.',
    ru: 'У учётной записи{1} нет прав{0} в TWIN: отказ (403) даже со свежим токеном. Попросите их у администратора TWIN вашей компании.',
  },
  'sign-in-refused': {
    en: 'TWIN did not accept this email and password{0}. Check them, or sign in with a token from the cabinet (Помощь – API).',
    ru: 'TWIN не принял эти email и пароль{0}. Проверьте их или войдите с токеном из кабинета (Помощь – API).',
  },
  'refresh-refused': {
    en: 'TWIN no longer accepts this session{0}: sign in again.',
    ru: 'TWIN больше не принимает этот сеанс{0}: войдите снова.',
  },
  'lock-write': {
    en: 'Could not write the lock file: {0}',
    ru: 'Не удалось записать lock-файл: {0}',
  },
  busy: {
    en: 'Another push to this manifest is running{0}; nothing was sent. Try again when it ends.',
    ru: 'Другая отправка этого манифеста ещё идёт{0}; ничего не отправлено. Повторите, когда она закончится.',
  },
  'invalid-name': {
    en: 'Not sent: the name holds invisible or replacement characters{0}. Fix it in the file first.',
    ru: 'Не отправлено: в имени есть невидимые символы или символы замены{0}. Сначала исправьте его в файле.',
  },
  'lock-read': {
    en: 'The lock file {0} is not valid: {1}',
    ru: 'Lock-файл {0} повреждён: {1}',
  },
  // Plan and result rendering.
  sectionAttributes: { en: 'Client attributes', ru: 'Атрибуты клиента' },
  sectionClientTags: { en: 'Client tags', ru: 'Теги клиента' },
  sectionSessionTags: { en: 'Session tags', ru: 'Теги сессии' },
  planCreate: { en: '  + create    {0}', ru: '  + создать   {0}' },
  planExisting: { en: '  = exists    {0}', ru: '  = есть      {0}' },
  planRemoteOnly: { en: '  ? only on TWIN (left as is)  {0}', ru: '  ? только в TWIN (не трогаем)  {0}' },
  planUncertain: {
    en: '  ! unknown   {0} (an earlier push could not confirm it; check TWIN, then remove it from the lock file to create it)',
    ru: '  ! неясно    {0} (прошлая отправка не смогла это подтвердить; проверьте в TWIN и удалите из lock-файла, чтобы создать)',
  },
  planSectionCounts: {
    en: '{0}: {1} to create, {2} existing, {3} only on TWIN',
    ru: '{0}: создать {1}, есть {2}, только в TWIN {3}',
  },
  planSectionUncertain: { en: ', {0} unknown', ru: ', неясно {0}' },
  planNothing: {
    en: 'Nothing to do: TWIN already has everything in the file.',
    ru: 'Делать нечего: в TWIN уже есть всё из файла.',
  },
  // Not "nothing to do" when some items' outcome is unknown: `twin plan` exits 2 then, and they need the user.
  planNothingButUncertain: {
    en: 'Nothing to create; {0} item(s) have an unknown outcome — check TWIN, then remove their null entries from the lock file.',
    ru: 'Создавать нечего; у {0} шт. исход неизвестен — проверьте их в TWIN, затем удалите их записи null из lock-файла.',
  },
  planTotalUncertain: {
    en: '{0} item(s) with an unknown outcome will not be sent — check TWIN, then remove their null entries from the lock file.',
    ru: '{0} шт. с неизвестным исходом не будут отправлены — проверьте их в TWIN, затем удалите их записи null из lock-файла.',
  },
  planTotal: { en: 'Total: {0} to create.', ru: 'Всего создать: {0}.' },
  planUnlisted: {
    en: 'This server cannot list what it has; the plan relies on the lock file alone.',
    ru: 'Этот сервер не умеет выдавать списки; план построен только по lock-файлу.',
  },
  resultSection: {
    en: '{0}: {1} created, {2} already there, {3} failed, {4} unknown, {5} not started',
    ru: '{0}: создано {1}, уже было {2}, ошибок {3}, неясно {4}, не начато {5}',
  },
  resultFailed: { en: '  failed   {0}: {1}', ru: '  ошибка   {0}: {1}' },
  resultUncertain: {
    en: '  unknown  {0}: sent, but TWIN did not confirm it ({1}); it may or may not exist',
    ru: '  неясно   {0}: отправлено, но TWIN не подтвердил ({1}); объект может существовать или нет',
  },
  resultCancelled: { en: 'Cancelled: the rest was not sent.', ru: 'Отменено: остальное не отправлялось.' },
  resultStopped: { en: 'Stopped: {0}', ru: 'Остановлено: {0}' },
  resultComplete: {
    en: 'Done: everything in the file exists on TWIN.',
    ru: 'Готово: всё из файла есть в TWIN.',
  },
  resultIncomplete: {
    en: 'Not everything in the file exists on TWIN yet; run the push again to continue.',
    ru: 'Ещё не всё из файла есть в TWIN; запустите отправку снова, чтобы продолжить.',
  },
} satisfies Record<string, Message>;
