/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** True when a person can answer a prompt. */
  isTTY: boolean;
  /** Asks a yes/no question on the terminal. */
  confirm: (question: string) => Promise<boolean>;
  cwd: string;
  debug: boolean;
}

/** A `twin` sub-command: takes its arguments (after the command name), returns the exit code. */
export type CliCommand = (args: string[], io: CliIO) => Promise<number>;
