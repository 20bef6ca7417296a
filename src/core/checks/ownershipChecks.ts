import {isInside} from '../contents/paths';
import {isVolume, volumePathsOf} from '../contents/volumes';
import {stepsOf} from '../contents/walkStages';
import type {Analysis, Stage} from '../types';
import {placementsOf, type Placement} from './files';
import {fail, pass} from './outcome';
import {startOf} from './startCommand';
import {lineOf, stageLabel, type Step} from './steps';
import type {CheckFunction, CheckOutcome} from './types';
import {chownCommands, chownCovers, chownOf, createdUsers, isRootUser, sameUser, userIds, userPart, type ChownCommand} from './users';

/**
 * Who owns what the final stage copies in, as queries over the copy records and the stage walk. A file
 * from the build context arrives owned by root (BuildKit's client resets context files to 0:0); a file
 * copied from a stage or an image keeps the numeric owner it had there; `--chown` sets both, and a later
 * `RUN chown` changes them again (in a new layer that holds a second copy of every file it touches).
 */

interface Ownership {
  /** The owner the files get, as a user spec; null when it cannot be known (copied from an image). */
  owner: string | null;
  /** How they got it, for messages. */
  how: string;
}

/** The user a source stage ran as when it wrote what a copy takes (the model's origin of the copied items), else at its end. */
function sourceOwner(placement: Placement, analysis: Analysis, final: Stage): string {
  const line = placement.instruction.range.line;
  const origin = analysis.contents[final.index]?.entries.find((entry) => entry.item.line === line && entry.item.via === 'copy')?.item.origin;
  const from = placement.origin.kind === 'stage' ? placement.origin.stage.index : null;
  const walk = analysis.contents[origin?.stage ?? from ?? -1]?.walk;
  const step = origin === undefined || walk === undefined ? undefined : stepsOf(walk).find((candidate) => candidate.instruction.range.line === origin.line);
  return step?.user ?? walk?.user ?? 'root';
}

function ownershipOf(placement: Placement, analysis: Analysis, final: Stage): Ownership {
  const chown = chownOf(placement.step, analysis.escapeCharacter);
  if (chown !== null) return {owner: chown, how: `the copy sets --chown=${chown}`};
  switch (placement.origin.kind) {
    case 'context':
      return {owner: 'root', how: 'files from the build context arrive owned by root'};
    case 'stage': {
      const owner = sourceOwner(placement, analysis, final);
      return {owner, how: `COPY --from keeps the owner the files had in ${stageLabel(placement.origin.stage)}, where they were written as ${owner}`};
    }
    default:
      return {owner: null, how: 'COPY --from keeps the owner the files had in the image they come from'};
  }
}

/** The first later `RUN chown` that gives `path` to `user`, or null. */
function laterChown(
  chowns: readonly ChownCommand[],
  after: Step,
  path: string,
  user: string,
  ids: ReadonlyMap<string, number>,
  steps: readonly Step[],
): ChownCommand | null {
  const start = steps.indexOf(after);
  const directory = !/\.\w+$/.test(path);
  return (
    chowns.find(
      (chown) => steps.indexOf(chown.step) > start && sameUser(chown.owner, user, ids) && chownCovers(chown, path) && (chown.recursive || !directory),
    ) ?? null
  );
}

/** A `--chown` naming an account that a RUN creates only after the copy: BuildKit looks the name up at the copy. */
function chownBeforeUserExists(placement: Placement, analysis: Analysis, final: Stage, steps: readonly Step[]): string | null {
  const chown = chownOf(placement.step, analysis.escapeCharacter);
  if (chown === null || /^\d+$/.test(userPart(chown))) return null;
  const created = createdUsers(final, analysis).filter((user) => user.name === userPart(chown));
  if (created.length === 0 || created.some((user) => steps.indexOf(user.step) < steps.indexOf(placement.step))) return null;
  return `${lineOf(placement.step, final)} copies with --chown=${chown}, but the account ${userPart(chown)} is only created later, by ${lineOf(created[0]!.step, final)}. BuildKit looks the name up in /etc/passwd at the copy, so the build stops there. Create the user first, or use its numeric id.`;
}

/** Volumes the final stage declares, with the step that declares each. */
function volumesOf(analysis: Analysis, steps: readonly Step[]): {path: string; step: Step}[] {
  return steps.filter((step) => isVolume(step.instruction)).flatMap((step) => volumePathsOf(step, analysis.escapeCharacter).map((path) => ({path, step})));
}

interface OwnershipScene {
  final: Stage;
  analysis: Analysis;
  user: string;
  ids: ReadonlyMap<string, number>;
  steps: readonly Step[];
  chowns: ChownCommand[];
}

/** Whether USER can write what a copy puts into a volume; a failure outcome when it cannot, else null. */
function judgeVolumeCopy(placement: Placement, volume: {path: string; step: Step}, scene: OwnershipScene): CheckOutcome | null {
  const {final, analysis, user, ids, steps, chowns} = scene;
  const line = placement.instruction.range.line;
  const order = chownBeforeUserExists(placement, analysis, final, steps);
  if (order !== null) return fail(order, line);
  const {owner, how} = ownershipOf(placement, analysis, final);
  if (owner !== null && sameUser(owner, user, ids)) return null;
  if (laterChown(chowns, placement.step, placement.destination, user, ids, steps) !== null) return null;
  const sources = placement.instruction.sources.join(' ');
  const belongs = owner === null ? 'Stagecraft cannot see their owner' : `they belong to ${userPart(owner)}`;
  return fail(
    `${lineOf(placement.step, final)} copies ${sources} into ${placement.destination}, inside the volume ${volume.path} (${lineOf(volume.step, final)}) where the application writes. ${how[0]!.toUpperCase()}${how.slice(1)}, so ${belongs}, and USER ${user} can read them but not change them. Give them to the user while copying: --chown=${user}.`,
    line,
  );
}

/**
 * `writable-data-owned-by-user`: what the final stage puts into a directory it declares as a VOLUME (where
 * the application writes) belongs to the final USER: copied with a `--chown` naming that user (by name or id),
 * or given to it by a later `RUN chown`. A volume nothing is copied into must be given to the user by a RUN
 * chown. Passes when the final stage runs as root or declares no volume.
 */
export const writableDataOwnedByUser: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage.');
  const walk = analysis.contents[final.index]?.walk;
  if (walk === undefined) return fail('The final stage could not be read.');
  const user = walk.user;
  if (isRootUser(user))
    return pass('The final stage runs as root, which can write anywhere, so ownership does not stop the application (running as root is a risk of its own).');
  const steps = stepsOf(walk);
  const volumes = volumesOf(analysis, steps);
  if (volumes.length === 0) return pass('The final stage declares no VOLUME, so nothing in it says where the application writes.');
  const scene: OwnershipScene = {final, analysis, user, ids: userIds(final, analysis), steps, chowns: chownCommands(final, analysis)};
  for (const volume of volumes) {
    const copies = placementsOf(final, analysis).filter((placement) => isInside(placement.destination, volume.path));
    for (const placement of copies) {
      const outcome = judgeVolumeCopy(placement, volume, scene);
      if (outcome !== null) return outcome;
    }
    if (copies.length === 0 && scene.chowns.every((chown) => !sameUser(chown.owner, user, scene.ids) || !chownCovers(chown, volume.path))) {
      return fail(
        `${lineOf(volume.step, final)} declares the volume ${volume.path}, but nothing gives it to USER ${user}: a directory Docker creates for it, or one made by a RUN, belongs to root, so the application cannot write there. Copy its contents with --chown=${user}, or RUN mkdir -p ${volume.path} && chown ${user} ${volume.path} before the USER line.`,
        volume.step.instruction.range.line,
      );
    }
  }
  return pass(`USER ${user} owns what the final stage puts into ${volumes.map((volume) => volume.path).join(', ')}, where the application writes.`);
};

/**
 * `code-owned-by-root` (advice): the file the container starts is not handed to the runtime user, by `--chown`
 * on its COPY or by a later `RUN chown`; code the application cannot rewrite is code an attacker cannot
 * rewrite through it either.
 */
export const codeOwnedByRoot: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage.');
  const walk = analysis.contents[final.index]?.walk;
  if (walk === undefined || isRootUser(walk.user)) return pass('The final stage runs as root, so the question of who owns the code does not arise here.');
  const user = walk.user;
  const {startFile} = startOf(final, analysis);
  if (startFile.kind === 'unknown') return pass('Stagecraft cannot tell which file the container starts, so there is no code to judge.');
  const ids = userIds(final, analysis);
  const steps = stepsOf(walk);
  for (const placement of placementsOf(final, analysis)) {
    const target = startFile.candidates.find((candidate) => candidate === placement.destination || isInside(candidate, placement.destination));
    if (target === undefined) continue;
    const chown = chownOf(placement.step, analysis.escapeCharacter);
    const later = laterChown(chownCommands(final, analysis), placement.step, target, user, ids, steps);
    if ((chown !== null && sameUser(chown, user, ids)) || later !== null) {
      const how = later !== null ? `${lineOf(later.step, final)} runs chown on it` : `${lineOf(placement.step, final)} copies it with --chown=${chown}`;
      return fail(
        `${how}, so USER ${user} owns ${startFile.shown}, the code the container runs: a flaw that lets an attacker write files could replace it. Leave code owned by root and give the user only the directories it writes to.`,
        (later?.step ?? placement.step).instruction.range.line,
      );
    }
  }
  return pass(`USER ${user} can run ${startFile.shown} but not change it: the code stays owned by root.`);
};
