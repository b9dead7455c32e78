// `twin pull [--api URL] [--out FILE]`: a manifest of what the platform has (stdout without --out).
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fetchRemote, remoteNames } from '../../../core/src/twin';
import { manifestTextFromNames } from '../../../core/src/manifest/fromNames';
import { t, tn } from '../../../core/src/l10n';
import { UsageError, parseArgs } from '../commandArgs';
import type { CliCommand } from '../io';
import { withSyncErrors } from '../syncErrors';
import { openSession } from '../syncSession';

/** Runs `twin pull`. */
export const run: CliCommand = withSyncErrors(async (args, io) => {
  const parsed = parseArgs(args, { values: ['--api', '--iam', '--out'], switches: [] });
  if (parsed.positional.length > 0)
    throw new UsageError(t('Unknown option "{0}". Run "twin --help".', parsed.positional[0] ?? ''));
  const session = await openSession(parsed, io);
  const remote = await fetchRemote(session.client);
  if (remote === 'cannot-list') {
    io.stderr(
      `twin: ${t('This TWIN server cannot list attributes and tags, so there is nothing to pull.')}\n`,
    );
    return 1;
  }
  const text = manifestTextFromNames(
    remoteNames(remote),
    t('Pulled from {0}: what the platform holds.', session.baseUrl),
  );
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
    throw new UsageError(t('Cannot write {0}: {1}. Nothing was written.', abs, whyNotWritten(e)));
  }
  const s = remote.sections;
  io.stdout(
    t(
      'Wrote {0}: {1}, {2}, {3}.',
      out,
      tn(s.attributes.length, '{0} attribute|{0} attributes'),
      tn(s.clientTags.length, '{0} client tag|{0} client tags'),
      tn(s.sessionTags.length, '{0} session tag|{0} session tags'),
    ) + '\n',
  );
  return 0;
});

/** A failed write's reason in words for the common cases, its error code otherwise. */
function whyNotWritten(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return t('it is a folder');
  if (code === 'ENOENT' || code === 'ENOTDIR') return t('its folder does not exist');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t('no permission ({0})', code);
  return code ?? (e as Error).message;
}
