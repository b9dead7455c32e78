// List answers of a server that cannot be trusted (the `listAnswer` switch): what a proxy, a captive
// portal or a buggy TWIN might send. The client must end each by itself, never read one as "nothing
// exists", and never hold an endless answer in memory.
import type { ServerResponse } from 'node:http';
import type { RequestLogEntry } from './context';
import type { StoredItem } from './store';
import type { ListAnswer } from './switches';

/** Everything a hostile list answer needs. */
export interface HostileList {
  answer: Exclude<ListAnswer, 'normal'>;
  /** What the store holds for this section. */
  all: StoredItem[];
  field: 'name' | 'tag';
  offset: number;
  limit: number;
  hugeListBytes: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Answers one list request the hostile way. */
export function answerHostileList(res: ServerResponse, entry: RequestLogEntry, list: HostileList): void {
  entry.status = 200;
  const { all, field, offset, limit } = list;
  const item = (i: StoredItem) => ({ id: i.id, [field]: i.name });
  switch (list.answer) {
    case 'html':
      return end(
        res,
        'text/html; charset=utf-8',
        '<!doctype html><html><head><title>Sign in to Wi-Fi</title></head><body><form>Accept the terms</form></body></html>',
      );
    case 'unreadable':
      // The names under a field the client does not know: it must not read this as "TWIN has nothing".
      return end(
        res,
        JSON_TYPE,
        JSON.stringify({
          count: all.length,
          items: all.slice(offset, offset + limit).map((i) => ({ id: i.id, title: i.name })),
        }),
      );
    case 'repeating':
      // `offset` ignored: the first page every time, and a count that always promises one more page.
      return end(
        res,
        JSON_TYPE,
        JSON.stringify({
          count: Math.max(all.length, offset + limit + 1),
          items: all.slice(0, limit).map(item),
        }),
      );
    case 'endless': {
      // A fresh full page at every offset, and a count that keeps running ahead.
      const items = Array.from({ length: limit }, (_, k) => ({
        id: `endless-${offset + k}`,
        [field]: `endless ${offset + k}`,
      }));
      return end(res, JSON_TYPE, JSON.stringify({ count: offset + 2 * limit, items }));
    }
    case 'huge':
      return streamHuge(res, list.hugeListBytes, field);
  }
}

function end(res: ServerResponse, type: string, text: string): void {
  res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Valid JSON of about `bytes` bytes, written chunk by chunk as the socket drains (the emulator runs in
 * the tests' own process: it must not hold 50 MB either), stopped when the client hangs up.
 */
function streamHuge(res: ServerResponse, bytes: number, field: 'name' | 'tag'): void {
  res.writeHead(200, { 'content-type': JSON_TYPE });
  const pad = 'x'.repeat(200);
  let sent = 0;
  let n = 0;
  const chunk = (): string => {
    const parts: string[] = [];
    for (let k = 0; k < 256; k++, n++)
      parts.push(`${n === 0 ? '' : ','}${JSON.stringify({ id: `huge-${n}`, [field]: `huge ${n} ${pad}` })}`);
    return parts.join('');
  };
  const pump = (): void => {
    while (!res.destroyed && sent < bytes) {
      const text = sent === 0 ? `{"count":1000000,"items":[${chunk()}` : chunk();
      sent += Buffer.byteLength(text);
      if (!res.write(text)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end(']}');
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}
