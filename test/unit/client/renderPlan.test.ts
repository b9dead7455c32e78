import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SyncPlan } from '../../../core/src/twin/types';
import { planCounts } from '../../../core/src/twin/render';
import { confirmationText, nothingToCreate, renderPlanMarkdown } from '../../../client/src/plan/renderPlan';
import { en, ru } from './helpers';

function samplePlan(listed = true): SyncPlan {
  return {
    listed,
    sections: {
      attributes: {
        create: [{ name: 'Увлечение' }, { name: 'a*b_c' }],
        existing: [{ name: 'ФИО', id: 'id-1', source: 'remote' }],
        remoteOnly: [{ name: 'Старое поле', id: 'id-9', source: 'remote' }],
        uncertain: [],
      },
      clientTags: { create: [{ name: 'ВИП-клиент' }], existing: [], remoteOnly: [], uncertain: [] },
      sessionTags: {
        create: [],
        existing: [{ name: 'кредит', id: 'id-3', source: 'lock' }],
        remoteOnly: [],
        uncertain: [{ name: 'предоплата' }],
      },
    },
  };
}

const target = {
  host: 'chat-api.twin24.ai',
  baseUrl: 'https://chat-api.twin24.ai/api/v1',
  file: 'company.twin.yaml',
};

describe('renderPlanMarkdown', () => {
  test('English: host in the title, each section with created / on TWIN / only on TWIN', () => {
    const md = renderPlanMarkdown(samplePlan(), target, en, 'en');
    assert.match(md, /^# TWIN plan for chat-api\.twin24\.ai\n/);
    assert.match(md, /A push will create 3 items\. Nothing is ever deleted or renamed\./);
    assert.match(
      md,
      /\| Section \| To create \| On TWIN \| Only on TWIN \|\n\|---\|---:\|---:\|---:\|\n\| Client attributes \| 2 \| 1 \| 1 \|\n\| Client tags \| 1 \| 0 \| 0 \|\n\| Session tags \| 0 \| 1 \| 0 \|/,
    );
    assert.match(md, /## Client attributes\n\n### Will be created \(2\)\n\n- Увлечение\n- a\\\*b\\_c\n/);
    assert.match(md, /### Already on TWIN \(1\)\n\n- ФИО\n/);
    assert.match(md, /### Only on TWIN, not in the file \(1\); left untouched\n\n- Старое поле\n/);
    assert.match(md, /## Client tags\n\n### Will be created \(1\)\n\n- ВИП-клиент\n/);
    assert.match(md, /## Session tags\n\n### Will be created \(0\)\n\n_none_\n/);
    assert.match(md, /### Sent earlier, outcome unknown \(1\).*\n\n- предоплата\n/);
    assert.doesNotMatch(md, /lock file alone/);
  });

  test('Russian: every heading translated', () => {
    const md = renderPlanMarkdown(samplePlan(false), target, ru, 'ru');
    assert.match(md, /^# План TWIN для chat-api\.twin24\.ai\n/);
    assert.match(md, /Отправка создаст элементов: 3\./);
    assert.match(md, /\| Раздел \| Создать \| Уже в TWIN \| Только в TWIN \|/);
    assert.match(md, /\| Теги клиента \| 1 \| 0 \| 0 \|/);
    assert.match(md, /## Атрибуты клиента\n\n### Будут созданы \(2\)/);
    assert.match(md, /### Уже есть в TWIN \(1\)\n\n- ФИО/);
    assert.match(md, /### Есть только в TWIN, нет в файле \(1\); не затрагиваются/);
    assert.match(md, /## Теги клиента/);
    assert.match(md, /## Теги сессии\n\n### Будут созданы \(0\)\n\n_нет_/);
    assert.match(md, /только по lock-файлу/);
    assert.doesNotMatch(md, /Will be|Already|Client|Session/);
  });

  test('a plan with nothing to create says so', () => {
    const plan = samplePlan();
    plan.sections.attributes.create = [];
    plan.sections.clientTags.create = [];
    plan.sections.sessionTags.uncertain = [];
    assert.match(renderPlanMarkdown(plan, target, en, 'en'), /Nothing to create/);
    assert.match(renderPlanMarkdown(plan, target, ru, 'ru'), /Создавать нечего/);
  });
});

describe('nothingToCreate', () => {
  test('a plan that creates something goes on to the confirmation', () => {
    assert.equal(nothingToCreate(samplePlan(), 'h.example', 'company.twin.yaml', en), undefined);
  });

  test('everything on TWIN: nothing to push', () => {
    const plan = samplePlan();
    plan.sections.attributes.create = [];
    plan.sections.clientTags.create = [];
    plan.sections.sessionTags.uncertain = [];
    const n = nothingToCreate(plan, 'h.example', 'company.twin.yaml', en);
    assert.equal(n?.kind, 'nothing-to-do');
    assert.equal(n?.message, 'Nothing to push: h.example already has every entry of company.twin.yaml.');
  });

  test('nothing to create but items of unknown outcome: a distinct warning, never "has every entry"', () => {
    const plan = samplePlan();
    plan.sections.attributes.create = [];
    plan.sections.clientTags.create = [];
    const n = nothingToCreate(plan, 'h.example', 'company.twin.yaml', en);
    assert.equal(n?.kind, 'unknown-outcome');
    assert.equal(n?.kind === 'unknown-outcome' && n.uncertain, 1);
    assert.match(
      n?.message ?? '',
      /^Nothing to create on h\.example; 1 item\(s\) of company\.twin\.yaml have an unknown outcome/,
    );
    assert.doesNotMatch(n?.message ?? '', /every entry/);
    const r = nothingToCreate(plan, 'h.example', 'company.twin.yaml', ru);
    assert.match(r?.message ?? '', /^На h\.example создавать нечего, но исход прошлой отправки неизвестен/);
    assert.match(
      renderPlanMarkdown(plan, target, en, 'en'),
      /Nothing to create; 1 item\(s\) have an unknown outcome/,
    );
    assert.doesNotMatch(renderPlanMarkdown(plan, target, en, 'en'), /already has every entry/);
    assert.match(
      renderPlanMarkdown(plan, target, ru, 'ru'),
      /Создавать нечего, но исход прошлой отправки неизвестен/,
    );
  });
});

describe('confirmationText', () => {
  test('names the host and the counts per section', () => {
    assert.deepEqual(planCounts(samplePlan()), { create: 3, existing: 2, remoteOnly: 1, uncertain: 1 });
    const c = confirmationText(samplePlan(), 'chat-api.twin24.ai', en, 'en');
    assert.equal(c.message, 'Create 3 items on chat-api.twin24.ai?');
    assert.equal(
      c.detail,
      'Client attributes: 2\nClient tags: 1\nAlready on TWIN: 2. Only on TWIN (left untouched): 1.',
      'no row for a section with nothing to create',
    );
    const r = confirmationText(samplePlan(), 'chat-api.twin24.ai', ru, 'ru');
    assert.equal(r.message, 'Создать элементов: 3 на chat-api.twin24.ai?');
    assert.match(
      r.detail,
      /^Атрибуты клиента: 2\nТеги клиента: 1\nУже в TWIN: 2\. Только в TWIN \(не затрагиваются\): 1\.$/,
    );
  });
});
