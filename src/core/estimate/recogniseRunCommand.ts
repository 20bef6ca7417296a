/**
 * What a RUN command does to the stage's filesystem, simple command by simple command: installs, builds,
 * caches, removals and secrets, in the order the shell runs them.
 */

import {runsBuild} from '../model/buildCommands';
import type {CommandContext, CommandEffect} from './itemDraft';
import {recogniseBuildOutput} from './recogniseBuildOutput';
import {recogniseDependencyInstall} from './recogniseDependencyInstall';
import {recognisePackageInstall} from './recognisePackageInstall';
import {recogniseRemoval} from './recogniseRemoval';
import {recogniseSecretWrites} from './recogniseSecret';
import {splitShellCommands} from './splitShellCommands';

/** A cheap first look: a command none of the recognisers could match is skipped without being split. */
const worthSplitting =
  /\b(?:apt|apt-get|apk|npm|npx|yarn|pnpm|bun|pip\d*(?:\.\d+)?|python\d*(?:\.\d+)?|virtualenv|uv|go|cargo|mvnw?|gradlew?|tsc|vite|next|ng|webpack|rm|cp|mv|tee)\b|>|:\/\/[^\s/]*@/;

/** False when no recogniser could match the command (`echo …`), so it is not worth reading further. */
export function mayChangeContents(command: string): boolean {
  return worthSplitting.test(command) || runsBuild(command);
}

/** The effects of a RUN command, in order. */
export function recogniseRunCommand(command: string, context: CommandContext): CommandEffect[] {
  if (!mayChangeContents(command)) return [];
  const effects: CommandEffect[] = [];
  for (const simple of splitShellCommands(command)) {
    if (simple.words.length === 0 && simple.writes.length === 0) continue;
    effects.push(
      ...recognisePackageInstall(simple, context),
      ...recogniseDependencyInstall(simple, context),
      ...recogniseBuildOutput(simple, context),
      ...recogniseRemoval(simple, context),
      ...recogniseSecretWrites(simple, context),
    );
  }
  return effects;
}
