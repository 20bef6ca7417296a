/**
 * `rm` in a RUN: whatever lies at or under a removed path leaves the filesystem. In the same RUN that
 * created it, it never reaches a layer; removed by a later RUN, it still weighs in the earlier layer.
 */

import type {CommandContext, CommandEffect} from './itemDraft';
import {resolveCommandPath} from './resolveCommandPath';
import type {ShellCommand} from '../contents/shell';

/** Effects of one simple command when it is `rm`; empty otherwise. */
export function recogniseRemoval(command: ShellCommand, context: CommandContext): CommandEffect[] {
  const [tool, ...args] = command.words;
  if (tool !== 'rm' && tool !== '/bin/rm') return [];
  const effects: CommandEffect[] = [];
  let options = true;
  for (const arg of args) {
    if (options && arg === '--') {
      options = false;
      continue;
    }
    if (options && arg.startsWith('-')) continue;
    // `rm -rf /var/lib/apt/lists/*` empties the folder: the same as removing what lives in it.
    const path = resolveCommandPath(arg.replace(/\/\*$/, '') || '/', context);
    if (path !== null && path !== '/') effects.push({kind: 'remove', path});
  }
  return effects;
}
