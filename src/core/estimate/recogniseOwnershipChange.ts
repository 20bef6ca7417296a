/**
 * `chown` and `chmod` in a RUN. A layer is a tar archive of what changed, and a file whose owner or mode
 * changed is a modification, stored in the archive the same way as an addition: content included (OCI
 * image-spec, layer.md, "Change Types" and "File Attributes"). So `chown -R app /app` after `COPY . /app`
 * stores every file under /app twice. `COPY --chown`/`--chmod` sets both in the layer that writes them.
 */

import type {CommandContext, CommandEffect} from './itemDraft';
import {resolveCommandPath} from './resolveCommandPath';
import type {ShellCommand} from '../contents/shell';

const recursiveFlag = /^-[A-Za-z]*R[A-Za-z]*$/;

/** Effects of one simple command when it is `chown` or `chmod`; empty otherwise. */
export function recogniseOwnershipChange(command: ShellCommand, context: CommandContext): CommandEffect[] {
  const [written, ...args] = command.words;
  if (written === undefined) return [];
  const tool = written.slice(written.lastIndexOf('/') + 1);
  if (tool !== 'chown' && tool !== 'chmod') return [];
  const recursive = args.some((arg) => arg === '--recursive' || recursiveFlag.test(arg));
  // The first operand is the owner (or the mode; a symbolic mode like `-w` can look like an option).
  const operands = args.filter((arg) => !arg.startsWith('--') && !recursiveFlag.test(arg) && !/^-[A-Za-z]+$/.test(arg));
  const effects: CommandEffect[] = [];
  for (const operand of operands.slice(1)) {
    const path = resolveCommandPath(operand.replace(/\/\*$/, '') || '/', context);
    if (path !== null) effects.push({kind: 'rewrite', path, tool, recursive});
  }
  return effects;
}
