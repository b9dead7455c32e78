// `twin pull [--api URL] [--out FILE]`: a manifest of what the platform has (stdout without --out).
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fetchRemote, remoteNames } from '../../../core/src/twin';
import { manifestTextFromNames } from '../../../core/src/manifest/fromNames';
import { t, type Locale } from '../../../core/src/i18n/locale';
import { UsageError, parseArgs } from '../commandArgs';
import type { CliCommand } from '../io';
import { withSyncErrors } from '../syncErrors';
import { openSession } from '../syncSession';
import { syncMessages as m } from '../syncMessages';

/** Runs `twin pull`. */
export const run: CliCommand = withSyncErrors(async (args, io) => {
  const parsed = parseArgs(args, { values: ['--api', '--iam', '--out'], switches: [] }, io.locale);
  if (parsed.positional.length > 0)
    throw new UsageError(t(io.locale, m.unknownOption, parsed.positional[0] ?? ''));
  const session = await openSession(parsed, io);
  const remote = await fetchRemote(session.client);
  if (remote === 'cannot-list') {
    io.stderr(`twin: ${t(io.locale, m.cannotList)}\n`);
    return 1;
  }
  const text = manifestTextFromNames(remoteNames(remote), t(io.locale, m.pulledHeader, session.baseUrl));
  const out = parsed.values.get('--out');
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  const abs = path.resolve(io.cwd, out);
  // Written beside the target and renamed over it, so a reader never sees half a manifest.
  const tmp = `${abs}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.writeFile(tmp, text, 'utf8');
    await fs.rename(tmp, abs);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new UsageError(t(io.locale, m.cannotWrite, abs, whyNotWritten(e, io.locale)));
  }
  const s = remote.sections;
  io.stdout(
    t(io.locale, m.pulledTo, out, s.attributes.length, s.clientTags.length, s.sessionTags.length) + '\n',
  );
  return 0;
});

/** A failed write's reason in words for the common cases, its error code otherwise. */
function whyNotWritten(e: unknown, locale: Locale): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return t(locale, m.writeIsFolder);
  if (code === 'ENOENT' || code === 'ENOTDIR') return t(locale, m.writeNoFolder);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t(locale, m.writeDenied, code);
  return code ?? (e as Error).message;
}
