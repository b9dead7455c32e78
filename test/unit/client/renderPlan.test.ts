import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SyncPlan } from '../../../core/src/twin/types';
import { confirmationText, nothingToCreate, planCounts } from '../../../core/src/twin/planText';
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
    assert.match(
      r?.message ?? '',
      /^На h\.example создавать нечего; у 1 элемента из company\.twin\.yaml неизвестен/,
    );
  });
});

describe('confirmationText', () => {
  test('names the host and the counts per section', () => {
    assert.deepEqual(planCounts(samplePlan()), { create: 3, existing: 2, remoteOnly: 1, uncertain: 1 });
    const c = inEnglish(() => confirmationText(samplePlan(), 'chat-api.twin24.ai'));
    assert.equal(c.message, 'Create 3 items on chat-api.twin24.ai?');
    assert.equal(
      c.detail,
      'Client attributes: 2\nClient tags: 1\nAlready on TWIN: 2. Only on TWIN (left untouched): 1.',
      'no row for a section with nothing to create',
    );
    const r = inRussian(() => confirmationText(samplePlan(), 'chat-api.twin24.ai'));
    assert.equal(r.message, 'Создать 3 элемента на chat-api.twin24.ai?');
    assert.match(
      r.detail,
      /^Атрибуты клиента: 2\nТеги клиента: 1\nУже в TWIN: 2\. Только в TWIN \(не затрагиваются\): 1\.$/,
    );
  });
});
