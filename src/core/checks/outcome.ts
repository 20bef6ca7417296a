import type {CheckOutcome} from './types';

export const pass = (message: string, line: number | null = null): CheckOutcome => ({passed: true, message, line});
export const fail = (message: string, line: number | null = null): CheckOutcome => ({passed: false, message, line});

/** Why a check that needs a build stage cannot find one. */
export function noBuildStageMessage(stageCount: number): string {
  if (stageCount === 0) return 'The file has no FROM, so no stage at all: start with FROM <image> AS build, then a second FROM for the runtime.';
  return stageCount < 2
    ? 'There is only one stage, so there is no separate build stage: build in a first stage (FROM … AS build) and copy the result into a second one.'
    : 'No stage before the final one runs the build (npm run build, go build, …), so there is no build stage: when the final stage builds, its image keeps the whole toolchain.';
}
