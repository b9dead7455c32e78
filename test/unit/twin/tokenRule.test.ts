// The token rule's edges: what the extension refuses to store, the CLI refuses to send (both call it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkToken, isUsable } from '../../../core/src/twin/tokenRule';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const SIG = 'c2lnbmF0dXJl';
const token = (claims: unknown, header: unknown = { alg: 'HS256', typ: 'JWT' }) =>
  `${part(header)}.${part(claims)}.${SIG}`;
const inSeconds = (s: number) => Math.floor(NOW / 1000) + s;
const malformed = (reason: string) => ({ kind: 'malformed', reason });

test('anything but three non-empty dot-separated parts is refused as "parts"', () => {
  const good = token({ exp: inSeconds(3600) });
  for (const raw of ['abc', 'a.b', `${good}.d`, 'a..c', '.b.c', 'a.b.', '..'])
    assert.deepEqual(checkToken(raw, NOW), malformed('parts'), raw);
});

test('a part that is not base64url, or a header that is not a JSON object, is refused as "encoding"', () => {
  const body = part({ exp: inSeconds(3600) });
  for (const raw of [
    `${part({ alg: 'HS256' })}.${body}.si+g/=`,
    `ab$.${body}.${SIG}`,
    `${part({ alg: 'HS256' }).slice(0, -1)}!.${body}.${SIG}`,
    `bm90IGpzb24.${body}.${SIG}`,
    `${part(['HS256'])}.${body}.${SIG}`,
    `${part(null)}.${body}.${SIG}`,
  ])
    assert.deepEqual(checkToken(raw, NOW), malformed('encoding'), raw);
});

test('an unsigned token (alg none or no alg) or one typed other than JWT is refused as "header"', () => {
  const claims = { exp: inSeconds(7 * 86400) };
  for (const header of [
    { alg: 'none', typ: 'JWT' },
    { alg: 'None' },
    { typ: 'JWT' },
    { alg: '' },
    { alg: 256 },
    { alg: 'HS256', typ: 'JWE' },
    { alg: 'HS256', typ: 7 },
  ])
    assert.deepEqual(checkToken(token(claims, header), NOW), malformed('header'), JSON.stringify(header));
  assert.equal(checkToken(token(claims, { alg: 'RS256' }), NOW).kind, 'valid', 'typ may be left out');
  assert.equal(
    checkToken(token(claims, { alg: 'HS256', typ: 'jwt' }), NOW).kind,
    'valid',
    'typ is case-blind',
  );
});

test('a payload that is not JSON claims, or an exp that is not a finite number, is refused as "payload"', () => {
  for (const raw of [
    `${part({ alg: 'HS256' })}.bm90IGpzb24.${SIG}`,
    token([1, 2]),
    token('claims'),
    token({ exp: '2000000000' }),
    token({ exp: null }),
    token({ exp: true }),
  ])
    assert.deepEqual(checkToken(raw, NOW), malformed('payload'), raw);
});

test('exp decides: expired at and before it, a warning within a day, whole days after that', () => {
  assert.equal(checkToken(token({ exp: inSeconds(0) }), NOW).kind, 'expired');
  assert.equal(checkToken(token({ exp: inSeconds(-1) }), NOW).kind, 'expired');
  assert.equal(checkToken(token({ exp: 0 }), NOW).kind, 'expired');
  assert.deepEqual(checkToken(token({ exp: inSeconds(60) }), NOW), {
    kind: 'expiresSoon',
    expiresAt: new Date(inSeconds(60) * 1000),
    hoursLeft: 1,
  });
  const week = checkToken(token({ exp: inSeconds(7 * 86400 + 5) }), NOW);
  assert.equal(week.kind === 'valid' && week.daysLeft, 7);
  assert.ok(isUsable(week));
});

test('a missing exp is usable with an unknown expiry; an expired or malformed token is not', () => {
  assert.deepEqual(checkToken(token({ sub: '1' }), NOW), { kind: 'noExpiry' });
  assert.ok(isUsable({ kind: 'noExpiry' }));
  assert.equal(isUsable(checkToken(token({ exp: inSeconds(-5) }), NOW)), false);
  assert.equal(isUsable(checkToken('x.y.z', NOW)), false);
  assert.equal(isUsable(checkToken('  ', NOW)), false);
});
