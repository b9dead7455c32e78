// `twin emulator [--port N] [--data FILE] [--switches JSON]`: runs the TWIN API emulator on 127.0.0.1
// until Ctrl+C, and prints its base URL and a ready token.
import path from 'node:path';
import { DEMO_USER, startEmulator, type EmulatorSwitches } from '../../../emulator/src';
import { t } from '../../../core/src/l10n';
import { UsageError, intFlag, parseArgs } from '../commandArgs';
import type { CliCommand } from '../io';
import { withSyncErrors } from '../syncErrors';

/** Runs `twin emulator`. */
export const run: CliCommand = withSyncErrors(async (args, io) => {
  const parsed = parseArgs(args, { values: ['--port', '--data', '--switches'], switches: [] });
  if (parsed.positional.length > 0)
    throw new UsageError(t('Unknown option "{0}". Run "twin --help".', parsed.positional[0] ?? ''));
  const port = intFlag(parsed, '--port', 0, 0, 65535);
  const data = parsed.values.get('--data');
  let switches: Partial<EmulatorSwitches> | undefined;
  const rawSwitches = parsed.values.get('--switches');
  if (rawSwitches !== undefined) {
    try {
      switches = JSON.parse(rawSwitches) as Partial<EmulatorSwitches>;
    } catch (e) {
      throw new UsageError(t('Invalid --switches: {0}', (e as Error).message));
    }
  }
  let emulator;
  try {
    emulator = await startEmulator({
      port,
      ...(data !== undefined ? { dataFile: path.resolve(io.cwd, data) } : {}),
      ...(switches ? { switches } : {}),
    });
  } catch (e) {
    throw new UsageError(t('Invalid --switches: {0}', (e as Error).message));
  }
  io.stdout(
    t(
      'TWIN emulator listening on {0}\nAdmin endpoint: {1}\nIAM: {3}\n\nSign in as the demo user (emulator only):\n\n  export TWIN_API_URL={0}\n  export TWIN_IAM_URL={3}\n  export TWIN_EMAIL={4}\n  export TWIN_PASSWORD={5}\n\nor with a token valid for 7 days:\n\n  export TWIN_TOKEN={2}\n\nCtrl+C stops it.',
      emulator.baseUrl,
      emulator.adminUrl,
      emulator.issueToken(),
      emulator.iamUrl,
      DEMO_USER.email,
      DEMO_USER.password,
    ) + '\n',
  );
  const running = emulator;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.stdout(t('Emulator stopped.') + '\n');
  return 0;
});
