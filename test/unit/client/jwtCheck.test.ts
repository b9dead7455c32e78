import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkToken, cleanTokenInput, isUsable } from '../../../core/src/twin/tokenRule';
import { tokenRefusal, tokenStateLabel, tokenWarning } from '../../../client/src/token/tokenMessages';
import { en, makeJwt, ru, russianBundle } from './helpers';
import { configureL10n } from '../../../core/src/l10n';

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
    assert.match(tokenRefusal(check, en) ?? '', /expired on 2026-11-27 11:59 UTC/);
    assert.match(tokenRefusal(check, ru) ?? '', /Срок этого токена истёк 2026-11-27 11:59 UTC/);
  });

  test('a token that expires within a day is accepted with a warning in hours', () => {
    const check = checkToken(makeJwt({ exp: inSeconds(5 * 3600 + 10) }), now);
    assert.equal(check.kind, 'expiresSoon');
    assert.ok(isUsable(check));
    assert.equal(tokenRefusal(check, en), undefined);
    assert.match(tokenWarning(check, en) ?? '', /expires in 5 h/);
    assert.match(tokenWarning(check, ru) ?? '', /истекает через 5 ч/);
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
    assert.match(tokenRefusal(checkToken('x.y', now), en) ?? '', /three parts/);
    assert.match(tokenRefusal(checkToken('x.y', now), ru) ?? '', /три части/);
  });
});

describe('tokenStateLabel', () => {
  test('says none / days left / expired, in English and Russian', () => {
    const week = checkToken(makeJwt({ exp: inSeconds(6 * 86400 + 100) }), now);
    const oneDay = checkToken(makeJwt({ exp: inSeconds(86400 + 100) }), now);
    const expired = checkToken(makeJwt({ exp: inSeconds(-1) }), now);
    assert.equal(tokenStateLabel(undefined, en), 'no token');
    assert.equal(tokenStateLabel(week, en), 'token valid for 6 days');
    assert.equal(tokenStateLabel(oneDay, en), 'token valid for 1 day');
    assert.equal(tokenStateLabel(expired, en), 'token expired');
    configureL10n('ru', russianBundle());
    try {
      assert.equal(tokenStateLabel(undefined, ru), 'нет токена');
      assert.equal(tokenStateLabel(week, ru), 'токен действует ещё 6 дней');
      assert.equal(tokenStateLabel(oneDay, ru), 'токен действует ещё 1 день');
      assert.equal(tokenStateLabel(expired, ru), 'срок токена истёк');
    } finally {
      configureL10n('en', undefined);
    }
  });
});
