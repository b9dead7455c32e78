// Every command of the extension, id → factory. activate() registers them all from here; package.json
// `contributes.commands` lists the same ids (a unit test keeps the two in step).
import type { TwinServices } from '../services';
import { newManifestCommand } from './newManifestCommand';
import { planCommand } from './planCommand';
import { pullCommand } from './pullCommand';
import { pushCommand } from './pushCommand';
import { setTokenCommand, signInCommand, signOutCommand } from './tokenCommands';

/** Builds one command's handler from the shared services. */
export type CommandFactory = (services: TwinServices) => (...args: never[]) => unknown;

/** The command table. */
export const COMMANDS: Readonly<Record<string, CommandFactory>> = {
  'twin.signIn': signInCommand,
  'twin.signOut': signOutCommand,
  'twin.setToken': setTokenCommand,
  // The older name of Sign Out, kept for keybindings and habits.
  'twin.clearToken': signOutCommand,
  'twin.plan': planCommand,
  'twin.push': pushCommand,
  'twin.pull': pullCommand,
  'twin.newManifest': newManifestCommand,
};
