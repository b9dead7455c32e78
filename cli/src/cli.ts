// `twin <command> …`: picks the sub-command, sets up the terminal I/O and the language, and turns any
// unexpected error into one clear line (a stack trace only with --debug).
import readline from 'node:readline';
import { localeFromEnv, t } from '../../core/src/l10n';
import { configureBundledL10n } from '../../core/src/l10n/bundled';
import type { CliCommand, CliIO } from './io';
import { quietOnClosedPipe } from './closedPipe';
import { commands } from './commands';
import { cliVersion } from './version';

const writeStdout = quietOnClosedPipe(process.stdout);
const writeStderr = quietOnClosedPipe(process.stderr);

function createIO(debug: boolean): CliIO {
  const env = process.env;
  return {
    stdout: writeStdout,
    stderr: writeStderr,
    env,
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    confirm: (question) =>
      new Promise((resolve) => {
        const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
        let answered = false;
        // Ctrl+D (end of input) and Ctrl+C close the prompt without an answer: that is a no. Left
        // unhandled, the question's callback never ran, nothing was left to wait for and Node exited 0
        // without a word, which reads as success in a script.
        const refuse = (): void => {
          if (answered) return;
          answered = true;
          writeStdout('\n');
          rl.close();
          resolve(false);
        };
        rl.on('close', refuse);
        rl.on('SIGINT', refuse);
        rl.question(`${question} `, (answer) => {
          answered = true;
          rl.close();
          resolve(/^(y|yes|д|да)$/i.test(answer.trim()));
        });
      }),
    cwd: process.cwd(),
    debug,
  };
}

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const io = createIO(debug);
  // One display language for the whole run, from the locale the command line runs in.
  configureBundledL10n(localeFromEnv(io.env));
  const [name, ...rest] = args;
  if (name === '--version') {
    io.stdout(cliVersion + '\n');
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(
      t(
        'Usage: twin <command> [options]\n\nCommands:\n  validate FILE...                 check manifests (--format text|json|github|sarif)\n  plan FILE                        show what a push would do (--api URL, --format json|markdown)\n  push FILE                        create what is missing on TWIN (--api URL, --yes, --concurrency N,\n                                   --format markdown)\n  pull                             write a manifest of what TWIN has (--api URL, --out FILE)\n  whoami                           who the credentials sign in as, the company, the token expiry\n  emulator                         run the local TWIN API emulator (--port N, --data FILE)\n\nCredentials from the environment only: TWIN_EMAIL + TWIN_PASSWORD, TWIN_REFRESH_TOKEN, or TWIN_TOKEN.\nAPI URL: --api > TWIN_API_URL > https://chat-api.twin24.ai/api/v1.\nIAM URL: --iam > TWIN_IAM_URL > https://iam.twin24.ai/api/v1.\n--debug prints stack traces; --version prints the version.',
      ) + '\n',
    );
    return name ? 0 : 1;
  }
  const command: CliCommand | undefined = commands[name];
  if (!command) {
    io.stderr(t('Unknown command "{0}". Run "twin --help" for the list.', name) + '\n');
    return 1;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    const err = e as Error;
    io.stderr(`twin: ${err.message}\n`);
    if (debug && err.stack) io.stderr(err.stack + '\n');
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    writeStderr(`twin: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
