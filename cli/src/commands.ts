// The table of sub-commands. Each lives in cli/src/commands/<name>.ts and exports `run`.
import type { CliCommand } from './io';
import { run as plan } from './commands/plan';
import { run as push } from './commands/push';
import { run as pull } from './commands/pull';
import { run as emulator } from './commands/emulator';
import { run as validate } from './commands/validate';
import { run as whoami } from './commands/whoami';

/** Sub-command name → implementation. */
export const commands: Record<string, CliCommand> = { validate, plan, push, pull, whoami, emulator };
