/**
 * What a RUN command does to the stage's filesystem, simple command by simple command: installs, builds,
 * caches, removals and secrets, in the order the shell runs them.
 */

import {runsBuild} from '../contents/buildCommands';
import {variablesRead, type CommandContext, type CommandEffect} from './itemDraft';
import {recogniseBuildOutput} from './recogniseBuildOutput';
import {recogniseOwnershipChange} from './recogniseOwnershipChange';
import {recogniseDependencyInstall} from './recogniseDependencyInstall';
import {recogniseFileCopy} from './recogniseFileCopy';
import {recognisePackageInstall} from './recognisePackageInstall';
import {recogniseRemoval} from './recogniseRemoval';
import {recogniseSecretWrites} from './recogniseSecret';
import {splitShellCommands} from '../contents/shell';

/** A cheap first look: a command none of the recognisers could match is skipped without being split. */
const worthSplitting =
  /\b(?:apt|apt-get|apk|npm|npx|yarn|pnpm|bun|pip\d*(?:\.\d+)?|python\d*(?:\.\d+)?|virtualenv|uv|poetry|go|cargo|mvnw?|gradlew?|tsc|vite|next|ng|webpack|rm|cp|mv|tee|chown|chmod)\b|>|:\/\/[^\s/]*@/;

/** False when no recogniser could match the command (`echo …`), so it is not worth reading further. */
export function mayChangeContents(command: string): boolean {
  return worthSplitting.test(command) || runsBuild(command);
}

const remembered = new Map<string, readonly CommandEffect[]>();

/** What of a context the recognisers can see, as a string: with the command, the key results are remembered under. */
export function contextKey(context: CommandContext): string {
  let key = `${context.workdir}\u0000${context.home}\u0000${context.distro}\u0000${context.venv}`;
  for (const name of variablesRead) {
    const value = context.env.get(name);
    if (value !== undefined) key += `\u0000${name}=${value}`;
  }
  return key;
}

/**
 * The effects of a RUN command, in order. Remembered: the editor re-analyses on every keystroke, and
 * most RUN lines have not changed. The result is shared; do not change it.
 */
export function recogniseRunCommand(command: string, context: CommandContext, key = contextKey(context)): readonly CommandEffect[] {
  if (!mayChangeContents(command)) return [];
  key = `${key}\u0000\u0000${command}`;
  let effects = remembered.get(key);
  if (effects === undefined) {
    effects = recognise(command, context);
    if (remembered.size >= 500) remembered.clear();
    remembered.set(key, effects);
  }
  return effects;
}

function recognise(command: string, context: CommandContext): CommandEffect[] {
  const effects: CommandEffect[] = [];
  for (const simple of splitShellCommands(command)) {
    if (simple.words.length === 0 && simple.writes.length === 0) continue;
    effects.push(
      ...recognisePackageInstall(simple, context),
      ...recogniseDependencyInstall(simple, context),
      ...recogniseBuildOutput(simple, context),
      ...recogniseRemoval(simple, context),
      ...recogniseFileCopy(simple, context),
      ...recogniseSecretWrites(simple, context),
      ...recogniseOwnershipChange(simple, context),
    );
  }
  return effects;
}
