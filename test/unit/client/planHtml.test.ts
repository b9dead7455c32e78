// The plan view's page in both languages: plural-aware counts, no empty rows, escaped names, a
// Content-Security-Policy that allows nothing but the page's own style.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { configureL10n } from '../../../core/src/l10n';
import type { SyncPlan } from '../../../core/src/twin/types';
import { pageText, renderPlanHtml, type PlanPage } from '../../../client/src/plan/planHtml';
import { russianBundle } from './helpers';

const target = {
  host: 'chat-api.twin24.ai',
  baseUrl: 'https://chat-api.twin24.ai/api/v1',
  file: 'company.twin.yaml',
};
const ctx = { nonce: 'bm9uY2U=', cspSource: 'https://webview.test' };
const empty = { create: [], existing: [], remoteOnly: [], uncertain: [] };

function plan(create: string[], existing: string[] = []): SyncPlan {
  return {
    listed: true,
    sections: {
      attributes: {
        ...empty,
        create: create.map((name) => ({ name })),
        existing: existing.map((name) => ({ name, id: name, source: 'remote' as const })),
      },
      clientTags: empty,
      sessionTags: empty,
    },
  };
}

describe('the plan view page', () => {
  after(() => configureL10n('en', undefined));

  test('English: the headline agrees with the count, empty groups and sections are left out', () => {
    configureL10n('en', undefined);
    const page: PlanPage = { target, plan: plan(['Увлечение'], ['ФИО', 'Город']), planning: false };
    const text = pageText(renderPlanHtml(page, ctx));
    assert.match(text, /^Plan: company\.twin\.yaml → chat-api\.twin24\.ai$/m);
    assert.match(text, /A push will create 1 item\./);
    assert.match(text, /Will be created: 1 item\nУвлечение/);
    assert.match(text, /Already on TWIN: 2 items/);
    assert.doesNotMatch(text, /Client tags|Session tags|Only on TWIN|0 items|none/);
    assert.match(text, /Push to TWIN/);
  });

  test('Russian: one, few and many forms; nothing to do has no Push button', () => {
    configureL10n('ru', russianBundle());
    const render = (p: PlanPage) => pageText(renderPlanHtml(p, ctx));
    const names = (n: number) => Array.from({ length: n }, (_, i) => `Поле ${i}`);
    assert.match(render({ target, plan: plan(names(1)), planning: false }), /Отправка создаст 1 элемент\./);
    assert.match(render({ target, plan: plan(names(2)), planning: false }), /Отправка создаст 2 элемента\./);
    assert.match(render({ target, plan: plan(names(5)), planning: false }), /Отправка создаст 5 элементов\./);
    assert.match(render({ target, plan: plan(names(21)), planning: false }), /Будет создан 21 элемент/);
    const done = render({ target, plan: plan([], ['ФИО']), planning: false });
    assert.match(done, /Создавать нечего/);
    assert.doesNotMatch(done, /Отправить в TWIN/);
    assert.match(done, /Составить план заново/);
  });

  test('an outdated plan says why and offers Re-plan; names are escaped; the CSP is strict', () => {
    configureL10n('en', undefined);
    const html = renderPlanHtml(
      {
        target,
        plan: plan(['<img src=x onerror=alert(1)>']),
        planning: false,
        outdated: 'the file was saved.',
      },
      ctx,
    );
    assert.match(pageText(html), /Outdated: the file was saved\./);
    assert.match(html, /<a href="command:twin\.plan">Re-plan<\/a>/);
    assert.doesNotMatch(html, /href="command:twin\.push"/, 'no Push from an outdated plan');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(
      html,
      /content="default-src 'none'; style-src 'nonce-bm9uY2U='; img-src https:\/\/webview\.test; font-src https:\/\/webview\.test"/,
    );
    assert.doesNotMatch(html, /<script/);
  });
});
