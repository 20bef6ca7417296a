import type {Instruction, Stage} from '../../types';
import type {Rule} from '../ruleContext';

const secretName = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const notSecretName = /(?:^|_)(?:public|file|version)(?:_|$)/i;
const singleInstructions = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

function ownInstructions(stage: Stage): Instruction[] {
  return stage.instructions.filter((instruction) => !instruction.onbuild);
}

/** Per-instruction BuildKit checks that matter to learners. */
export const instructionRules: Rule = ({parsed, model, sink}) => {
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
        const isAbsolute = /^(?:\/|\$|[A-Za-z]:[\\/])/.test(instruction.path);
        if (!isAbsolute && !hasWorkdir) {
          sink.report(
            'WorkdirRelativePath',
            `WORKDIR ${instruction.path} is relative, and no WORKDIR comes before it in this stage, so it depends on the base image's working directory. Use an absolute path.`,
            instruction.range,
            stage.index,
          );
        }
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
