// `twin validate … | head -3`: once the reader has what it wants it closes the pipe, and the next write
// fails with EPIPE. Node ignores SIGPIPE, so unhandled that error ended the CLI with a stack trace.
// Here the stream just stops being written to; the command runs to its end and exits with its own
// status. That is deliberate, rather than exiting at once with 141 as a SIGPIPE would: a `push` cut
// off between creating items and writing their ids to the lock file would create them again on the
// next run, and `validate`'s status stays the verdict on the file for a script using `set -o pipefail`.

/** A writer for `stream` (process.stdout or process.stderr) that goes quiet once its reader is gone. */
export function quietOnClosedPipe(
  stream: NodeJS.WritableStream & { destroyed?: boolean },
): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    // A closed reader (EPIPE), or a write that raced the stream's teardown after it.
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') {
      closed = true;
      return;
    }
    throw e;
  });
  return (text) => {
    if (closed || stream.destroyed) return;
    stream.write(text);
  };
}
