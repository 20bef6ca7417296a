import {homeOf} from '../contents/buildStageContents';
import {basename, resolvePath} from '../contents/paths';
import {chainOf} from '../contents/queries';
import {expandVariables, stepsOf} from '../contents/walkStages';
import {recogniseSecretFile, recogniseSecretVariable} from '../estimate/recogniseSecret';
import {optionValue} from '../estimate/resolveCommandPath';
import type {Analysis, ContentItem, Instruction, RunInstruction, RunMount, Stage} from '../types';
import {fail, pass} from './outcome';
import {commandsOfRun, dependencyInstall, type SimpleCommand} from './shell';
import {lineOf, stageLabel, type Step} from './steps';
import type {CheckFunction, CheckOutcome} from './types';
import {isRootUser, userIds} from './users';

/**
 * Secrets and how a build gets them, as queries over the stage-contents model, which already recognises
 * them (src/core/estimate/recogniseSecret.ts): ARG and ENV names like BuildKit's SecretsUsedInArgOrEnv,
 * secret files copied in or written by a RUN, and credentials written into a command. A layer keeps what it
 * was given, so a secret file deleted later still counts. A `RUN --mount=type=secret` puts nothing in a layer.
 */

const mountExample = 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci';

/** The instruction at a line of a stage. */
function instructionAt(analysis: Analysis, stage: number, line: number): Instruction | undefined {
  return analysis.stages[stage]?.instructions.find((instruction) => instruction.range.line === line);
}

/** What kind of secret an item is: a variable (ARG/ENV), a file, or credentials written into a RUN command. */
function secretKind(item: ContentItem, analysis: Analysis): 'variable' | 'file' | 'command' {
  if (item.paths.length > 0) return 'file';
  const origin = instructionAt(analysis, item.origin.stage, item.origin.line);
  return origin?.kind === 'arg' || origin?.kind === 'env' ? 'variable' : 'command';
}

const isNpmrc = (path: string): boolean => basename(path) === '.npmrc' || basename(path) === 'npmrc';

/** Whether a stage has a RUN that mounts a secret as an environment variable (`env=NPM_TOKEN`). */
function mountsSecretAsVariable(analysis: Analysis, index: number): boolean {
  const walk = analysis.contents[index]?.walk;
  return (
    walk !== undefined &&
    walk.ownSteps.some(
      (step) => step.instruction.kind === 'run' && step.instruction.mounts.some((mount) => mount.type === 'secret' && mount.options.env !== undefined),
    )
  );
}

/**
 * A `.npmrc` copied from the build context into a stage whose install gets the token as a variable through
 * a secret mount: it can only work as a template (`_authToken=${NPM_TOKEN}`), so it is taken to hold no token.
 */
function isPlaceholderNpmrc(item: ContentItem, analysis: Analysis): boolean {
  if (!item.paths.some(isNpmrc)) return false;
  const origin = instructionAt(analysis, item.origin.stage, item.origin.line);
  if (origin === undefined || (origin.kind !== 'copy' && origin.kind !== 'add') || origin.from !== null) return false;
  return analysis.contents.some((contents) => contents.entries.some((entry) => entry.item.id === item.id) && mountsSecretAsVariable(analysis, contents.index));
}

/** The secret files and command credentials of a stage's layers (removed ones too), each once. */
function secretsInLayers(analysis: Analysis, index: number): ContentItem[] {
  const items: ContentItem[] = [];
  for (const {item} of analysis.contents[index]?.entries ?? []) {
    if (item.category !== 'secret' || secretKind(item, analysis) === 'variable' || isPlaceholderNpmrc(item, analysis)) continue;
    if (!items.some((known) => known.id === item.id)) items.push(item);
  }
  return items;
}

/** How a secret reached a stage, for a learner: `line 14 copies /app/.npmrc from "build"`. */
function describeSecret(item: ContentItem, analysis: Analysis): string {
  const path = item.paths[0];
  if (path === undefined) return `line ${item.line} writes credentials into a command (${item.label}), and the image history keeps the command`;
  const what = recogniseSecretFile(path) ?? 'a secret';
  const from = item.copiedFrom?.stage;
  if (item.via === 'copy' && from != null) return `line ${item.line} copies ${path} (${what}) from ${stageLabel(analysis.stages[from]!)}`;
  const origin = instructionAt(analysis, item.origin.stage, item.origin.line);
  const how = origin?.kind === 'copy' || origin?.kind === 'add' ? 'copies' : 'writes';
  const where = item.via === 'inherited' ? ` of ${stageLabel(analysis.stages[item.origin.stage]!)}` : '';
  return `line ${item.origin.line}${where} ${how} ${path} (${what})`;
}

// ---------------------------------------------------------------------------------------------
// no-secret-in-arg-or-env

function variableMessage(item: ContentItem, instruction: Instruction, analysis: Analysis, finalChain: readonly number[]): string {
  const names = instruction.kind === 'arg' || instruction.kind === 'env' ? instruction.variables.map((v) => v.name).filter(recogniseSecretVariable) : [];
  const name = names[0] ?? 'it';
  const stage = analysis.stages[item.origin.stage]!;
  const shipped = finalChain.includes(stage.index);
  const target = stage.name ?? String(stage.index);
  if (instruction.kind === 'env') {
    const where = shipped ? 'the configuration of the image you ship' : `the configuration of ${stageLabel(stage)} and of every stage built on it`;
    return `Line ${item.line}: ENV ${name} stores the value in ${where}, where docker image inspect shows it, and every container started from it has it. Pass the token with a secret mount, for the one step that needs it: ${mountExample}.`;
  }
  const history = shipped
    ? 'the history of the image you ship'
    : `the history of ${stageLabel(stage)} (what docker build --target ${target} produces), in the build cache`;
  return `Line ${item.line}: ARG ${name} brings the token in as a build argument. Every RUN after it records the value in its history entry (docker history --no-trunc shows ${name}=…), so it ends up in ${history} and in provenance attestations made in max mode. Pass it with a secret mount instead: ${mountExample}.`;
}

/**
 * `no-secret-in-arg-or-env`: no stage declares an ARG or ENV whose name looks like a secret (BuildKit's
 * SecretsUsedInArgOrEnv pattern). ARGs before the first FROM are not counted: no RUN sees them unless a stage
 * declares them again, and that declaration is counted.
 */
export const noSecretInArgOrEnv: CheckFunction = ({analysis, final}) => {
  const finalChain = final === null ? [] : chainOf(analysis.contents, final.index);
  for (const contents of analysis.contents) {
    for (const {item} of contents.entries) {
      if (item.category !== 'secret' || item.via === 'inherited' || secretKind(item, analysis) !== 'variable') continue;
      const instruction = instructionAt(analysis, item.origin.stage, item.origin.line)!;
      return fail(variableMessage(item, instruction, analysis, finalChain), item.line);
    }
  }
  return pass("No ARG or ENV is named like a secret (BuildKit's SecretsUsedInArgOrEnv pattern: …_TOKEN, …_PASSWORD, …_KEY, …).");
};

// ---------------------------------------------------------------------------------------------
// no-secret-file-in-image, no-secret-in-build-stages

/**
 * `no-secret-file-in-image`: no layer of the final image (the final stage and the stages it is built on)
 * holds a secret file, copied in or written by a RUN, nor a command with credentials in it. Deleting the file
 * later does not count: the layer that added it keeps it.
 */
export const noSecretFileInImage: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage.');
  const secret = secretsInLayers(analysis, final.index)[0];
  if (secret === undefined) return pass('No layer of the final image holds a secret file or a command with credentials in it.');
  const removed =
    secret.removedAt !== null
      ? ` Line ${secret.removedAt} deletes it, but the layer that added it still holds it: layers only add, so the file can be extracted from the image.`
      : '';
  return fail(
    `In the image you ship, ${describeSecret(secret, analysis)}: anyone who can pull the image can read it.${removed} Mount the secret for the one step that needs it: ${mountExample}.`,
    secret.line,
  );
};

/**
 * `no-secret-in-build-stages`: no other stage's layers hold a secret file or a command with credentials. A
 * build stage is not shipped, but its layers are in the builder's cache, in caches exported with mode=max,
 * and in the image `docker build --target <stage>` produces.
 */
export const noSecretInBuildStages: CheckFunction = ({analysis, final}) => {
  const finalChain = final === null ? [] : chainOf(analysis.contents, final.index);
  for (const contents of analysis.contents) {
    if (finalChain.includes(contents.index)) continue;
    const secret = secretsInLayers(analysis, contents.index).find((item) => item.via !== 'inherited');
    if (secret === undefined) continue;
    const stage = analysis.stages[contents.index]!;
    return fail(
      `In ${stageLabel(stage)}, ${describeSecret(secret, analysis)}. That stage is not shipped, but its layers are: they stay in the builder's cache, in any cache exported with mode=max, and in the image docker build --target ${stage.name ?? stage.index} produces. Mount the secret for the one step that needs it: ${mountExample}.`,
      secret.line,
    );
  }
  return pass('No build stage writes a secret file into a layer.');
};

// ---------------------------------------------------------------------------------------------
// secret-via-mount, secret-mount-required

interface RegistryInstall {
  stage: Stage;
  step: Step;
  run: RunInstruction;
  command: SimpleCommand;
}

/** npm, Yarn and pnpm installs in the stages BuildKit builds for the default target: each fetches from the registry. */
function registryInstalls(analysis: Analysis, built: ReadonlySet<number>): RegistryInstall[] {
  const installs: RegistryInstall[] = [];
  for (const stage of analysis.stages) {
    if (!built.has(stage.index)) continue;
    for (const step of analysis.contents[stage.index]?.walk.ownSteps ?? []) {
      if (step.instruction.kind !== 'run') continue;
      for (const command of commandsOfRun(step.instruction)) {
        const install = dependencyInstall(command, step.env);
        if (install !== null && ['npm', 'yarn', 'pnpm'].includes(install.manager)) installs.push({stage, step, run: step.instruction, command});
      }
    }
  }
  return installs;
}

/** The npmrc files npm reads for a command: the project's, the user's (or `--userconfig`) and the global one. */
function npmConfigFiles(step: Step, command: SimpleCommand): string[] {
  const variable = (name: string): string | undefined =>
    command.env[name] ?? step.env.get(name) ?? command.env[name.toLowerCase()] ?? step.env.get(name.toLowerCase());
  const home = variable('HOME') ?? homeOf(step.user);
  const user = (optionValue(command.words, '--userconfig') ?? variable('NPM_CONFIG_USERCONFIG') ?? '~/.npmrc').replace(/^~(?=\/|$)/, home);
  const global = optionValue(command.words, '--globalconfig') ?? variable('NPM_CONFIG_GLOBALCONFIG') ?? '/usr/local/etc/npmrc';
  return [resolvePath(step.workdir, '.npmrc'), resolvePath(step.workdir, user), resolvePath(step.workdir, global)];
}

/** Where a secret mount puts its file, or null for a secret mounted only as a variable. */
function secretMountFile(mount: RunMount, step: Step, escape: string): string | null {
  if (mount.options.env !== undefined && mount.target === null) return null;
  const id = mount.options.id ?? mount.source ?? '';
  return resolvePath(step.workdir, expandVariables(mount.target ?? `/run/secrets/${basename(id)}`, step.env, escape));
}

/** Why a non-root user cannot read a mounted secret file (BuildKit mounts it as uid 0, mode 0400), or null. */
function unreadable(mount: RunMount, install: RegistryInstall, analysis: Analysis): string | null {
  const user = install.step.user;
  if (isRootUser(user)) return null;
  const mode = mount.options.mode;
  if (mode !== undefined && /^0?[0-7]{3}$/.test(mode) && (Number.parseInt(mode, 8) & 0o004) !== 0) return null;
  const uid = mount.options.uid;
  const known = userIds(install.stage, analysis).get(user) ?? (/^\d+$/.test(user) ? Number(user) : null);
  if (uid !== undefined && (known === null || Number(uid) === known)) return null;
  const wanted = known !== null ? `uid=${known}` : 'uid=<its id>';
  return `the step runs as ${user}, but BuildKit mounts a secret file owned by root with mode 0400, so ${user} cannot read it. Add ${wanted} to the mount`;
}

/** Whether npm finds an .npmrc at one of `files` when `run` runs: put there earlier, or written by the same RUN. */
function npmrcPresent(analysis: Analysis, stage: Stage, run: RunInstruction, files: readonly string[]): boolean {
  const line = run.range.line;
  return (analysis.contents[stage.index]?.entries ?? []).some(
    ({item}) => item.line <= line && (item.removedAt === null || item.removedAt > line) && item.paths.some((path) => files.includes(path)),
  );
}

/** A failure for one install that gets no token through a secret mount, or null when it does. */
function judgeInstall(install: RegistryInstall, analysis: Analysis): CheckOutcome | null {
  const {stage, step, run, command} = install;
  const text = command.words.join(' ');
  const at = lineOf(step, stage);
  const secrets = run.mounts.filter((mount) => mount.type === 'secret');
  if (secrets.length === 0) {
    return fail(
      `${at} runs ${text} with no secret mount, so npm has no token for the private registry and cannot install the private packages. Give this step the token too: ${mountExample.replace('npm ci', text)}.`,
      run.range.line,
    );
  }
  const files = npmConfigFiles(step, command);
  for (const mount of secrets) {
    const file = secretMountFile(mount, step, analysis.escapeCharacter);
    if (file === null || !files.includes(file)) continue;
    const problem = unreadable(mount, install, analysis);
    return problem === null ? null : fail(`${at}: ${problem}.`, run.range.line);
  }
  // A variable (env=) needs an .npmrc that refers to it; a file copied into place by this RUN also reaches npm.
  if (npmrcPresent(analysis, stage, run, files)) return null;
  const asVariable = secrets.find((mount) => mount.options.env !== undefined);
  if (asVariable !== undefined) {
    return fail(
      `${at} passes the secret as the variable ${asVariable.options.env}, but no .npmrc tells npm to use it. Copy a project .npmrc that holds only a template line such as //registry.example.com/:_authToken=\${${asVariable.options.env}} before this step.`,
      run.range.line,
    );
  }
  const mounted = secrets.map((mount) => secretMountFile(mount, step, analysis.escapeCharacter)).filter((file) => file !== null);
  return fail(
    `${at} mounts the secret at ${mounted.join(', ')}, where npm does not look for settings. npm reads ${files.slice(0, 2).join(' and ')}: mount it at ${files[1]}, or point NPM_CONFIG_USERCONFIG at the mounted file.`,
    run.range.line,
  );
}

/**
 * `secret-via-mount`: every npm, Yarn or pnpm install in the stages BuildKit builds for the default target
 * gets the registry token through a secret mount npm reads: a file mounted where npm looks for an .npmrc (the
 * project's, the user's home, NPM_CONFIG_USERCONFIG, the global one), readable by the step's user, or a
 * variable (`env=NAME`) that an .npmrc present in the stage refers to.
 */
export const secretViaMount: CheckFunction = ({analysis, defaultBuilt}) => {
  const installs = registryInstalls(analysis, defaultBuilt);
  if (installs.length === 0) return fail('No stage built for the default target runs npm ci (or another package install), so no step uses a registry token.');
  for (const install of installs) {
    const outcome = judgeInstall(install, analysis);
    if (outcome !== null) return outcome;
  }
  const lines = installs.map((install) => install.run.range.line);
  return pass(
    `Every install (line${lines.length > 1 ? 's' : ''} ${[...new Set(lines)].join(', ')}) gets the token through a secret mount, which no layer keeps.`,
    lines[0]!,
  );
};

/**
 * `secret-mount-required` (advice): every secret mount in the stages built for the default target says
 * `required=true`, so a build started without `--secret` stops at once instead of running the step without it.
 */
export const secretMountRequired: CheckFunction = ({analysis, defaultBuilt}) => {
  let count = 0;
  for (const stage of analysis.stages) {
    if (!defaultBuilt.has(stage.index)) continue;
    for (const step of stepsOf(analysis.contents[stage.index]!.walk)) {
      if (step.instruction.kind !== 'run' || step.stage !== stage) continue;
      for (const mount of step.instruction.mounts.filter((candidate) => candidate.type === 'secret')) {
        count++;
        if (mount.options.required === 'true') continue;
        const id = mount.options.id ?? basename(mount.target ?? mount.source ?? '');
        return fail(
          `${lineOf(step, stage)}: the secret mount is optional, BuildKit's default, so a build started without --secret id=${id},… runs the step without the secret and fails later, with an authentication error from the registry. Add required=true to the mount: BuildKit then stops at once with "secret ${id}: not found".`,
          step.instruction.range.line,
        );
      }
    }
  }
  return count === 0
    ? fail('No RUN in the stages built by default mounts a secret.')
    : pass('Every secret mount is required=true, so a build without the secret stops at once and says why.');
};
