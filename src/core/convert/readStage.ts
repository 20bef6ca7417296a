/**
 * What a single-stage Dockerfile does, read from the stage-contents model: the role of each instruction
 * (manifests, install, build, source, start), the package manager and the build output, all by asking which
 * items each line put into the stage. Nothing here reads the Dockerfile's text a second time.
 */

import type {StageContents} from '../contents/buildStageContents';
import {isBuildCommand} from '../contents/buildCommands';
import {isInstallInput} from '../contents/fileKinds';
import {splitShellCommands, type ShellCommand} from '../contents/shell';
import {presentItems} from '../contents/queries';
import type {Step} from '../contents/walkStages';
import {startOf} from '../checks/startCommand';
import type {Analysis, ContentItem, Stage} from '../types';

export type StepRole = 'manifests' | 'install' | 'build' | 'install-build' | 'source' | 'setup' | 'start' | 'config';

export interface ReadStep {
  step: Step;
  role: StepRole;
  items: ContentItem[];
}

export type NodeManager = 'npm' | 'yarn' | 'pnpm';
export type PythonTool = 'pip' | 'uv' | 'poetry';

export interface StageReading {
  analysis: Analysis;
  stage: Stage;
  contents: StageContents;
  steps: ReadStep[];
  /** What the final image holds at its end. */
  items: ContentItem[];
  nodeManager: NodeManager | null;
  pythonTool: PythonTool | null;
  start: ReturnType<typeof startOf>;
  workdir: string;
}

/** Instructions that only configure how the container starts: they belong to the runtime stage. */
const startKeywords = new Set(['CMD', 'ENTRYPOINT', 'EXPOSE', 'HEALTHCHECK', 'STOPSIGNAL', 'VOLUME']);

/** A package manager installed as a tool (`pip install poetry`), not the project's dependencies. */
const toolInstall = /^Python packages: (?:poetry|uv|pipenv) \(/;

const installsDependencies = (item: ContentItem): boolean =>
  (item.category === 'dependencies' || item.category === 'dev-dependencies') && !toolInstall.test(item.label);

/** The Python tool that installs the project's dependencies, as the contents model labels the install. */
function pythonToolOf(items: readonly ContentItem[]): PythonTool | null {
  const labels = items.filter(installsDependencies).map((item) => item.label);
  if (labels.some((label) => label.endsWith('(uv sync)') || label.endsWith('(uv pip install)'))) return 'uv';
  if (labels.some((label) => label.endsWith('(poetry install)'))) return 'poetry';
  return labels.some((label) => /\(pip3?(?:\.\d+)? install\)$/.test(label)) ? 'pip' : null;
}

function roleOf(step: Step, items: readonly ContentItem[]): StepRole {
  const instruction = step.instruction;
  if (startKeywords.has(instruction.keyword)) return 'start';
  if (instruction.kind === 'copy' || instruction.kind === 'add') {
    if (instruction.from !== null) return 'setup';
    if (instruction.sources.length > 0 && instruction.sources.every(isInstallInput)) return 'manifests';
    return 'source';
  }
  if (instruction.kind !== 'run') return 'config';
  const builds = items.some((item) => item.category === 'build-output');
  const installs = items.some(installsDependencies);
  if (builds && installs) return 'install-build';
  if (builds) return 'build';
  return installs ? 'install' : 'setup';
}

const managerOf = (items: readonly ContentItem[]): NodeManager | null => {
  for (const item of items) {
    const match = /^node_modules: .*\((npm|yarn|pnpm) [\w-]+\)$/.exec(item.label);
    if (match) return match[1] as NodeManager;
  }
  return null;
};

/** Reads the one stage of a single-stage file. */
export function readStage(analysis: Analysis): StageReading | null {
  const stage = analysis.stages[0];
  const contents = analysis.contents[0];
  if (stage === undefined || contents === undefined || analysis.stages.length !== 1) return null;
  const entries = contents.entries.map((entry) => entry.item).filter((item) => item.via === 'instruction');
  const steps = contents.walk.ownSteps.map((step) => {
    const items = entries.filter((item) => item.line === step.instruction.range.line);
    return {step, role: roleOf(step, items), items};
  });
  return {
    analysis,
    stage,
    contents,
    steps,
    items: presentItems(contents),
    nodeManager: managerOf(entries),
    pythonTool: pythonToolOf(entries),
    start: startOf(stage, analysis),
    workdir: contents.walk.workdir,
  };
}

/** The simple commands of a RUN, with the index of the first that builds (or -1). */
export function buildCommandIndex(command: string): {commands: ShellCommand[]; build: number} {
  const commands = splitShellCommands(command);
  return {commands, build: commands.findIndex(isBuildCommand)};
}
