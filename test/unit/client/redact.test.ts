import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../client/src/redact';
import { makeJwt } from './helpers';

test('log lines never show a token or a Bearer header', () => {
  const token = makeJwt({ exp: 2_000_000_000, companyId: 42 });
  const line = redactSecrets(`request failed with Authorization: Bearer ${token} and ${token}`);
  assert.ok(!line.includes(token));
  assert.equal(line, 'request failed with Authorization: Bearer *** and ***');
  assert.equal(
    redactSecrets('plan company.twin.yaml against https://chat-api.twin24.ai/api/v1'),
    'plan company.twin.yaml against https://chat-api.twin24.ai/api/v1',
  );
});
