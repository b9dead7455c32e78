// The table of sub-commands. Each lives in cli/src/commands/<name>.ts and exports `run`.
import type { CliCommand } from './io';

/** Sub-command name → implementation. */
export const commands: Record<string, CliCommand> = {};
