import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SECTION_KEYS } from '../../../core/src/manifest/model';
import { inEnglish, inRussian } from '../client/helpers';
import {
  planToJson,
  renderPlan,
  renderResult,
  type ApplyResult,
  type SyncPlan,
} from '../../../core/src/twin';

function plan(): SyncPlan {
  return {
    listed: true,
    sections: {
      attributes: {
        create: [{ name: 'Новый' }],
        existing: [{ name: 'Город', id: '1' }],
        remoteOnly: [{ name: 'Там' }],
        uncertain: [],
      },
      clientTags: { create: [], existing: [], remoteOnly: [], uncertain: [{ name: 'vip' }] },
      sessionTags: { create: [], existing: [], remoteOnly: [], uncertain: [] },
    },
  };
}

test('the JSON plan has create/existing/remoteOnly per section, and uncertain only where there is some', () => {
  const json = planToJson(plan(), 'https://x/api/v1');
  assert.deepEqual(json.sections.attributes, { create: ['Новый'], existing: ['Город'], remoteOnly: ['Там'] });
  assert.deepEqual(json.sections.clientTags, {
    create: [],
    existing: [],
    remoteOnly: [],
    uncertain: ['vip'],
  });
  assert.equal(json.api, 'https://x/api/v1');
});

test('the text plan names each section and each item to create, in English and Russian', () => {
  const en = inEnglish(() => renderPlan(plan())).join('\n');
  assert.match(en, /Client attributes: 1 to create, 1 existing, 1 only on TWIN/);
  assert.match(en, /\+ create {4}Новый/);
  assert.match(en, /Client tags: .*1 unknown/);
  const ru = inRussian(() => renderPlan(plan())).join('\n');
  assert.match(ru, /Атрибуты клиента: создать 1, есть 1, только в TWIN 1/);
  assert.match(ru, /Всего создать: 1\./);
});

test('the result says per section what was created, failed, unknown and not started, and whether it is complete', () => {
  const result: ApplyResult = { sections: {} as ApplyResult['sections'], cancelled: true, complete: false };
  for (const s of SECTION_KEYS)
    result.sections[s] = { created: [], found: [], failed: [], uncertain: [], notStarted: [] };
  result.sections.attributes.created.push({ name: 'a', id: '1' });
  result.sections.attributes.failed.push({
    name: 'b',
    error: { kind: 'rejected', status: 422, serverError: 'Validation failed.' },
  });
  result.sections.clientTags.uncertain.push({ name: 'c', error: { kind: 'timeout' } });
  result.sections.sessionTags.notStarted.push('d');
  const en = inEnglish(() => renderResult(result)).join('\n');
  assert.match(en, /Client attributes: 1 created, 0 already there, 1 failed, 0 unknown, 0 not started/);
  assert.match(en, /failed {3}b: TWIN rejected the request \(422: Validation failed\.\)/);
  assert.match(en, /unknown {2}c: sent, but TWIN did not confirm it \(TWIN did not answer in time\.\)/);
  assert.match(en, /Session tags: .*1 not started/);
  assert.match(en, /Cancelled/);
  assert.match(en, /Not everything/);
  assert.match(inRussian(() => renderResult(result)).join('\n'), /Теги сессии: .*не начато 1/);
});

test('a plan with only unknown outcomes does not say "nothing to do": it says what the user must do, in both languages', () => {
  const p = plan();
  p.sections.attributes.create = [];
  const en = inEnglish(() => renderPlan(p)).join('\n');
  assert.doesNotMatch(en, /Nothing to do/);
  assert.match(
    en,
    /Nothing to create; 1 item has an unknown outcome — check TWIN, then remove its null entry from the lock file\./,
  );
  const ru = inRussian(() => renderPlan(p)).join('\n');
  assert.doesNotMatch(ru, /Делать нечего/);
  assert.match(ru, /Создавать нечего; у 1 элемента исход неизвестен/);
  // With items to create as well, the total is followed by the same advice.
  const both = inEnglish(() => renderPlan(plan()));
  assert.ok(both.includes('Total: 1 to create.'));
  assert.match(both.join('\n'), /1 item with an unknown outcome will not be sent/);
  // Nothing at all: the plain wording stays.
  p.sections.clientTags.uncertain = [];
  assert.match(
    inEnglish(() => renderPlan(p)).join('\n'),
    /Nothing to do: TWIN already has everything in the file\./,
  );
});

test('names and server wording reach the terminal without their control or invisible characters, shown as \\uXXXX', () => {
  const p = plan();
  p.sections.attributes.remoteOnly = [{ name: 'red\x1b[31m\u202Eevil\u{E0041}' }];
  const text = inEnglish(() => renderPlan(p)).join('\n');
  for (const raw of ['\x1b', '\u202E', '\u{E0041}']) assert.ok(!text.includes(raw), JSON.stringify(text));
  assert.match(text, /only on TWIN .* red\\u001B\[31m\\u202Eevil\\u\{E0041\}/);
  const result: ApplyResult = { sections: {} as ApplyResult['sections'], cancelled: false, complete: false };
  for (const s of SECTION_KEYS)
    result.sections[s] = { created: [], found: [], failed: [], uncertain: [], notStarted: [] };
  result.sections.clientTags.failed.push({
    name: 'x',
    error: { kind: 'rejected', status: 422, serverError: 'Bad\x1b[2J', details: { tag: ['\x07'] } },
  });
  const out = inRussian(() => renderResult(result)).join('\n');
  assert.ok(![...out].some((c) => c !== '\n' && c < ' '), JSON.stringify(out));
  assert.match(out, /Bad\\u001B\[2J/);
  assert.match(out, /\\u0007/); // JSON.stringify of the details already wrote it so
});
