/** The build stage: the user's own steps on a named stage, dependency installs moved before the source copy. */

import {splitShellCommands} from '../contents/shell';
import {buildCommandIndex, type ReadStep, type StageReading} from './readStage';
import {buildFrom, chapters, type Draft} from './draft';

export interface BuildStageOptions {
  /** The manifest copy and install to put before the source when the file installs after copying it. */
  manifests: {files: string[]; install: string | null} | null;
  /** Rewrites a RUN that builds (Go: CGO_ENABLED=0), given its command; returns null to keep it. */
  rewriteBuild?: (command: string) => string | null;
  /** Why the build rewrite is there. */
  rewriteReason?: {reason: string; chapter: string};
}

const keep = 'Your own step, kept as you wrote it in the build stage.';

/** The install and build halves of `npm ci && npm run build`, or null when the RUN cannot be cut in two safely. */
function splitInstallBuild(read: ReadStep): {install: string; build: string} | null {
  const instruction = read.step.instruction;
  if (instruction.kind !== 'run' || instruction.flags.length > 0 || instruction.exec !== null || instruction.heredocs.length > 0) return null;
  const parts = instruction.command.split(/\s*&&\s*/);
  const {commands, build} = buildCommandIndex(instruction.command);
  if (build <= 0 || commands.length !== parts.length || parts.some((part) => splitShellCommands(part).length !== 1)) return null;
  return {install: parts.slice(0, build).join(' && '), build: parts.slice(build).join(' && ')};
}

function writeStep(draft: Draft, read: ReadStep, options: BuildStageOptions, text: string | null): void {
  const instruction = read.step.instruction;
  const isBuild = read.role === 'build' || read.role === 'install-build';
  const command = text ?? (instruction.kind === 'run' ? instruction.command : null);
  const rewritten = isBuild && command !== null && options.rewriteBuild ? options.rewriteBuild(command) : null;
  if (rewritten !== null && options.rewriteReason) {
    const flags =
      instruction.kind === 'run' && instruction.flags.length > 0 ? (draft.original(instruction)[0]!.match(/^\s*RUN\s+((?:--\S+\s+)+)/i)?.[1] ?? '') : '';
    draft.add(options.rewriteReason.reason, options.rewriteReason.chapter, `RUN ${flags}${rewritten}`);
  } else if (text !== null) {
    draft.add('The install moved before the source copy; the build itself stays after it, where the source is.', chapters.manifestsFirst, `RUN ${text}`);
  } else {
    draft.add(keep, chapters.namedStage, ...draft.original(instruction));
  }
}

type Move = {before: number; install: string[] | null; skip: number; remainder: string | null} | null;

/** Where the manifest copy and the install go when the file installs after copying the source, or null. */
function planMove(draft: Draft, steps: readonly ReadStep[], options: BuildStageOptions): Move {
  const source = steps.findIndex((read) => read.role === 'source');
  const manifests = steps.findIndex((read) => read.role === 'manifests');
  const install = steps.findIndex((read) => read.role === 'install' || read.role === 'install-build');
  if (options.manifests === null || source === -1 || (manifests !== -1 && manifests < source) || (install !== -1 && install < source)) return null;
  if (install === -1)
    return {before: source, install: options.manifests.install === null ? null : [`RUN ${options.manifests.install}`], skip: -1, remainder: null};
  const read = steps[install]!;
  if (read.role === 'install') return {before: source, install: draft.original(read.step.instruction), skip: install, remainder: null};
  const split = splitInstallBuild(read);
  if (split === null) {
    draft.note('The install and the build share one RUN that Stagecraft cannot cut in two safely, so the install stays after the source copy.', false);
    return null;
  }
  return {before: source, install: [`RUN ${split.install}`], skip: install, remainder: split.build};
}

/** Writes FROM … AS build and the user's steps (start instructions left for the runtime). */
export function writeBuildStage(draft: Draft, reading: StageReading, base: string, options: BuildStageOptions): void {
  buildFrom(draft, base, reading);
  const steps = reading.steps.filter((read) => read.role !== 'start');
  const move = planMove(draft, steps, options);
  steps.forEach((read, index) => {
    if (move !== null && index === move.before && options.manifests !== null) {
      const reason = 'Copying only the manifests and installing before the source copy keeps the install cached until a manifest changes.';
      draft.note(`Check that your project has ${options.manifests.files.join(' and ')}: the proposal copies them before the source.`);
      draft.add(reason, chapters.manifestsFirst, `COPY ${options.manifests.files.join(' ')} ./`, ...(move.install ?? []));
    }
    if (move !== null && index === move.skip) {
      if (move.remainder !== null) writeStep(draft, read, options, move.remainder);
      return;
    }
    writeStep(draft, read, options, null);
  });
}
