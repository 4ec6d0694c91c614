import type { Command } from 'commander';
import { findProjectRoot } from '../source/root.js';
import { collect } from './build-options.js';

/** Options every command takes; `build` takes --agreement several times. */
export function commonOptions(command: Command, { severalAgreements = false } = {}): Command {
  const withRoot = command.option('--root <dir>', 'project folder holding data/, locales/ and templates/ (default: the nearest folder upward with data/agreements)');
  const withAgreement = severalAgreements
    ? withRoot.option('--agreement <id>', 'agreement to build, repeatable (default: defaultAgreement in data/config.yaml, or the only one)', collect)
    : withRoot.option('--agreement <id>', 'agreement to use (default: defaultAgreement in data/config.yaml, or the only one)');
  return (
    withAgreement
      .option('--debug', 'print stack traces of errors')
      // Without --root, a command works on the project the current folder is in.
      .hook('preAction', (_command, action) => {
        if (action.getOptionValue('root') === undefined) action.setOptionValue('root', findProjectRoot(process.cwd()));
      })
  );
}
