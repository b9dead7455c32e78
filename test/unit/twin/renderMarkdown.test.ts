// The plan and the push result as Markdown (twin plan|push --format markdown): rendered by a real
// CommonMark parser (markdown-it, GFM tables on), a hostile name is text inside its own code span: no
// link, no HTML element, no extra table cell or list item, no line of its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configureBundledL10n } from '../../../core/src/l10n/bundled';
import { SECTION_KEYS } from '../../../core/src/manifest/model';
import type { ApplyResult, SyncPlan } from '../../../core/src/twin';
import {
  markdownCode,
  markdownText,
  renderPlanMarkdown,
  renderResultMarkdown,
} from '../../../core/src/twin/renderMarkdown';
import { HOSTILE_NAMES } from '../cli/workflowCommand';

interface MarkdownIt {
  render(src: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownIt = require('markdown-it') as (options: { html: boolean; linkify: boolean }) => MarkdownIt;
// html and linkify on, as GitHub renders comments: raw HTML and bare URLs would become markup.
const md = markdownIt({ html: true, linkify: true });

const TARGET = {
  host: 'api.example.com',
  baseUrl: 'https://api.example.com/api/v1',
  file: 'profile/company.twin.yaml',
};
const EXTRA = {
  'backticks at both ends': '`edge`',
  'spaces at both ends': '  padded  ',
  'an empty name': '',
};
const NAMES = { ...HOSTILE_NAMES, ...EXTRA };

function plan(names: string[]): SyncPlan {
  return {
    listed: true,
    sections: {
      attributes: {
        create: names.map((name) => ({ name })),
        existing: [{ name: 'Город', id: '1' }],
        remoteOnly: [],
        uncertain: [],
      },
      clientTags: { create: [], existing: [], remoteOnly: names.map((name) => ({ name })), uncertain: [] },
      sessionTags: { create: [], existing: [], remoteOnly: [], uncertain: [] },
    },
  };
}

/** The text of each `<code>` element of the HTML, entities decoded. */
function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code>([^]*?)<\/code>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

function assertNoMarkup(html: string): void {
  assert.ok(!/<script|<a |<b>|<img/i.test(html), html);
  // Every table row keeps its four cells: a name cannot add one.
  for (const row of html.match(/<tr>[^]*?<\/tr>/g) ?? [])
    assert.equal(row.match(/<t[hd][ >]/g)?.length, 4, row);
}

for (const [label, name] of Object.entries(NAMES)) {
  test(`plan Markdown: a name holding ${label} is the text of one code span, never markup`, () => {
    const html = md.render(renderPlanMarkdown(plan([name]), TARGET));
    assertNoMarkup(html);
    const shown = name === '' ? ' ' : name.replace(/\n/g, '\\u000A');
    // Once to create, once only on TWIN; each its own list item.
    assert.equal(codeTexts(html).filter((c) => c === shown).length, 2, html);
    assert.equal(html.match(/<li>/g)?.length, 3, html);
  });
}

test('plan Markdown: host, file, counts table and each section, as the editor preview has them', () => {
  const text = renderPlanMarkdown(plan(['VIP']), TARGET);
  assert.match(text, /^# TWIN plan for `api\.example\.com`\n/);
  assert.match(text, /\| Client attributes \| 1 \| 1 \| 0 \|/);
  assert.match(text, /\| Client tags \| 0 \| 0 \| 1 \|/);
  assert.match(text, /A push will create 1 item\./);
  for (const heading of [
    '## Client attributes',
    '### Will be created (1)',
    '### Already on TWIN (1)',
    '### Only on TWIN, not in the file (1); left untouched',
  ])
    assert.ok(text.includes(heading), heading);
});

test('plan Markdown in Russian', () => {
  configureBundledL10n('ru');
  try {
    const text = renderPlanMarkdown(plan(['VIP']), TARGET);
    assert.match(text, /^# План TWIN для `api\.example\.com`/);
    assert.match(text, /\| Раздел \| Создать \| Уже в TWIN \| Только в TWIN \|/);
    assert.match(text, /\| Атрибуты клиента \| 1 \| 1 \| 0 \|/);
    assert.match(text, /### Будут созданы \(1\)/);
  } finally {
    configureBundledL10n('en');
  }
});

function result(name: string): ApplyResult {
  const r: ApplyResult = { sections: {} as ApplyResult['sections'], cancelled: false, complete: false };
  for (const s of SECTION_KEYS)
    r.sections[s] = { created: [], found: [], failed: [], uncertain: [], notStarted: [] };
  r.sections.attributes.created.push({ name, id: '1' });
  r.sections.attributes.failed.push({
    name,
    error: {
      kind: 'rejected',
      status: 422,
      serverError: `<script>x</script> [a](javascript:alert(1)) | ${name}`,
    },
  });
  r.sections.clientTags.notStarted.push(name);
  return r;
}

for (const [label, name] of Object.entries(NAMES)) {
  test(`push result Markdown: a name (and a server's wording) holding ${label} stays text`, () => {
    const html = md.render(renderResultMarkdown(result(name), TARGET));
    assert.ok(!/<script|<a |<b>|<img/i.test(html), html);
    for (const row of html.match(/<tr>[^]*?<\/tr>/g) ?? [])
      assert.equal(row.match(/<t[hd][ >]/g)?.length, 6, row);
    const shown = name === '' ? ' ' : name.replace(/\n/g, '\\u000A');
    assert.equal(codeTexts(html).filter((c) => c === shown).length, 3, html);
    assert.equal(html.match(/<li>/g)?.length, 3, html);
  });
}

test('push result Markdown: the outcome, a counts row per section and what failed', () => {
  const text = renderResultMarkdown(result('VIP'), TARGET);
  assert.match(text, /^# TWIN push to `api\.example\.com`/);
  assert.match(
    text,
    /\*\*Not everything in the file exists on TWIN yet; run the push again to continue\.\*\*/,
  );
  assert.match(text, /\| Client attributes \| 1 \| 0 \| 1 \| 0 \| 0 \|/);
  assert.match(text, /### Failed \(1\)\n\n- `VIP`: /);
  assert.match(text, /### Not started \(1\)\n\n- `VIP`/);
});

test('markdownText escapes every ASCII punctuation; markdownCode fences past the longest backtick run', () => {
  assert.equal(markdownText('a|b <i>'), 'a\\|b \\<i\\>');
  assert.equal(markdownCode('a``b'), '```a``b```');
  assert.equal(markdownCode('`x'), '`` `x ``');
  assert.equal(markdownCode('x\ny'), '`x\\u000Ay`');
});
