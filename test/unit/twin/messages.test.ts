import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from '../../../core/src/i18n/locale';
import { twinMessages } from '../../../core/src/twin/messages';
import { syncMessages } from '../../../cli/src/syncMessages';

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

for (const [catalog, messages] of Object.entries({ twinMessages, syncMessages }) as Array<
  [string, Record<string, Message>]
>) {
  test(`${catalog}: every text exists in English and Russian with the same placeholders`, () => {
    for (const [key, m] of Object.entries(messages)) {
      assert.ok(m.en.trim() !== '' && m.ru.trim() !== '', `${key} is empty in a language`);
      assert.deepEqual(placeholders(m.ru), placeholders(m.en), `${key}: placeholders differ`);
      if (
        /[a-z]{4}/i.test(
          m.en.replace(/\{\d+\}|TWIN|API|JWT|http\S*|TWIN_\w+|--\w+|Ctrl\+C|export|twin \w+/g, ''),
        )
      )
        assert.match(m.ru, /[а-яё]/i, `${key}: the Russian text is not Russian`);
    }
  });
}
