// Names an administrator commonly needs, offered by completion before the platform is known.
import type { SectionKey } from './model';

/** Common names for each section (Russian, as TWIN companies write them). */
export const SUGGESTED_NAMES: Readonly<Record<SectionKey, readonly string[]>> = {
  attributes: [
    'ФИО',
    'Имя',
    'Фамилия',
    'Отчество',
    'Телефон',
    'Email',
    'Город',
    'Адрес',
    'Возраст',
    'Дата рождения',
    'Пол',
    'Компания',
    'Должность',
    'Увлечение',
    'Источник',
    'Комментарий',
  ],
  clientTags: [
    'VIP-клиент',
    'Постоянный клиент',
    'Новый клиент',
    'Часто обращается',
    'Оптовый покупатель',
    'Проблемный клиент',
    'Не звонить',
  ],
  sessionTags: [
    'предоплата',
    'кредит',
    'рассрочка',
    'доставка',
    'возврат',
    'жалоба',
    'консультация',
    'повторное обращение',
  ],
};
