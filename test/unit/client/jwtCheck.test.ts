import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkToken, cleanTokenInput, isUsable } from '../../../core/src/twin/tokenRule';
import { tokenRefusal, tokenStateLabel, tokenWarning } from '../../../client/src/token/tokenMessages';
import { inEnglish, inRussian, makeJwt } from './helpers';

const now = Date.UTC(2026, 10, 27, 12, 0, 0);
const inSeconds = (s: number) => Math.floor(now / 1000) + s;

describe('checkToken', () => {
  test('a token valid for a week is valid with its whole days left', () => {
    const check = checkToken(makeJwt({ exp: inSeconds(7 * 86400 + 60) }), now);
    assert.equal(check.kind, 'valid');
    assert.equal(check.kind === 'valid' && check.daysLeft, 7);
    assert.ok(isUsable(check));
  });

  test('an expired token is refused, saying when it expired', () => {
    const check = checkToken(makeJwt({ exp: inSeconds(-60) }), now);
    assert.equal(check.kind, 'expired');
    assert.equal(isUsable(check), false);
    assert.match(inEnglish(() => tokenRefusal(check)) ?? '', /expired on 2026-11-27 11:59 UTC/);
    assert.match(inRussian(() => tokenRefusal(check)) ?? '', /Срок этого токена истёк 2026-11-27 11:59 UTC/);
  });

  test('a token that expires within a day is accepted with a warning in hours', () => {
    const check = checkToken(makeJwt({ exp: inSeconds(5 * 3600 + 10) }), now);
    assert.equal(check.kind, 'expiresSoon');
    assert.ok(isUsable(check));
    assert.equal(
      inEnglish(() => tokenRefusal(check)),
      undefined,
    );
    assert.match(inEnglish(() => tokenWarning(check)) ?? '', /expires in 5 h/);
    assert.match(inRussian(() => tokenWarning(check)) ?? '', /истекает через 5 ч/);
  });

  test('exactly at exp the token counts as expired', () => {
    assert.equal(checkToken(makeJwt({ exp: inSeconds(0) }), now).kind, 'expired');
  });

  test('a JWT without exp is usable with an unknown expiry', () => {
    const check = checkToken(makeJwt({ sub: '1' }), now);
    assert.equal(check.kind, 'noExpiry');
    assert.ok(isUsable(check));
  });

  test('pasted blanks and a Bearer prefix are ignored', () => {
    const token = makeJwt({ exp: inSeconds(3 * 86400) });
    assert.equal(cleanTokenInput(`  Bearer ${token}\n`), token);
    assert.equal(checkToken(`Bearer ${token}`, now).kind, 'valid');
  });

  test('text that is not a JWT is refused with the reason', () => {
    assert.equal(checkToken('', now).kind, 'empty');
    assert.deepEqual(checkToken('not-a-token', now), { kind: 'malformed', reason: 'parts' });
    assert.deepEqual(checkToken('a..c', now), { kind: 'malformed', reason: 'parts' });
    assert.deepEqual(checkToken('ab$.cd.ef', now), { kind: 'malformed', reason: 'encoding' });
    const badPayload = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.bm90IGpzb24.c2ln`;
    assert.deepEqual(checkToken(badPayload, now), { kind: 'malformed', reason: 'payload' });
    const stringExp = makeJwt({ exp: 'tomorrow' });
    assert.deepEqual(checkToken(stringExp, now), { kind: 'malformed', reason: 'payload' });
    assert.match(inEnglish(() => tokenRefusal(checkToken('x.y', now))) ?? '', /three parts/);
    assert.match(inRussian(() => tokenRefusal(checkToken('x.y', now))) ?? '', /три части/);
  });
});

describe('tokenStateLabel', () => {
  test('says none / days left / expired, in English and Russian', () => {
    const week = checkToken(makeJwt({ exp: inSeconds(6 * 86400 + 100) }), now);
    const oneDay = checkToken(makeJwt({ exp: inSeconds(86400 + 100) }), now);
    const expired = checkToken(makeJwt({ exp: inSeconds(-1) }), now);
    assert.equal(
      inEnglish(() => tokenStateLabel(undefined)),
      'no token',
    );
    assert.equal(
      inEnglish(() => tokenStateLabel(week)),
      'token valid for 6 days',
    );
    assert.equal(
      inEnglish(() => tokenStateLabel(oneDay)),
      'token valid for 1 day',
    );
    assert.equal(
      inEnglish(() => tokenStateLabel(expired)),
      'token expired',
    );
    assert.equal(
      inRussian(() => tokenStateLabel(undefined)),
      'нет токена',
    );
    assert.equal(
      inRussian(() => tokenStateLabel(week)),
      'токен действует ещё 6 дней',
    );
    assert.equal(
      inRussian(() => tokenStateLabel(oneDay)),
      'токен действует ещё 1 день',
    );
    assert.equal(
      inRussian(() => tokenStateLabel(expired)),
      'срок токена истёк',
    );
  });
});
