/**
 * `cp` and `mv` in a RUN: what lives at the source paths is written again at the destination (a `cp` of a
 * built jar to `/out/app.jar` is that jar there), and `mv` takes it away from where it was. The stage-contents
 * builder carries the items over by path, as it does for COPY --from.
 */

import {basename} from '../contents/paths';
import type {ShellCommand} from '../contents/shell';
import type {CommandContext, CommandEffect} from './itemDraft';
import {resolveCommandPath} from './resolveCommandPath';

/** GNU and BusyBox cp/mv options that take the next word as their value. */
const valueOptions = new Set(['-t', '--target-directory', '-S', '--suffix']);

interface Parsed {
  operands: string[];
  target: string | null;
}

function parseArguments(args: readonly string[]): Parsed {
  const operands: string[] = [];
  let target: string | null = null;
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (options && arg === '--') options = false;
    else if (options && (arg === '-t' || arg === '--target-directory')) target = args[++i] ?? null;
    else if (options && arg.startsWith('--target-directory=')) target = arg.slice('--target-directory='.length);
    else if (options && valueOptions.has(arg)) i++;
    else if (options && arg.startsWith('-') && arg !== '-') continue;
    else operands.push(arg);
  }
  return {operands, target};
}

const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Effects of one simple command when it is `cp` or `mv` with paths the estimate can read; empty otherwise. */
export function recogniseFileCopy(command: ShellCommand, context: CommandContext): CommandEffect[] {
  const [tool, ...args] = command.words;
  const name = tool === undefined ? '' : basename(tool);
  if (name !== 'cp' && name !== 'mv') return [];
  const {operands, target} = parseArguments(args);
  const written = target ?? operands.at(-1);
  const sources = target === null ? operands.slice(0, -1) : operands;
  if (written === undefined || sources.length === 0) return [];
  const destination = resolveCommandPath(written, context);
  const resolved = sources.map((source) => resolveCommandPath(source, context));
  if (destination === null || resolved.some((source) => source === null)) return [];
  // Into a folder when cp is told so (-t, a trailing slash or dot) or when there are several sources; otherwise
  // the Dockerfile cannot tell whether the destination already is a folder, and it is read as the new name.
  const intoDirectory = target !== null || sources.length > 1 || /(?:\/|(?:^|\/)\.{1,2})$/.test(written);
  return [{kind: 'copy', sources: resolved as string[], destination, intoDirectory, move: name === 'mv', how: shorten(`${name} ${args.join(' ')}`)}];
}
