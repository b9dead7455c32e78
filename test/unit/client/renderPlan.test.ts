import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SyncPlan } from '../../../core/src/twin/types';
import { confirmationText, nothingToCreate, planCounts } from '../../../core/src/twin/planText';
import { renderPlanMarkdown } from '../../../client/src/plan/renderPlan';
import { inEnglish, inRussian } from './helpers';

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
    const md = inEnglish(() => renderPlanMarkdown(samplePlan(), target));
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
    const md = inRussian(() => renderPlanMarkdown(samplePlan(false), target));
    assert.match(md, /^# План TWIN для chat-api\.twin24\.ai\n/);
    assert.match(md, /Отправка создаст 3 элемента\./);
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
    assert.match(
      inEnglish(() => renderPlanMarkdown(plan, target)),
      /Nothing to create/,
    );
    assert.match(
      inRussian(() => renderPlanMarkdown(plan, target)),
      /Создавать нечего/,
    );
  });
});

describe('nothingToCreate', () => {
  test('a plan that creates something goes on to the confirmation', () => {
    assert.equal(
      inEnglish(() => nothingToCreate(samplePlan(), 'h.example', 'company.twin.yaml')),
      undefined,
    );
  });

  test('everything on TWIN: nothing to push', () => {
    const plan = samplePlan();
    plan.sections.attributes.create = [];
    plan.sections.clientTags.create = [];
    plan.sections.sessionTags.uncertain = [];
    const n = inEnglish(() => nothingToCreate(plan, 'h.example', 'company.twin.yaml'));
    assert.equal(n?.kind, 'nothing-to-do');
    assert.equal(n?.message, 'Nothing to push: h.example already has every entry of company.twin.yaml.');
  });

  test('nothing to create but items of unknown outcome: a distinct warning, never "has every entry"', () => {
    const plan = samplePlan();
    plan.sections.attributes.create = [];
    plan.sections.clientTags.create = [];
    const n = inEnglish(() => nothingToCreate(plan, 'h.example', 'company.twin.yaml'));
    assert.equal(n?.kind, 'unknown-outcome');
    assert.equal(n?.kind === 'unknown-outcome' && n.uncertain, 1);
    assert.match(
      n?.message ?? '',
      /^Nothing to create on h\.example; 1 item of company\.twin\.yaml has an unknown outcome/,
    );
    assert.doesNotMatch(n?.message ?? '', /every entry/);
    const r = inRussian(() => nothingToCreate(plan, 'h.example', 'company.twin.yaml'));
    assert.match(r?.message ?? '', /^На h\.example создавать нечего, но исход прошлой отправки неизвестен/);
    assert.match(
      inEnglish(() => renderPlanMarkdown(plan, target)),
      /Nothing to create; 1 item has an unknown outcome/,
    );
    assert.doesNotMatch(
      inEnglish(() => renderPlanMarkdown(plan, target)),
      /already has every entry/,
    );
    assert.match(
      inRussian(() => renderPlanMarkdown(plan, target)),
      /Создавать нечего, но исход прошлой отправки неизвестен/,
    );
  });
});

describe('confirmationText', () => {
  test('names the host and the counts per section', () => {
    assert.deepEqual(planCounts(samplePlan()), { create: 3, existing: 2, remoteOnly: 1, uncertain: 1 });
    const c = inEnglish(() => confirmationText(samplePlan(), 'chat-api.twin24.ai'));
    assert.equal(c.message, 'Create 3 items on chat-api.twin24.ai?');
    assert.match(c.detail, /Client attributes: 2\nClient tags: 1\nSession tags: 0\n/);
    assert.match(c.detail, /Already on TWIN: 2\. Only on TWIN \(left untouched\): 1\./);
    const r = inRussian(() => confirmationText(samplePlan(), 'chat-api.twin24.ai'));
    assert.equal(r.message, 'Создать 3 элемента на chat-api.twin24.ai?');
    assert.match(r.detail, /Атрибуты клиента: 2\nТеги клиента: 1\nТеги сессии: 0/);
  });
});
