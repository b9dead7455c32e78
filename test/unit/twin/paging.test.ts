// The paging guards and the list reader: pages that repeat, never end or end before their count are
// errors, and so is any envelope or item the client cannot read; the shapes twin-api.md documents or
// assumes are read as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeTwinError, TwinApiError } from '../../../core/src/twin';
import { readListPage } from '../../../core/src/twin/listPage';
import { readAllPages } from '../../../core/src/twin/paging';
import { inEnglish, inRussian } from '../client/helpers';

const section = 'clientTags' as const;

/** A list of `total` items served `served` at a time from `offset`, counting the pages asked. */
function server(total: number, served: number, withCount = true) {
  let pages = 0;
  const fetchPage = async (offset: number): Promise<unknown> => {
    pages++;
    const items = Array.from({ length: Math.max(0, Math.min(served, total - offset)) }, (_, k) => ({
      id: `id-${offset + k}`,
      tag: `tag ${offset + k}`,
    }));
    return withCount ? { count: total, items } : { items };
  };
  return { fetchPage, pages: () => pages };
}

function rejectsWith(kind: string) {
  return (e: unknown) => e instanceof TwinApiError && e.kind === kind && e.section === section;
}

test('a list is read whole, also from a server that caps the page size below what was asked', async () => {
  const capped = server(130, 20);
  const items = await readAllPages(capped.fetchPage, { section, pageSize: 100 });
  assert.equal(items.length, 130);
  assert.equal(capped.pages(), 7, '20 per page, count says when it ends');
  const plain = server(5, 100, false);
  assert.equal((await readAllPages(plain.fetchPage, { section, pageSize: 100 })).length, 5);
  assert.equal(plain.pages(), 1, 'without count, a short page ends the list');
  assert.deepEqual(await readAllPages(async () => ({ count: 0, items: [] }), { section, pageSize: 100 }), []);
});

test('a server that ignores offset (the same page again) is an error, not a short list', async () => {
  const first = {
    count: 150,
    items: Array.from({ length: 100 }, (_, k) => ({ id: String(k), name: `n${k}` })),
  };
  await assert.rejects(
    readAllPages(async () => first, { section, pageSize: 100 }),
    rejectsWith('list-repeats'),
  );
});

test('a list that never ends stops at the item bound, having asked a bounded number of pages', async () => {
  let pages = 0;
  const fresh = async (offset: number): Promise<unknown> => {
    pages++;
    return {
      count: offset + 200,
      items: Array.from({ length: 100 }, (_, k) => ({ id: `${offset + k}`, name: 'x' })),
    };
  };
  await assert.rejects(readAllPages(fresh, { section, pageSize: 100, maxItems: 1000 }), (e: unknown) => {
    assert.ok(e instanceof TwinApiError && e.kind === 'list-endless' && e.limit === 1000);
    assert.match(
      inEnglish(() => describeTwinError(e)),
      /“Client tags”: its list went on past 1000 items/,
    );
    return true;
  });
  assert.equal(pages, 11);
});

test('one new item per page for ever stops at the page bound', async () => {
  let pages = 0;
  const trickle = async (offset: number): Promise<unknown> => {
    pages++;
    return { count: offset + 10, items: [{ id: `${offset}`, name: 'x' }] };
  };
  await assert.rejects(
    readAllPages(trickle, { section, pageSize: 100, maxPages: 50 }),
    rejectsWith('list-endless'),
  );
  assert.equal(pages, 50);
});

test('pages that end before the list\'s own count are an error: {"count": 2, "items": []} is not "nothing"', async () => {
  await assert.rejects(
    readAllPages(async () => ({ count: 2, items: [] }), { section, pageSize: 100 }),
    (e: unknown) => {
      assert.ok(e instanceof TwinApiError && e.kind === 'list-incomplete');
      assert.match(
        inEnglish(() => describeTwinError(e)),
        /says it has 2 items, but its pages ended after 0\. Nothing is sent/,
      );
      return true;
    },
  );
});

test('items whose name sits under a field the client does not know: unreadable, naming the fields', () => {
  assert.throws(
    () =>
      readListPage(
        {
          count: 2,
          items: [
            { id: '1', title: 'ФИО' },
            { id: '2', name: 'Город' },
          ],
        },
        section,
      ),
    (e: unknown) => {
      assert.ok(e instanceof TwinApiError && e.kind === 'unreadable-list');
      assert.deepEqual(e.details, { fields: ['id', 'title'], unreadable: 1, total: 2 });
      assert.match(
        inEnglish(() => describeTwinError(e)),
        /^Cannot tell what TWIN holds in “Client tags”: 1 of the 2 listed items has no id and name this client can read \(fields seen: id, title\)\. Nothing is sent/,
      );
      assert.match(
        inRussian(() => describeTwinError(e)),
        /в разделе «Теги клиента»: .*1 из 2 \(встречены поля: id, title\)/,
      );
      return true;
    },
  );
  for (const item of [
    { name: 'no id' },
    { id: '', name: 'blank id' },
    { id: '3', name: '  ' },
    'text',
    null,
    [1],
  ])
    assert.throws(() => readListPage({ items: [item] }, section), /Cannot tell/, JSON.stringify(item));
});

test('an envelope the client does not know is unreadable; the fields shown are bounded and printable', () => {
  for (const page of [{ data: [] }, { count: '2', items: [] }, [{ id: '1', name: 'a' }], 'ok', null])
    assert.throws(() => readListPage(page, section), rejectsWith('unreadable-list'), JSON.stringify(page));
  const many: Record<string, number> = {};
  for (let k = 0; k < 30; k++) many[`field${k}`] = k;
  many['x'.repeat(500)] = 1;
  many['bell\u0007'] = 1;
  try {
    readListPage({ items: [{ id: '1', ...many }] }, section);
    assert.fail('unreadable');
  } catch (e) {
    assert.ok(e instanceof TwinApiError);
    const fields = (e.details as { fields: string[] }).fields;
    assert.equal(fields.length, 13, '12 fields and an ellipsis');
    assert.equal(fields.at(-1), '…');
    const text = inEnglish(() => describeTwinError(e));
    assert.ok(text.length < 1000, 'the message stays short');
    assert.ok(!text.includes('\u0007'), 'no control character');
  }
});

test('the shapes twin-api.md documents or assumes are read: name or tag, string or numeric ids, count optional', () => {
  assert.deepEqual(
    readListPage(
      {
        count: 3,
        items: [
          { id: 'a', name: 'Имя' },
          { id: 7, tag: 'vip' },
          { id: 'c', tag: 't', createdAt: 'x' },
        ],
      },
      section,
    ),
    {
      count: 3,
      items: [
        { id: 'a', name: 'Имя' },
        { id: '7', name: 'vip' },
        { id: 'c', name: 't' },
      ],
    },
  );
  assert.deepEqual(readListPage({ items: [] }, section), { count: undefined, items: [] });
});

test('a 403 names the section and says how to get a new token, in both languages', () => {
  const e = new TwinApiError({
    kind: 'forbidden',
    status: 403,
    serverError: 'Forbidden.',
    section: 'sessionTags',
  });
  assert.equal(
    inEnglish(() => describeTwinError(e)),
    'TWIN denied access to “Session tags” (403: Forbidden.). The token may have expired, or it may lack the rights for this section. Get a new token in the TWIN cabinet (Помощь – API), or sign in again, and set it.',
  );
  assert.match(
    inRussian(() => describeTwinError(e)),
    /^TWIN запретил доступ к разделу «Теги сессии» \(403: Forbidden\.\)\. Возможно, срок действия токена истёк/,
  );
  assert.match(
    inEnglish(() => describeTwinError({ kind: 'forbidden', status: 403 })),
    /^TWIN denied access \(403\)\. The token may/,
  );
});
