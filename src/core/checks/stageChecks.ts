import {fail, noBuildStageMessage, pass} from './outcome';
import type {CheckFunction} from './types';

/** `multiple-stages`: at least two stages. */
export const multipleStages: CheckFunction = ({stages}) => {
  if (stages.length >= 2) return pass(`The file has ${stages.length} stages.`);
  if (stages.length === 0) return fail('The file has no FROM, so no stage at all: start with FROM <image> AS build.');
  return fail(
    `The file has a single stage (FROM on line ${stages[0]!.line}), so everything used to build ends up in the image you ship. Add a second FROM for a runtime stage and copy only the build output into it.`,
    stages[0]!.line,
  );
};

/** `named-build-stage`: the build stage has a name (`FROM … AS name`). */
export const namedBuildStage: CheckFunction = ({build, stages}) => {
  if (build === null) return fail(noBuildStageMessage(stages.length));
  if (build.name !== null) return pass(`The build stage is named "${build.declaredName ?? build.name}" (line ${build.line}).`, build.line);
  return fail(
    `The build stage (FROM ${build.fromAsWritten}, line ${build.line}) has no name. Name it (FROM ${build.fromAsWritten} AS build) so later stages can say COPY --from=build instead of a fragile stage number.`,
    build.line,
  );
};

/** `stage-name-casing`: stage names in lower case (BuildKit's StageNameCasing check). */
export const stageNameCasing: CheckFunction = ({stages}) => {
  const mixed = stages.filter((stage) => stage.declaredName !== null && stage.declaredName !== stage.declaredName.toLowerCase());
  const first = mixed[0];
  if (first === undefined) return pass('Every stage name is lower case.');
  return fail(
    `Stage name "${first.declaredName}" on line ${first.line} is not lower case (BuildKit's StageNameCasing). BuildKit stores it as "${first.name}", so FROM ${first.declaredName} would not find it; write AS ${first.name}.`,
    first.line,
  );
};
