import type {StageContents} from '../../contents/buildStageContents';
import {expandWritten} from '../../contents/walkStages';
import {stageOs} from '../../model/stageChain';
import type {Instruction, Stage} from '../../types';
import type {Rule, RuleContext} from '../ruleContext';

const secretName = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const notSecretName = /(?:^|_)(?:public|file|version)(?:_|$)/i;
const singleInstructions = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

function ownInstructions(stage: Stage): Instruction[] {
  return stage.instructions.filter((instruction) => !instruction.onbuild);
}

/**
 * BuildKit's system.IsAbs (util/system/path.go): for a Windows stage a drive letter is stripped first (only C: is
 * accepted; `C:` alone, another drive and UNC paths are errors, so not absolute) and `\` counts as `/`; for any
 * other OS only a leading `/` makes a path absolute.
 */
function isAbsoluteWorkdir(path: string, os: string): boolean {
  if (os !== 'windows') return path.startsWith('/');
  const slashed = path.replaceAll('\\', '/');
  if ((path.length === 2 && path[1] === ':') || slashed.startsWith('//')) return false;
  const colon = path.indexOf(':');
  if (colon === -1) return slashed.startsWith('/');
  return path.slice(0, colon).toLowerCase() === 'c' && slashed.slice(colon + 1).startsWith('/');
}

/**
 * The WORKDIR path as BuildKit checks it: expanded with the variables in force (dispatch expands every word
 * before dispatchWorkdir runs the check, convert.go), or null when the stage's state is unknown.
 */
function expandedWorkdir(instruction: Instruction & {kind: 'workdir'}, stage: Stage, contents: readonly StageContents[], escape: string): string | null {
  if (!instruction.path.includes('$')) return instruction.path;
  const step = contents[stage.index]?.walk.ownSteps.find((candidate) => candidate.instruction === instruction);
  return step ? expandWritten(instruction.rawPath, step.env, escape) : null;
}

function workdirRule({model, contents, platform, parsed, sink}: RuleContext, stage: Stage, instruction: Instruction & {kind: 'workdir'}): void {
  const path = expandedWorkdir(instruction, stage, contents, parsed.escapeCharacter);
  const os = stageOs(model.stages, stage.index, platform);
  if (path === null || isAbsoluteWorkdir(path, os)) return;
  const shown = path === instruction.path ? path : `${instruction.path} (${path === '' ? 'empty' : path} once expanded)`;
  sink.report(
    'WorkdirRelativePath',
    `WORKDIR ${shown} is relative, and no WORKDIR comes before it in this stage, so it depends on the base image's working directory. Use an absolute path.`,
    instruction.range,
    stage.index,
  );
}

/** Per-instruction BuildKit checks that matter to learners. */
export const instructionRules: Rule = (context) => {
  const {parsed, model, sink} = context;
  for (const line of parsed.emptyContinuationLines) {
    sink.report(
      'NoEmptyContinuation',
      'This blank line sits inside a continued instruction (the line above ends with the escape character). BuildKit skips it and joins the next line onto the instruction, which can swallow a FROM.',
      {line, column: 1, endLine: line, endColumn: 1},
    );
  }

  // BuildKit checks only the first WORKDIR of a stage chain; later ones are fixed by fixing that one.
  const workdirSet = new Map<number, boolean>();
  const shellSet = new Map<number, boolean>();
  for (const stage of model.stages) {
    const own = ownInstructions(stage);
    let hasWorkdir = stage.fromStage !== null && (workdirSet.get(stage.fromStage) ?? false);
    let hasShell = stage.fromStage !== null && (shellSet.get(stage.fromStage) ?? false);
    for (const instruction of own) {
      if (instruction.keyword === 'MAINTAINER') {
        sink.report(
          'MaintainerDeprecated',
          'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors="…" instead.',
          instruction.range,
          stage.index,
        );
      }
      if (instruction.keyword === 'SHELL') hasShell = true;
      if (instruction.kind === 'workdir') {
        if (!hasWorkdir) workdirRule(context, stage, instruction);
        hasWorkdir = true;
      }
      if ((instruction.kind === 'cmd' || instruction.kind === 'entrypoint') && instruction.exec === null && instruction.text !== '' && !hasShell) {
        sink.report(
          'JSONArgsRecommended',
          `${instruction.keyword} in shell form runs under /bin/sh -c, so the process does not receive stop signals directly. Prefer ${instruction.keyword} ["…", "…"].`,
          instruction.range,
          stage.index,
        );
      }
      if (instruction.kind === 'env' || instruction.kind === 'arg') {
        for (const variable of instruction.variables) {
          if (secretName.test(variable.name) && !notSecretName.test(variable.name)) {
            sink.report(
              'SecretsUsedInArgOrEnv',
              `${instruction.keyword} ${variable.name} looks like a secret. ARG and ENV values are kept in the image's history and metadata; pass secrets with RUN --mount=type=secret instead.`,
              instruction.range,
              stage.index,
            );
          }
        }
      }
    }
    workdirSet.set(stage.index, hasWorkdir);
    shellSet.set(stage.index, hasShell);
    for (const keyword of singleInstructions) {
      const found = own.filter((instruction) => instruction.keyword === keyword);
      for (const earlier of found.slice(0, -1)) {
        sink.report(
          'MultipleInstructionsDisallowed',
          `This stage has ${found.length} ${keyword} instructions; only the last one takes effect.`,
          earlier.range,
          stage.index,
        );
      }
    }
  }
};
