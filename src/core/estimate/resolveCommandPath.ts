/**
 * Paths and variables as a RUN command writes them, read against the stage: `~` and `$HOME` are the
 * user's home, a relative path is under the WORKDIR, and a path holding any other variable is unknown.
 */

import type {CommandContext} from './itemDraft';
import {resolvePath as resolveAgainst} from '../contents/paths';
import type {ShellCommand} from '../contents/shell';

/** The absolute path a command word names, or null when it holds a variable the estimate cannot read. */
export function resolveCommandPath(word: string, context: CommandContext, base = context.workdir): string | null {
  let path = word;
  if (path === '~' || path.startsWith('~/')) path = context.home + path.slice(1);
  path = path.replace(/^\$\{?HOME\}?(?=\/|$)/, context.home);
  if (path.includes('$') || path.includes('`') || path === '') return null;
  return resolveAgainst(base, path);
}

/** A variable's value for a command: its inline assignment, else the stage's ENV/ARG, else undefined. */
export function envValue(command: ShellCommand, context: Pick<CommandContext, 'env'>, name: string): string | undefined {
  return command.env[name] ?? context.env.get(name);
}

/**
 * The value of an option written `--name value`, `--name=value` (or `-n value`, `-nvalue` for a short one);
 * undefined when absent.
 */
export function optionValue(words: readonly string[], long: string, short?: string): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === long || (short !== undefined && word === short)) return words[i + 1];
    if (word.startsWith(`${long}=`)) return word.slice(long.length + 1);
    if (short !== undefined && short.length === 2 && word.startsWith(short) && word.length > 2 && !word.startsWith('--')) return word.slice(2);
  }
  return undefined;
}
