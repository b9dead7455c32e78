// The body limit and the per-request deadline: a huge or endless answer is cut off while it streams
// (never buffered first), and a server that keeps dripping bytes still meets one total deadline.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { describeTwinError } from '../../../core/src/twin';
import { readBoundedBody } from '../../../core/src/twin/boundedBody';
import { MAX_BODY_BYTES } from '../../../core/src/twin/bounds';
import { exchange } from '../../../core/src/twin/http';
import { inEnglish, inRussian } from '../client/helpers';

/** A stream that never ends, counting what was pulled from it. */
function endless(chunk: Buffer): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const stream = new Readable({
    read() {
      pulled += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

test('a body within the limit is read whole, byte for byte', async () => {
  const body = await readBoundedBody(Readable.from([Buffer.from('{"items":'), Buffer.from('[]}')]), 12);
  assert.ok(Buffer.isBuffer(body));
  assert.equal(body.toString('utf8'), '{"items":[]}');
});

test('an endless body stops just past the limit, and the stream is destroyed', async () => {
  const { stream, pulled } = endless(Buffer.alloc(64 * 1024, 'x'));
  assert.equal(await readBoundedBody(stream, 1024 * 1024), 'too-large');
  assert.ok(stream.destroyed, 'the stream is closed, not left flowing');
  // Pulled at most the limit, one chunk past it and what the stream buffered ahead (its highWaterMark).
  assert.ok(pulled() < 1024 * 1024 + 64 * 1024 * 4, `pulled ${pulled()} bytes`);
});

test('the default limit is a few MiB: far above any profile, far below what exhausts memory', () => {
  assert.equal(MAX_BODY_BYTES, 8 * 1024 * 1024);
});

/** A local server for one test, closed afterwards. */
async function withServer(
  handler: http.RequestListener,
  run: (url: string, closed: Promise<void>) => Promise<void>,
): Promise<void> {
  let onClose: () => void = () => {};
  const closed = new Promise<void>((r) => (onClose = r));
  const server = http.createServer((req, res) => {
    res.on('close', onClose);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/clients/tags`, closed);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
}

test('exchange: an answer past maxBodyBytes is "too-large", naming the host and the limit; the connection closes', async () => {
  const chunk = Buffer.alloc(64 * 1024, ' ');
  await withServer(
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items":[');
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    async (url, closed) => {
      const result = await exchange({
        method: 'GET',
        url,
        token: 't',
        timeoutMs: 10_000,
        maxBodyBytes: 512 * 1024,
      });
      assert.equal(result.kind, 'lost');
      if (result.kind !== 'lost') return;
      assert.equal(result.error.kind, 'too-large');
      assert.equal(result.error.limit, 512 * 1024);
      assert.match(result.error.host ?? '', /^127\.0\.0\.1:\d+$/);
      await closed; // the server saw the client hang up instead of streaming on forever
      assert.match(
        inEnglish(() => describeTwinError(result.error)),
        /TWIN \(127\.0\.0\.1:\d+\) sent an answer larger than 0\.5 MiB/,
      );
      assert.match(
        inRussian(() => describeTwinError(result.error)),
        /прислал ответ больше 0,5 МиБ/,
      );
    },
  );
});

test('exchange: a server that drips a byte every 20 ms (never idle) still meets the one deadline', async () => {
  await withServer(
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const drip = setInterval(() => (res.destroyed ? clearInterval(drip) : res.write(' ')), 20);
      res.on('close', () => clearInterval(drip));
    },
    async (url) => {
      const result = await exchange({ method: 'GET', url, token: 't', timeoutMs: 300 });
      assert.equal(result.kind, 'lost');
      if (result.kind !== 'lost') return;
      assert.equal(result.error.kind, 'timeout');
      assert.equal(result.error.limit, 300);
      assert.match(
        inEnglish(() => describeTwinError(result.error)),
        /TWIN \(127\.0\.0\.1:\d+\) did not send its whole answer within 0\.3 s/,
      );
      assert.match(
        inRussian(() => describeTwinError(result.error)),
        /не прислал ответ целиком за 0,3 с/,
      );
    },
  );
});
