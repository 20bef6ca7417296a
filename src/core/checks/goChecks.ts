import {lookupBaseImage} from '../estimate/lookupBaseImage';
import {baseImageOf} from '../model/stageChain';
import {fail, noBuildStageMessage, pass} from './outcome';
import {cgoSetting, commandsOfRun, isGoBuild, linksStatically} from './shell';
import {lineOf, stageLabel, stageSteps} from './steps';
import type {CheckFunction} from './types';

/**
 * `static-binary-for-minimal-base`: when the final base has no glibc (scratch, alpine, distroless static,
 * busybox:musl) and the build stage's base is glibc-based, every `go build` runs with CGO_ENABLED=0 (set
 * by ENV or an ARG default in the build stage or a stage it is built on, inline, by `export`, or by
 * `go env -w`), or links statically.
 */
export const staticBinaryForMinimalBase: CheckFunction = ({analysis, final, build, stages}) => {
  if (final === null || build === null) return fail(noBuildStageMessage(stages.length));
  const finalRef = baseImageOf(final, stages);
  const buildRef = baseImageOf(build, stages);
  const finalLibc = lookupBaseImage(finalRef).libc;
  const buildLibc = lookupBaseImage(buildRef).libc;
  if (finalLibc === null) return pass(`Stagecraft does not know which C library ${finalRef} has, so it cannot tell whether the binary must be static.`);
  if (finalLibc === 'glibc') return pass(`The final base ${finalRef} has glibc, so a binary linked against glibc runs there.`);
  if (buildLibc !== 'glibc') return pass(`The build base ${buildRef} is not glibc-based, so the binary does not need glibc.`);

  // Walk the build stage's chain: the Go environment file (`go env -w`) and the variables in force.
  let goEnvFile: string | null = null;
  let checked = 0;
  for (const step of stageSteps(build, analysis)) {
    if (step.instruction.kind !== 'run') continue;
    const exported = new Map<string, string>();
    for (const command of commandsOfRun(step.instruction)) {
      const setting = cgoSetting(command);
      if (setting !== null) {
        if (command.words[0] === 'go' || command.words[0]?.endsWith('/go')) goEnvFile = setting;
        else exported.set('CGO_ENABLED', setting);
        continue;
      }
      if (!isGoBuild(command)) continue;
      checked++;
      const value = command.env.CGO_ENABLED ?? exported.get('CGO_ENABLED') ?? step.env.get('CGO_ENABLED') ?? goEnvFile;
      if (value === '0' || linksStatically(command)) continue;
      const line = step.instruction.range.line;
      const setTo = value === null ? 'CGO_ENABLED is not set, so cgo is on (the default where gcc is present)' : `CGO_ENABLED is ${value}`;
      return fail(
        `${lineOf(step, build)} runs ${command.words.slice(0, 2).join(' ')} while ${setTo}: the binary links against glibc from ${buildRef}, and ${finalRef} has no glibc, so it fails to start ("no such file or directory"). Build with CGO_ENABLED=0 (ENV CGO_ENABLED=0, or CGO_ENABLED=0 go build …).`,
        line,
      );
    }
  }
  if (checked === 0) return pass(`The build stage ${stageLabel(build)} runs no go build, so there is no Go binary to link statically.`);
  return pass(`The Go build runs with CGO_ENABLED=0 (or links statically), so the binary needs no C library and runs on ${finalRef}, which has no glibc.`);
};
