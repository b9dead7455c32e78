import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeJwt, tokenSecondsLeft } from '../../../core/src/twin';

function jwt(payload: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;
}

test('exp, iat and the company claim are read without checking the signature', () => {
  const claims = decodeJwt(jwt({ exp: 2000000000, iat: 1900000000, companyId: 42, name: 'Иван' }));
  assert.equal(claims?.exp, 2000000000);
  assert.equal(claims?.iat, 1900000000);
  assert.equal(claims?.companyId, '42');
  assert.equal(claims?.raw.name, 'Иван');
});

test('the company claim is found under its other spellings', () => {
  assert.equal(decodeJwt(jwt({ company_id: 'c-7' }))?.companyId, 'c-7');
  assert.equal(decodeJwt(jwt({ cid: 3 }))?.companyId, '3');
  assert.equal(decodeJwt(jwt({ sub: 'x' }))?.companyId, undefined);
});

test('text that is not a JWT gives undefined', () => {
  for (const s of [
    '',
    'abc',
    'a.b',
    'a.b.c.d',
    'x.%%%.y',
    `${'eyJ'}.${Buffer.from('[1]').toString('base64url')}.s`,
  ])
    assert.equal(decodeJwt(s), undefined, s);
});

test('seconds left counts down to zero and below at exp', () => {
  const token = jwt({ exp: 1000 });
  assert.equal(tokenSecondsLeft(token, 900_000), 100);
  assert.ok((tokenSecondsLeft(token, 1_000_000) ?? 1) <= 0);
  assert.equal(tokenSecondsLeft(jwt({})), undefined);
});
