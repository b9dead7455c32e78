import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTokenTarget, isLoopbackHost, sameOrigin, TwinApiError } from '../../../core/src/twin';
import { errorFromAnswer } from '../../../core/src/twin/http';

const kindOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof TwinApiError ? e.kind : 'other';
  }
};

test('https anywhere and http to this machine may carry the token', () => {
  for (const url of [
    'https://chat-api.twin24.ai/api/v1',
    'http://127.0.0.1:8080/api/v1',
    'http://localhost/api',
    'http://[::1]:9/x',
  ])
    assert.equal(
      kindOf(() => checkTokenTarget(url)),
      undefined,
      url,
    );
});

test('plain http to any other host is refused as insecure', () => {
  for (const url of ['http://chat-api.twin24.ai/api/v1', 'http://10.0.0.5/api', 'http://127.0.0.1.evil.com/'])
    assert.equal(
      kindOf(() => checkTokenTarget(url)),
      'insecure-url',
      url,
    );
});

test('credentials in the URL, other schemes and junk are refused as bad URLs', () => {
  for (const url of ['https://user:pw@x.com/', 'ftp://x.com/', 'not a url'])
    assert.equal(
      kindOf(() => checkTokenTarget(url)),
      'bad-url',
      url,
    );
});

test('loopback detection and same-origin comparison', () => {
  assert.ok(isLoopbackHost('127.5.6.7'));
  assert.ok(!isLoopbackHost('128.0.0.1'));
  assert.ok(sameOrigin('https://a.com/x', 'https://a.com:443/y'));
  assert.ok(!sameOrigin('https://a.com/x', 'https://a.com:8443/x'));
  assert.ok(!sameOrigin('https://a.com/', 'http://a.com/'));
});

test('a 401 saying "Token is expired." is its own kind; other 401s are unauthorized', () => {
  assert.equal(errorFromAnswer(401, { error: 'Token is expired.' }, '').kind, 'token-expired');
  assert.equal(errorFromAnswer(401, { error: 'Invalid token.' }, '').kind, 'unauthorized');
});

test("errors carry the body's error and details; a text body becomes the error text", () => {
  const e = errorFromAnswer(422, { error: 'Validation failed.', details: { name: ['blank'] } }, '');
  assert.equal(e.kind, 'rejected');
  assert.equal(e.serverError, 'Validation failed.');
  assert.deepEqual(e.details, { name: ['blank'] });
  assert.match(e.message, /Validation failed\. .*blank/);
  assert.equal(
    errorFromAnswer(502, undefined, '<html>Bad gateway</html>').serverError,
    '<html>Bad gateway</html>',
  );
  assert.equal(errorFromAnswer(405, {}, '').kind, 'not-supported');
});
