import type { Command } from 'commander';
import { findProjectRoot } from '../source/root.js';

/** Options every command takes. */
export function commonOptions(command: Command): Command {
  return command
    .option('--root <dir>', 'project folder holding data/, locales/ and templates/ (default: the nearest folder upward with data/agreements)')
    .option('--agreement <id>', 'agreement to use (default: defaultAgreement in data/config.yaml, or the only one)')
    .option('--debug', 'print stack traces of errors')
    // Without --root, a command works on the project the current folder is in.
    .hook('preAction', (_command, action) => {
      if (action.getOptionValue('root') === undefined) action.setOptionValue('root', findProjectRoot(process.cwd()));
    });
}
