import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ApplyResult, SectionResult } from '../../../core/src/twin/types';
import { countResult, progressLine, resultLog, summaryLine } from '../../../core/src/twin/resultText';
import { inEnglish, inRussian } from '../client/helpers';

const empty = (): SectionResult => ({ created: [], found: [], failed: [], uncertain: [], notStarted: [] });

function result(patch: Partial<ApplyResult> = {}): ApplyResult {
  return {
    sections: {
      attributes: { ...empty(), created: [{ name: 'ФИО', id: 'a1' }], found: [{ name: 'Город', id: 'a2' }] },
      clientTags: { ...empty(), created: [{ name: 'ВИП-клиент', id: 't1' }] },
      sessionTags: empty(),
    },
    cancelled: false,
    complete: true,
    ...patch,
  };
}

describe('summaryLine', () => {
  test('a complete push counts created items, and as already on TWIN both planned and found ones', () => {
    assert.equal(
      inEnglish(() => summaryLine(result(), 'h.example', 4)),
      'Pushed to h.example: 2 created, 5 already on TWIN.',
    );
    assert.equal(
      inRussian(() => summaryLine(result(), 'h.example', 4)),
      'Отправлено на h.example: создано 2, уже было в TWIN 5.',
    );
  });

  test('a cancelled push says what was not sent', () => {
    const r = result({ cancelled: true, complete: false });
    r.sections.sessionTags.notStarted = ['кредит', 'предоплата'];
    assert.deepEqual(countResult(r), { created: 2, found: 1, failed: 0, uncertain: 0, notStarted: 2 });
    assert.equal(
      inEnglish(() => summaryLine(r, 'h.example')),
      'Push to h.example cancelled: 2 created, 2 not sent. Run it again to finish.',
    );
    assert.match(
      inRussian(() => summaryLine(r, 'h.example')),
      /^Отправка на h\.example отменена: создано 2, не отправлено 2\./,
    );
  });

  test('an incomplete push lists failures in the log with the server reason, never a token', () => {
    const r = result({ complete: false, stoppedBy: { kind: 'token-expired', status: 401 } });
    r.sections.sessionTags.failed = [
      { name: 'кредит', error: { kind: 'rejected', status: 422, serverError: 'bad name' } },
    ];
    assert.match(
      inEnglish(() => summaryLine(r, 'h.example')),
      /incomplete: 2 created, 1 failed, 0 uncertain, 0 not sent/,
    );
    const log = inEnglish(() => resultLog(r)).join('\n');
    assert.match(log, /\+ ФИО {2}\(created, id a1\)/);
    assert.match(log, /= Город {2}\(already there, id a2\)/);
    assert.match(log, /! кредит {2}\(failed: .*bad name/);
    assert.match(log, /Stopped: /);
    const logRu = inRussian(() => resultLog(r)).join('\n');
    assert.match(logRu, /Атрибуты клиента:\n {2}\+ ФИО {2}\(создан, id a1\)/);
  });

  test('the log has a heading only for a section with items: no empty headings', () => {
    const log = inEnglish(() => resultLog(result()));
    assert.deepEqual(log, [
      'Client attributes:',
      '  + ФИО  (created, id a1)',
      '  = Город  (already there, id a2)',
      'Client tags:',
      '  + ВИП-клиент  (created, id t1)',
    ]);
  });

  test('a lock file that cannot be written is worded as the CLI words it', () => {
    const r = result({ complete: false, stoppedBy: { kind: 'lock-write', message: 'EACCES' } });
    assert.match(inEnglish(() => resultLog(r)).join('\n'), /Stopped: Could not write the lock file: EACCES/);
    assert.match(
      inRussian(() => resultLog(r)).join('\n'),
      /Остановлено: Не удалось записать lock-файл: EACCES/,
    );
  });

  test('each finished item is logged with the section title and outcome in the display language', () => {
    const p = { section: 'attributes', name: 'ФИО', outcome: 'created', done: 1, total: 3 } as const;
    assert.equal(
      inEnglish(() => progressLine(p)),
      '  Client attributes: ФИО — created (1/3)',
    );
    assert.equal(
      inRussian(() => progressLine(p)),
      '  Атрибуты клиента: ФИО — создан (1/3)',
    );
    assert.equal(
      inRussian(() => progressLine({ ...p, section: 'sessionTags', outcome: 'uncertain' })),
      '  Теги сессии: ФИО — результат неизвестен (1/3)',
    );
  });
});
