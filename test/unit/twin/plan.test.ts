import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyManifest, type Manifest } from '../../../core/src/manifest/model';
import { planSync, type RemoteState } from '../../../core/src/twin';

function manifest(attributes: string[], clientTags: string[] = [], sessionTags: string[] = []): Manifest {
  const m = emptyManifest();
  m.sections.attributes = attributes.map((name) => ({ name }));
  m.sections.clientTags = clientTags.map((name) => ({ name }));
  m.sections.sessionTags = sessionTags.map((name) => ({ name }));
  return m;
}

function remote(attributes: Array<[string, string]>, clientTags: Array<[string, string]> = []): RemoteState {
  return {
    sections: {
      attributes: attributes.map(([name, id]) => ({ name, id })),
      clientTags: clientTags.map(([name, id]) => ({ name, id })),
      sessionTags: [],
    },
  };
}

test('items in the file but not on the platform are created; those on both are existing with the remote id', () => {
  const plan = planSync(manifest(['Город', 'Имя клиента']), remote([['Город', 'id-1']]), {});
  assert.deepEqual(plan.sections.attributes.create, [{ name: 'Имя клиента' }]);
  assert.deepEqual(plan.sections.attributes.existing, [{ name: 'Город', id: 'id-1', source: 'remote' }]);
  assert.equal(plan.listed, true);
});

test('a name on the platform in another capitalisation is existing, not created again (TEAM / Team)', () => {
  const plan = planSync(
    manifest(['Team', 'Hobby']),
    remote([
      ['TEAM', 'a'],
      ['hobby', 'b'],
    ]),
    {},
  );
  assert.deepEqual(plan.sections.attributes.create, []);
  assert.deepEqual(
    plan.sections.attributes.existing.map((e) => e.id),
    ['a', 'b'],
  );
});

test('names match by normalised identity: case, spacing, ё and Latin look-alikes', () => {
  const plan = planSync(
    manifest(['  ВИП  клиент', 'ёлка']),
    remote([
      ['BИП Клиент', 'a'],
      ['Елка', 'b'],
    ]),
    {},
  );
  assert.equal(plan.sections.attributes.create.length, 0);
  assert.deepEqual(
    plan.sections.attributes.existing.map((e) => e.id),
    ['a', 'b'],
  );
});

test('items only on the platform are reported as remoteOnly, sorted, and never planned for anything else', () => {
  const plan = planSync(
    manifest([], ['vip']),
    remote(
      [
        ['zeta', '1'],
        ['alpha', '2'],
      ],
      [['vip', '3']],
    ),
    {},
  );
  assert.deepEqual(
    plan.sections.attributes.remoteOnly.map((e) => e.name),
    ['alpha', 'zeta'],
  );
  assert.equal(plan.sections.clientTags.remoteOnly.length, 0);
  assert.equal(plan.sections.clientTags.existing.length, 1);
});

test('sections are independent: the same name in two sections is planned in each', () => {
  const plan = planSync(manifest(['vip'], ['vip'], ['vip']), remote([['vip', '1']]), {});
  assert.equal(plan.sections.attributes.create.length, 0);
  assert.equal(plan.sections.clientTags.create.length, 1);
  assert.equal(plan.sections.sessionTags.create.length, 1);
});

test('a name written twice in the file is planned once', () => {
  const plan = planSync(manifest(['vip', 'VIP']), 'cannot-list', {});
  assert.deepEqual(plan.sections.attributes.create, [{ name: 'vip' }]);
});

test('when the server cannot list, the lock file decides: recorded names exist, others are created', () => {
  const plan = planSync(manifest(['a', 'b']), 'cannot-list', { attributes: { A: 'id-a' } });
  assert.equal(plan.listed, false);
  assert.deepEqual(plan.sections.attributes.existing, [{ name: 'a', id: 'id-a', source: 'lock' }]);
  assert.deepEqual(plan.sections.attributes.create, [{ name: 'b' }]);
  assert.equal(plan.sections.attributes.remoteOnly.length, 0);
});

test('an item an earlier push could not confirm is uncertain, not created again, when the server cannot list', () => {
  const plan = planSync(manifest(['a']), 'cannot-list', { attributes: { a: null } });
  assert.deepEqual(plan.sections.attributes.uncertain, [{ name: 'a' }]);
  assert.equal(plan.sections.attributes.create.length, 0);
});

test('when the server lists, its list wins over the lock file (an item deleted there is created again)', () => {
  const plan = planSync(manifest(['a', 'b']), remote([['b', 'new-b']]), {
    attributes: { a: 'old-a', b: 'old-b' },
  });
  assert.deepEqual(plan.sections.attributes.create, [{ name: 'a' }]);
  assert.deepEqual(plan.sections.attributes.existing, [{ name: 'b', id: 'new-b', source: 'remote' }]);
});

test('remoteOnly is in code-point order, the same on every machine whatever its locale', () => {
  const names = ['zeta', 'Яблоко', 'ärger', 'beta', 'Ёлка', 'Alpha', 'émile'];
  const plan = planSync(
    manifest([], []),
    remote(
      names.map((n, i): [string, string] => [n, String(i)]),
      [],
    ),
    {},
  );
  assert.deepEqual(
    plan.sections.attributes.remoteOnly.map((e) => e.name),
    ['Alpha', 'beta', 'zeta', 'ärger', 'émile', 'Ёлка', 'Яблоко'],
  );
});
