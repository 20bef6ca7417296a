import type {StageContents} from '../../contents/buildStageContents';
import type {Step} from '../../contents/walkStages';
import {expandWord} from '../../model/expandWord';
import type {Instruction} from '../../types';
import type {Rule} from '../ruleContext';
import {suggestLikeBuildKit} from './closestName';

/** Build args BuildKit never puts into the environment, so never reports (convert.go `nonEnvArgs`). */
const nonEnvArgs = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** Flags whose values BuildKit expands (commands.go: COPY/ADD `--chown`, `--chmod`, ADD `--checksum`). */
const expandedCopyFlags = new Set(['chown', 'chmod', 'checksum']);

/**
 * The words of an instruction BuildKit expands itself, and so checks for undefined variables
 * (instructions/commands.go `Expand`): not RUN, CMD or ENTRYPOINT commands, which the shell expands,
 * nor EXPOSE, HEALTHCHECK or SHELL.
 */
function expandedWords(instruction: Instruction): string[] {
  switch (instruction.kind) {
    case 'env':
    case 'label':
      return instruction.variables.flatMap((variable) => [variable.name, variable.raw ?? variable.value ?? '']);
    case 'arg':
      return instruction.variables.flatMap((variable) => (variable.value === null ? [] : [variable.raw ?? variable.value]));
    case 'copy':
    case 'add': {
      const flags = instruction.flags.filter((flag) => expandedCopyFlags.has(flag.name)).map((flag) => flag.value ?? '');
      return instruction.heredocs.length > 0
        ? flags
        : [...flags, ...instruction.sources, ...(instruction.destination === null ? [] : [instruction.destination])];
    }
    case 'workdir':
      return [instruction.rawPath];
    case 'user':
      return [instruction.rawUser];
    case 'run':
      return instruction.mounts.flatMap((mount) => Object.values(mount.options));
    case 'other':
      return instruction.keyword === 'VOLUME' || instruction.keyword === 'STOPSIGNAL' ? instruction.words : [];
    case 'cmd':
    case 'entrypoint':
      return [];
    default: {
      const never: never = instruction;
      return never;
    }
  }
}

function argNamesOf(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => (step.instruction.kind === 'arg' ? step.instruction.variables.map((variable) => variable.name) : []));
}

/**
 * On an image base Stagecraft knows only some of the image's ENV (the catalog's), so an upper-case name could
 * be one the image sets (NODE_VERSION, PYTHON_VERSION): it is reported only when it looks like a typo of a
 * known variable. On `scratch` (whose only variable is BuildKit's default PATH) every name is known.
 */
function reportable(name: string, suggestion: string | null, baseIsScratch: boolean): boolean {
  if (baseIsScratch || suggestion !== null) return true;
  return !/^[A-Z][A-Z0-9_]*$/.test(name);
}

/** A cheap look before the real one: whether any word or flag BuildKit could expand holds a `$` at all. */
function mayReferToVariables(instruction: Instruction): boolean {
  if (instruction.flags.some((flag) => flag.value?.includes('$'))) return true;
  return instruction.kind !== 'run' && instruction.words.some((word) => word.includes('$'));
}

function undefinedIn(step: Step, declared: ReadonlySet<string>, escape: string): string[] {
  if (!mayReferToVariables(step.instruction)) return [];
  const unset = new Set<string>();
  for (const word of expandedWords(step.instruction)) {
    if (!word.includes('$')) continue;
    for (const name of expandWord(word, step.env, escape).unset) {
      if (!declared.has(name) && !nonEnvArgs.has(name) && name !== 'PATH') unset.add(name);
    }
  }
  return [...unset];
}

/**
 * UndefinedVar (BuildKit dockerfile2llb `reportUnmatchedVariables`): a variable an instruction expands that no
 * ENV, ARG or base image of the stage's chain defines. A stage built on another sees that stage's ENV and
 * ARGs (BuildKit carries the whole build state over, ARG values included).
 */
export const undefinedVarRule: Rule = ({contents, parsed, sink}) => {
  const argsByStage = new Map<number, Set<string>>();
  for (const stage of contents) {
    const parent = stage.walk.parent === null ? undefined : argsByStage.get(stage.walk.parent.index);
    const steps = stage.walk.ownSteps;
    argsByStage.set(stage.index, new Set([...(parent ?? []), ...argNamesOf(steps)]));
    reportStage(stage, parent ?? new Set(), parsed.escapeCharacter, sink);
  }
};

function reportStage(stage: StageContents, inherited: ReadonlySet<string>, escape: string, sink: Parameters<Rule>[0]['sink']): void {
  // ARG names the chain declares so far: BuildKit never reports those, even without a value.
  const declared = new Set(inherited);
  const baseIsScratch = stage.baseRef === 'scratch';
  for (const step of stage.walk.ownSteps) {
    for (const name of undefinedIn(step, declared, escape)) {
      const suggestion = suggestLikeBuildKit(name, [...step.env.keys(), 'PATH']);
      if (!reportable(name, suggestion, baseIsScratch)) continue;
      const hint = suggestion === null ? '' : ` (did you mean $${suggestion}?)`;
      sink.report('UndefinedVar', `Usage of undefined variable '$${name}'${hint}`, step.instruction.range, stage.index);
    }
    if (step.instruction.kind === 'arg') for (const variable of step.instruction.variables) declared.add(variable.name);
  }
}
