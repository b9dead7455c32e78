// Reads a response body up to a byte limit, counting while it streams: past the limit the stream is
// destroyed (the connection closes) and nothing more is held, so a huge or endless answer costs at
// most `limit` bytes of memory.

/** The body's bytes, or 'too-large' once more than `limit` bytes arrived. Rejects when the stream fails. */
export async function readBoundedBody(
  body: NodeJS.ReadableStream,
  limit: number,
): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > limit) {
      (body as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return 'too-large';
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
