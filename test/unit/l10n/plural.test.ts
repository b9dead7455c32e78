import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tp } from '../../../core/src/i18n/plural';
import { configureL10n, languageOf, localeFromEnv, t, tn } from '../../../core/src/l10n';

const ITEMS = '{0} item|{0} items';
const bundle = {
  [ITEMS]: '{0} элемент|{0} элемента|{0} элементов',
  'Create {0} on {1}': 'Создать {0} на {1}',
};

describe('plural forms', () => {
  it('English: one for 1, other for everything else', () => {
    configureL10n('en', bundle);
    const seen = [0, 1, 2, 5, 11, 21, 22, 25, 101].map((n) => tn(n, ITEMS));
    assert.deepEqual(seen, [
      '0 items',
      '1 item',
      '2 items',
      '5 items',
      '11 items',
      '21 items',
      '22 items',
      '25 items',
      '101 items',
    ]);
  });

  it('Russian: one, few and many as the language counts', () => {
    configureL10n('ru-RU', bundle);
    const seen = [0, 1, 2, 5, 11, 21, 22, 25, 101].map((n) => tn(n, ITEMS));
    assert.deepEqual(seen, [
      '0 элементов',
      '1 элемент',
      '2 элемента',
      '5 элементов',
      '11 элементов',
      '21 элемент',
      '22 элемента',
      '25 элементов',
      '101 элемент',
    ]);
    configureL10n('en', undefined);
  });

  it('fills the placeholders after the count', () => {
    configureL10n('ru', {
      '{0} item on {1}|{0} items on {1}': '{0} элемент на {1}|{0} элемента на {1}|{0} элементов на {1}',
    });
    assert.equal(tn(3, '{0} item on {1}|{0} items on {1}', 'twin24.ai'), '3 элемента на twin24.ai');
    configureL10n('en', undefined);
    assert.equal(tn(1, '{0} item on {1}|{0} items on {1}', 'twin24.ai'), '1 item on twin24.ai');
  });
});

describe('display language', () => {
  it('reads VS Code tags and POSIX locales', () => {
    assert.equal(languageOf('ru'), 'ru');
    assert.equal(languageOf('ru-RU'), 'ru');
    assert.equal(languageOf('ru_RU.UTF-8'), 'ru');
    assert.equal(languageOf('rue'), 'en');
    assert.equal(languageOf('en-US'), 'en');
    assert.equal(languageOf(undefined), 'en');
  });

  it('takes LC_ALL over LC_MESSAGES over LANG', () => {
    assert.equal(localeFromEnv({ LC_ALL: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8' }), 'ru_RU.UTF-8');
    assert.equal(localeFromEnv({ LC_MESSAGES: 'ru_RU', LANG: 'en_US' }), 'ru_RU');
    assert.equal(localeFromEnv({ LANG: 'ru_RU' }), 'ru_RU');
    assert.equal(localeFromEnv({}), undefined);
  });

  it('translates through the bundle and falls back to English without one', () => {
    configureL10n('ru', bundle);
    assert.equal(t('Create {0} on {1}', 'ФИО', 'twin24.ai'), 'Создать ФИО на twin24.ai');
    configureL10n('en', bundle);
    assert.equal(t('Create {0} on {1}', 'ФИО', 'twin24.ai'), 'Create ФИО on twin24.ai');
  });
});

describe('plural forms of the {en, ru} catalogs (tp)', () => {
  const message = {
    en: ['TWIN has {0} item that {1} lacks', 'TWIN has {0} items that {1} lacks'],
    ru: [
      'В TWIN {0} запись, которой нет в {1}',
      'В TWIN {0} записи, которых нет в {1}',
      'В TWIN {0} записей, которых нет в {1}',
    ],
  } as const;
  const counts = [0, 1, 2, 5, 11, 21, 22, 25, 101];

  it('English and Russian agree with the count, the other placeholders filled', () => {
    assert.deepEqual(
      counts.map((n) =>
        tp('en', message, n, 'x')
          .replace(/ that x lacks$/, '')
          .replace('TWIN has ', ''),
      ),
      [
        '0 items',
        '1 item',
        '2 items',
        '5 items',
        '11 items',
        '21 items',
        '22 items',
        '25 items',
        '101 items',
      ],
    );
    assert.deepEqual(
      counts.map((n) =>
        tp('ru', message, n, 'файле')
          .replace(/^В TWIN /, '')
          .replace(/,.*$/, ''),
      ),
      [
        '0 записей',
        '1 запись',
        '2 записи',
        '5 записей',
        '11 записей',
        '21 запись',
        '22 записи',
        '25 записей',
        '101 запись',
      ],
    );
  });
});
