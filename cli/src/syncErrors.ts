// Turns the sync commands' expected failures into one clear line in the user's language (a stack
// trace only with --debug). Unexpected errors go on to cli.ts's own handler.
import { describeTwinError, LockFileError, TwinApiError } from '../../core/src/twin';
import { t } from '../../core/src/l10n';
import { UsageError } from './commandArgs';
import type { CliCommand } from './io';

/** Wraps a command so TwinApiError, LockFileError and UsageError print as one line and exit 1. */
export function withSyncErrors(command: CliCommand): CliCommand {
  return async (args, io) => {
    try {
      return await command(args, io);
    } catch (e) {
      let line: string;
      if (e instanceof TwinApiError) line = describeTwinError(e);
      else if (e instanceof LockFileError)
        line = t('The lock file {0} cannot be read: {1}', e.lockPath, e.reason);
      else if (e instanceof UsageError) line = e.message;
      else throw e;
      io.stderr(`twin: ${line}\n`);
      if (io.debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
      return 1;
    }
  };
}
