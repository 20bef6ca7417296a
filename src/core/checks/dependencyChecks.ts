import type {CopyRecord} from '../contents/copies';
import {isInstallInput} from '../contents/fileKinds';
import {basename, globMatches, hasGlob} from '../contents/paths';
import {chainCopies, presentItems} from '../contents/queries';
import type {Analysis, ContentItem, RunInstruction, Stage} from '../types';
import {placementsOf, type Placement} from './files';
import {fail, noBuildStageMessage, pass} from './outcome';
import {commandsOfRun, dependencyInstall, isGoBuild, type DependencyInstall} from './shell';
import {lineOf, stageLabel, stageSteps, type Step} from './steps';
import type {CheckFunction} from './types';

// ---------------------------------------------------------------------------------------------
// prod-deps-only: a query over the stage-contents model (the estimate shows the same items).

/** Where an item came from, for a learner: `line 14 installs node_modules: production dependencies (npm ci)`. */
function describeItem(item: ContentItem, analysis: Analysis): string {
  const from = item.copiedFrom?.stage;
  if (item.via === 'copy' && from != null) return `line ${item.line} copies ${item.label} from ${stageLabel(analysis.stages[from]!)}`;
  if (item.via === 'inherited') return `${item.label}, installed at line ${item.origin.line} of the stage the final stage is built on`;
  return `line ${item.line} installs ${item.label}`;
}

/** A copy into the final image of node_modules (or a folder that may hold them) whose contents the model cannot know. */
function unknownModulesCopy(analysis: Analysis, final: Stage): CopyRecord | null {
  const contents = analysis.contents[final.index];
  const dependencies = presentItems(contents, 'dependencies');
  for (const record of chainCopies(analysis.contents, final.index)) {
    const namesModules = record.sources.some(
      (source) => basename(source) === 'node_modules' || (hasGlob(source) && globMatches(basename(source), 'node_modules')),
    );
    const foreignWorkdir = record.origin.kind !== 'context' && record.origin.kind !== 'stage' && record.wholeSource !== null;
    if (!namesModules && !foreignWorkdir) continue;
    const known = dependencies.some((item) => item.line === record.instruction.range.line);
    if (!known) return record;
  }
  return null;
}

/**
 * `prod-deps-only`: the final image holds no devDependencies by the stage-contents model (an install with
 * `--omit=dev` or NODE_ENV=production, a later `npm prune --omit=dev`, node_modules copied from a stage that
 * did so, or no node_modules at all), and no node_modules whose contents cannot be known.
 */
export const prodDepsOnly: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage.');
  const contents = analysis.contents[final.index];
  const dev = presentItems(contents, 'dev-dependencies')[0];
  if (dev !== undefined) {
    return fail(
      `The final image gets devDependencies (test runners, compilers, type definitions) it never uses: ${describeItem(dev, analysis)}. Install with npm ci --omit=dev, or run npm prune --omit=dev after the build.`,
      dev.line,
    );
  }
  const unknown = unknownModulesCopy(analysis, final);
  if (unknown !== null) {
    const source =
      unknown.origin.kind === 'context'
        ? 'your machine (the build context)'
        : unknown.origin.kind === 'stage'
          ? `${stageLabel(analysis.stages[unknown.origin.stage]!)}, where Stagecraft sees no install`
          : `"${unknown.instruction.from?.raw ?? ''}", which is no stage of this file`;
    const line = unknown.instruction.range.line;
    return fail(
      `Stagecraft cannot tell whether the final image's node_modules hold only production dependencies: line ${line} copies node_modules (or a folder that may hold them) from ${source}.`,
      line,
    );
  }
  const modules = presentItems(contents, 'dependencies').find((item) => item.paths.some((path) => basename(path) === 'node_modules'));
  if (modules === undefined) return pass('The final image has no node_modules at all, so no devDependencies either.');
  return pass(`Production dependencies only: ${describeItem(modules, analysis)}.`, modules.line);
};

// ---------------------------------------------------------------------------------------------
// deps-cached-before-source

/** The source a step brings in (a context COPY/ADD or a bind mount of non-manifest files), or null. */
function sourceBroughtIn(step: Step, placement: Placement | undefined): string | null {
  const instruction = step.instruction;
  if (placement !== undefined && placement.origin.kind === 'context') {
    const source = placement.instruction.sources.find((s) => !isInstallInput(s));
    return source === undefined ? null : `${instruction.keyword} ${instruction.text}`;
  }
  if (instruction.kind === 'run') {
    const mount = instruction.mounts.find((m) => m.type === 'bind' && m.from === null && !isInstallInput(m.source ?? '.'));
    if (mount) return `RUN --mount=type=bind,source=${mount.source ?? '.'}`;
  }
  return null;
}

interface InstallStep {
  step: Step;
  install: DependencyInstall | 'go build';
  text: string;
}

function installsOf(step: Step): InstallStep[] {
  if (step.instruction.kind !== 'run') return [];
  const result: InstallStep[] = [];
  for (const command of commandsOfRun(step.instruction)) {
    const install = dependencyInstall(command, step.env);
    if (install !== null) result.push({step, install, text: command.words.join(' ')});
    else if (isGoBuild(command)) result.push({step, install: 'go build', text: command.words.join(' ')});
  }
  return result;
}

/**
 * `deps-cached-before-source`, judged by effect: in the build stage's chain, no dependency install runs after
 * the first instruction that brings in non-manifest source; and the dependencies are installed (or copied
 * in from a stage that installed them) before it. A `go build` with no `go mod download` before the
 * source downloads the modules itself, after it.
 */
export const depsCachedBeforeSource: CheckFunction = ({analysis, build: buildStage, final, stages}) => {
  // Cache order matters in any stage that installs; a single-stage file is judged on its one stage.
  const build = buildStage ?? (stages.length === 1 ? final : null);
  if (build === null) return fail(noBuildStageMessage(stages.length));
  const placements = new Map(placementsOf(build, analysis).map((placement) => [placement.step.instruction, placement]));
  let source: {step: Step; what: string} | null = null;
  let installedBefore: string | null = null;
  let goModulesBefore = false;
  for (const step of stageSteps(build, analysis)) {
    const placement = placements.get(step.instruction);
    if (source === null) {
      const what = sourceBroughtIn(step, placement);
      if (what !== null) source = {step, what};
    }
    if (placement !== undefined && placement.origin.kind === 'stage' && source === null) {
      if (placement.sources.some((s) => basename(s) === 'node_modules' || s.startsWith('/go/pkg'))) {
        installedBefore = `${lineOf(step, build)} copies installed dependencies from ${stageLabel(placement.origin.stage)}`;
      }
    }
    for (const install of installsOf(step)) {
      if (install.install === 'go build') {
        if (source !== null && !goModulesBefore) {
          return fail(
            `${lineOf(step, build)}: ${install.text} downloads the Go modules itself, after ${source.what} (${lineOf(source.step, build)}), so every source change downloads them again. Copy go.mod and go.sum first and RUN go mod download before copying the source.`,
            step.instruction.range.line,
          );
        }
        continue;
      }
      if (source !== null) {
        return fail(
          `${lineOf(step, build)}: ${install.text} runs after ${source.what} (${lineOf(source.step, build)}), so any source change invalidates the cache and reinstalls every dependency. Copy the manifests (package.json, lock file) first, install, then copy the source.`,
          step.instruction.range.line,
        );
      }
      installedBefore = `${install.text} (${lineOf(step, build)})`;
      if (install.install.manager === 'go') goModulesBefore = true;
    }
  }
  if (installedBefore === null) {
    return fail(
      `Stagecraft finds no dependency install in the build stage ${stageLabel(build)} (npm ci, go mod download, …) before the source is copied, so it cannot be cached apart from the source.`,
      source?.step.instruction.range.line ?? build.line,
    );
  }
  return pass(
    source === null
      ? `Dependencies are installed (${installedBefore}) and no source is copied after them into the build stage.`
      : `Dependencies are installed before the source: ${installedBefore}, then ${source.what} (${lineOf(source.step, build)}), so a source change reuses the cached install.`,
    source?.step.instruction.range.line ?? null,
  );
};

// ---------------------------------------------------------------------------------------------
// cache-mount

/** `cache-mount`: the build stage's dependency installs keep the package manager's cache in a cache mount. */
export const cacheMount: CheckFunction = ({analysis, build, stages}) => {
  if (build === null) return fail(noBuildStageMessage(stages.length));
  const installs = stageSteps(build, analysis)
    .flatMap(installsOf)
    .filter((install) => install.install !== 'go build');
  if (installs.length === 0) return fail(`The build stage ${stageLabel(build)} runs no dependency install to give a cache mount.`, build.line);
  for (const install of installs) {
    const run = install.step.instruction as RunInstruction;
    const mount = run.mounts.find((m) => m.type === 'cache');
    if (mount === undefined) {
      return fail(
        `${lineOf(install.step, build)}: ${install.text} downloads every package again whenever this layer rebuilds. Keep the package cache between builds: RUN --mount=type=cache,target=/root/.npm ${install.text}.`,
        run.range.line,
      );
    }
    if ((mount.target ?? '').split('/').includes('node_modules')) {
      return fail(
        `${lineOf(install.step, build)} puts node_modules itself on a cache mount (target=${mount.target}): what is installed there is not part of the image layer, so later steps and stages do not see it. Cache the download cache instead (target=/root/.npm).`,
        run.range.line,
      );
    }
  }
  const first = installs[0]!;
  return pass(
    `${lineOf(first.step, build)} keeps the package cache in a cache mount, so a rebuild does not download everything again.`,
    first.step.instruction.range.line,
  );
};
