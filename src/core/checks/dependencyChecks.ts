import type {Analysis, RunInstruction, Stage} from '../types';
import {placementsOf, workingDirectories, type Placement} from './files';
import {basename, globMatches, hasGlob, isInside, wholeDirectory} from '../contents/paths';
import {fail, noBuildStageMessage, pass} from './outcome';
import {commandsOfRun, dependencyInstall, isGoBuild, prunesDevDependencies, type DependencyInstall} from './shell';
import {lineOf, stageLabel, stageSteps, type Step} from './steps';
import type {CheckFunction} from './types';

const javaScriptManagers = new Set(['npm', 'yarn', 'pnpm', 'bun']);

// ---------------------------------------------------------------------------------------------
// prod-deps-only

type ModulesKind = 'none' | 'production' | 'full' | 'unknown';

interface ModulesState {
  kind: ModulesKind;
  /** How the stage got its node_modules, for messages. */
  how: string;
  line: number | null;
  /** Directories where node_modules were installed (WORKDIR of the install). */
  directories: string[];
}

const none: ModulesState = {kind: 'none', how: 'no node_modules', line: null, directories: []};

function copiesNodeModules(placement: Placement, installed: readonly string[]): boolean {
  return placement.sources.some(
    (source) =>
      basename(source) === 'node_modules' ||
      (hasGlob(source) && globMatches(basename(source), 'node_modules')) ||
      installed.some((directory) => isInside(`${directory}/node_modules`, source)),
  );
}

const modulesCache = new WeakMap<Stage, ModulesState>();

/** What node_modules a stage holds at its end: none, production only, with devDependencies, or unknown. */
function nodeModulesOf(stage: Stage, analysis: Analysis, visiting = new Set<number>()): ModulesState {
  const cached = modulesCache.get(stage);
  if (cached) return cached;
  if (visiting.has(stage.index)) return {...none, kind: 'unknown', how: 'a circular copy'};
  visiting.add(stage.index);
  let state: ModulesState = none;
  const placements = new Map(placementsOf(stage, analysis).map((placement) => [placement.step.instruction, placement]));
  for (const step of stageSteps(stage, analysis)) {
    const instruction = step.instruction;
    const where = lineOf(step, stage);
    if (instruction.kind === 'run') {
      for (const command of commandsOfRun(instruction)) {
        const install = dependencyInstall(command, step.env);
        if (install !== null && javaScriptManagers.has(install.manager)) {
          const text = command.words.join(' ');
          state = {
            kind: install.productionOnly ? 'production' : 'full',
            how: install.productionOnly ? `${text} (${where}) installs production dependencies only` : `${text} (${where}) installs devDependencies too`,
            line: instruction.range.line,
            directories: [...state.directories, step.workdir],
          };
        } else if (state.kind !== 'none' && prunesDevDependencies(command, step.env)) {
          state = {...state, kind: 'production', how: `${command.words.join(' ')} (${where}) removes the devDependencies`, line: instruction.range.line};
        }
      }
      continue;
    }
    const placement = placements.get(instruction);
    if (placement === undefined) continue;
    if (placement.origin.kind === 'stage') {
      const from = nodeModulesOf(placement.origin.stage, analysis, visiting);
      if (!copiesNodeModules(placement, from.directories)) continue;
      const source = stageLabel(placement.origin.stage);
      state =
        from.kind === 'none'
          ? {kind: 'unknown', how: `${where} copies node_modules from ${source}, where Stagecraft sees no install`, line: instruction.range.line, directories: [step.workdir]}
          : {kind: from.kind, how: `${where} copies node_modules from ${source}, where ${from.how}`, line: instruction.range.line, directories: [step.workdir]};
    } else if (copiesNodeModules(placement, []) || (placement.origin.kind !== 'context' && placement.sources.some((source) => workingDirectories.has(wholeDirectory(source))))) {
      const source = placement.origin.kind === 'context' ? 'your machine (the build context)' : `"${placement.instruction.from?.raw ?? ''}", which is no stage of this file`;
      state = {kind: 'unknown', how: `${where} copies node_modules (or a folder that may hold them) from ${source}, so what they hold is unknown`, line: instruction.range.line, directories: [step.workdir]};
    }
  }
  visiting.delete(stage.index);
  modulesCache.set(stage, state);
  return state;
}

/**
 * `prod-deps-only`: the final image gets production dependencies only: an install with `--omit=dev`
 * (`--production`, `--only=production`, NODE_ENV=production before it), a later `npm prune --omit=dev`,
 * node_modules copied from a stage that did so, or no node_modules at all.
 */
export const prodDepsOnly: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage.');
  const state = nodeModulesOf(final, analysis);
  switch (state.kind) {
    case 'none':
      return pass('The final image has no node_modules at all, so no devDependencies either.');
    case 'production':
      return pass(`Production dependencies only: ${state.how}.`, state.line);
    case 'full':
      return fail(
        `The final image gets devDependencies (test runners, compilers, type definitions) it never uses: ${state.how}. Install with npm ci --omit=dev, or run npm prune --omit=dev after the build.`,
        state.line,
      );
    case 'unknown':
      return fail(`Stagecraft cannot tell whether the final image's node_modules hold only production dependencies: ${state.how}.`, state.line);
    default: {
      const exhaustive: never = state.kind;
      return exhaustive;
    }
  }
};

// ---------------------------------------------------------------------------------------------
// deps-cached-before-source

const manifestNames = [
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'bun.lock',
  'bun.lockb',
  '.npmrc',
  '.yarnrc',
  '.yarnrc.yml',
  '.yarn',
  'go.mod',
  'go.sum',
  'go.work',
  'go.work.sum',
];
/** Names a glob could match that are certainly source, not manifests (`*.json` matches tsconfig.json). */
const sourceNames = ['src', 'main.go', 'index.js', 'server.js', 'index.ts', 'tsconfig.json', 'app.py', 'Dockerfile', 'README.md'];

export function isManifest(path: string): boolean {
  const name = basename(path);
  if (/^requirements.*\.txt$/.test(name)) return true;
  if (!hasGlob(name)) return manifestNames.includes(name);
  const candidates = [...manifestNames, 'requirements.txt', 'requirements-dev.txt'];
  return candidates.some((candidate) => globMatches(name, candidate)) && !sourceNames.some((candidate) => globMatches(name, candidate));
}

/** The source a step brings in (a context COPY/ADD or a bind mount of non-manifest files), or null. */
function sourceBroughtIn(step: Step, placement: Placement | undefined): string | null {
  const instruction = step.instruction;
  if (placement !== undefined && placement.origin.kind === 'context') {
    const source = placement.instruction.sources.find((s) => !isManifest(s));
    return source === undefined ? null : `${instruction.keyword} ${instruction.text}`;
  }
  if (instruction.kind === 'run') {
    const mount = instruction.mounts.find((m) => m.type === 'bind' && m.from === null && !isManifest(m.source ?? '.'));
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
export const depsCachedBeforeSource: CheckFunction = ({analysis, build, stages}) => {
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
  const installs = stageSteps(build, analysis).flatMap(installsOf).filter((install) => install.install !== 'go build');
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
  return pass(`${lineOf(first.step, build)} keeps the package cache in a cache mount, so a rebuild does not download everything again.`, first.step.instruction.range.line);
};
