import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ApplyResult, SyncPlan } from '../../../core/src/twin/types';
import { namesFromPlan, namesFromRemote } from '../../../client/src/remote/remoteNames';

const plan: SyncPlan = {
  listed: true,
  sections: {
    attributes: {
      create: [{ name: 'Город' }],
      existing: [{ name: 'ФИО', id: '1' }],
      remoteOnly: [{ name: 'Архив', id: '2' }],
      uncertain: [],
    },
    clientTags: { create: [{ name: 'ВИП' }], existing: [], remoteOnly: [], uncertain: [] },
    sessionTags: { create: [], existing: [], remoteOnly: [], uncertain: [] },
  },
};

test('after a plan the platform holds existing and remote-only names, not the ones still to create', () => {
  assert.deepEqual(namesFromPlan(plan), { attributes: ['Архив', 'ФИО'], clientTags: [], sessionTags: [] });
});

test('after a push the created and found names are on the platform too', () => {
  const empty = { created: [], found: [], failed: [], uncertain: [], notStarted: [] };
  const result: ApplyResult = {
    cancelled: false,
    complete: false,
    sections: {
      attributes: { ...empty, created: [{ name: 'Город', id: '3' }] },
      clientTags: { ...empty, failed: [{ name: 'ВИП', error: { kind: 'server', status: 500 } }] },
      sessionTags: empty,
    },
  };
  assert.deepEqual(namesFromPlan(plan, result), {
    attributes: ['Архив', 'Город', 'ФИО'],
    clientTags: [],
    sessionTags: [],
  });
});

test('names are in code-point order, as core sorts them, whatever the machine locale', () => {
  const withCase: SyncPlan = {
    listed: true,
    sections: {
      attributes: {
        create: [],
        existing: [
          { name: 'ёлка', id: '1' },
          { name: 'Zeta', id: '2' },
          { name: 'alpha', id: '3' },
        ],
        remoteOnly: [
          { name: 'Яблоко', id: '4' },
          { name: 'ель', id: '5' },
        ],
        uncertain: [],
      },
      clientTags: { create: [], existing: [], remoteOnly: [], uncertain: [] },
      sessionTags: { create: [], existing: [], remoteOnly: [], uncertain: [] },
    },
  };
  // localeCompare would give alpha, Zeta, ель, ёлка, Яблоко: capitals and ё interleaved by locale.
  assert.deepEqual(namesFromPlan(withCase)?.attributes, ['Zeta', 'alpha', 'Яблоко', 'ель', 'ёлка']);
});

test('a server that cannot list gives no names, not a guess from the lock file', () => {
  const unlisted: SyncPlan = { ...plan, listed: false };
  assert.equal(namesFromPlan(unlisted), null);
  const none = { created: [], found: [], failed: [], uncertain: [], notStarted: [] };
  const result: ApplyResult = {
    cancelled: false,
    complete: true,
    sections: {
      attributes: { ...none, created: [{ name: 'Город', id: '3' }] },
      clientTags: { ...none, created: [{ name: 'ВИП', id: '4' }] },
      sessionTags: none,
    },
  };
  assert.equal(namesFromPlan(unlisted, result), null);
});

test('a listing gives every name once, sorted', () => {
  const remote = {
    sections: {
      attributes: [
        { id: '1', name: 'б' },
        { id: '2', name: 'а' },
        { id: '3', name: 'б' },
      ],
      clientTags: [],
      sessionTags: [],
    },
  };
  assert.deepEqual(namesFromRemote(remote).attributes, ['а', 'б']);
});
