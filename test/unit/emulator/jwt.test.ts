import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeJwt } from '../../../core/src/twin';
import { signJwt, verifyJwt } from '../../../emulator/src/jwt';

const claims = { sub: 'u', companyId: '5', iat: 1, exp: 2_000_000_000, jti: 3 };

test("the emulator's tokens verify with its secret and decode with the client's decoder", () => {
  const token = signJwt(claims, 'secret');
  assert.deepEqual(verifyJwt(token, 'secret'), claims);
  assert.equal(decodeJwt(token)?.companyId, '5');
  assert.equal(decodeJwt(token)?.exp, 2_000_000_000);
});

test('another secret, a changed payload or junk do not verify', () => {
  const token = signJwt(claims, 'secret');
  assert.equal(verifyJwt(token, 'other'), undefined);
  const [h, , s] = token.split('.');
  const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, companyId: '6' })).toString('base64url')}.${s}`;
  assert.equal(verifyJwt(forged, 'secret'), undefined);
  assert.equal(verifyJwt('a.b', 'secret'), undefined);
});
