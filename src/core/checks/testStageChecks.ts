import {runsTests} from '../contents/buildCommands';
import {stageChain} from '../model/stageChain';
import type {Analysis, Stage} from '../types';
import {dependsOn} from './context';
import {runsBuildInChain} from './files';
import {fail, pass} from './outcome';
import {commandsOfRun, commandsOfScript} from './shell';
import {lineOf, miscasedStageHint, stageLabel, stageSteps} from './steps';
import type {CheckContext, CheckFunction} from './types';

/** The stage `--target test` selects: the last one named test (any case). */
function testStage({stages}: CheckContext): Stage | null {
  return stages.filter((stage) => stage.name === 'test').at(-1) ?? null;
}

const noTestStage = 'There is no stage named test yet: add one with FROM build AS test.';

/** `test-stage-exists`: a stage named `test`. */
export const testStageExists: CheckFunction = (context) => {
  const test = testStage(context);
  if (test === null) {
    const near = context.stages.find((stage) => stage.name !== null && stage.name.includes('test'));
    const hint = near ? ` Stage "${near.declaredName}" (line ${near.line}) is close, but --target needs the exact name test.` : '';
    return fail(`${noTestStage} Then docker build --target test . runs the tests on demand.${hint}`, near?.line ?? null);
  }
  return pass(`Stage ${stageLabel(test)} (line ${test.line}) can be built with docker build --target test .`, test.line);
};

/** Stages other than `test` that run the build, itself or inherited. */
function builders(analysis: Analysis, test: Stage): Stage[] {
  return analysis.stages.filter((stage) => stage !== test && runsBuildInChain(stage, analysis));
}

/** `test-stage-builds-on-build`: `test` is built on the build stage (FROM it), or copies from it. */
export const testStageBuildsOnBuild: CheckFunction = (context) => {
  const {analysis, stages} = context;
  const test = testStage(context);
  if (test === null) return fail(noTestStage);
  const candidates = builders(analysis, test);
  const chain = stageChain(test, stages);
  const base = candidates.find((stage) => chain.includes(stage));
  if (base) return pass(`The test stage is built on ${stageLabel(base)} (FROM on line ${test.line}), so it tests exactly what was built.`, test.line);
  const copied = analysis.dependencies.find(
    (edge) =>
      edge.stage === test.index && edge.via !== 'from' && candidates.some((stage) => stage.index === edge.on || dependsOn(analysis, edge.on, stage.index)),
  );
  if (copied) return pass(`The test stage copies from ${stageLabel(stages[copied.on]!)} (line ${copied.line}), so it tests what was built.`, copied.line);
  const rebuilds = runsBuildInChain(test, analysis);
  return fail(
    rebuilds
      ? `The test stage (line ${test.line}) runs its own build instead of building on the build stage, so it may test something other than what ships, and the build runs twice. Start it with FROM build AS test.`
      : `The test stage (FROM ${test.fromAsWritten}, line ${test.line}) is not built on the build stage and copies nothing from it, so there is nothing built for it to test.${miscasedStageHint(test, stages) || ' Start it with FROM build AS test.'}`,
    test.line,
  );
};

/**
 * `test-stage-runs-tests`: a RUN that only `--target test` builds (in the test stage, or a stage only it is
 * built on) runs the tests (`npm test`, `npm run test:*`, `yarn test`, `npx jest`, …). A CMD does not count.
 */
export const testStageRunsTests: CheckFunction = (context) => {
  const {analysis, defaultBuilt} = context;
  const test = testStage(context);
  if (test === null) return fail(noTestStage);
  let inDefaultBuild: {message: string; line: number} | null = null;
  for (const step of stageSteps(test, analysis)) {
    const instruction = step.instruction;
    if (instruction.kind !== 'run') continue;
    const command = commandsOfRun(instruction).find((c) => runsTests(c.words.join(' ')));
    if (command === undefined) continue;
    const where = lineOf(step, test);
    if (step.stage === test || !defaultBuilt.has(step.stage.index)) {
      return pass(`${where} runs the tests (${command.words.join(' ')}) while docker build --target test . builds the stage.`, instruction.range.line);
    }
    inDefaultBuild ??= {
      message: `${where} runs the tests (${command.words.join(' ')}), but a plain docker build also builds ${stageLabel(step.stage)}, so every build runs them; move the RUN into the test stage.`,
      line: instruction.range.line,
    };
  }
  if (inDefaultBuild !== null) return fail(inDefaultBuild.message, inDefaultBuild.line);
  const cmd = stageSteps(test, analysis).find(
    (step) =>
      (step.instruction.kind === 'cmd' || step.instruction.kind === 'entrypoint') &&
      commandsOfScript(step.instruction.exec?.join(' ') ?? step.instruction.text).some((c) => runsTests(c.words.join(' '))),
  );
  if (cmd) {
    return fail(
      `${lineOf(cmd, test)}: ${cmd.instruction.keyword} runs the tests only when a container starts, and nothing starts one during docker build --target test, so the build succeeds without testing. Use RUN npm test.`,
      cmd.instruction.range.line,
    );
  }
  return fail(`The test stage (line ${test.line}) has no RUN that runs the tests: add RUN npm test.`, test.line);
};

/**
 * `runtime-is-default`: the last stage is not the test stage, and the test stage is not among the stages
 * BuildKit builds for the default target (so a runtime that copies from the test stage fails).
 */
export const runtimeIsDefault: CheckFunction = (context) => {
  const {analysis, final, defaultBuilt, stages} = context;
  if (final === null) return fail('The file has no stage.');
  const test = testStage(context);
  if (test === final) {
    return fail(
      `The test stage is the last one (line ${test.line}), so a plain docker build . builds it, runs the tests and ships the test image. Keep the runtime stage last.`,
      test.line,
    );
  }
  if (test !== null && defaultBuilt.has(test.index)) {
    const edge = analysis.dependencies.find((e) => e.on === test.index && defaultBuilt.has(e.stage));
    const how = edge ? ` (${stageLabel(stages[edge.stage]!)} ${edge.via === 'from' ? 'is built on it' : 'copies from it'} on line ${edge.line})` : '';
    return fail(
      `A plain docker build . still builds the test stage${how}, so every build of the runtime image runs the tests. The runtime must need nothing from the test stage: copy from build instead.`,
      edge?.line ?? test.line,
    );
  }
  const names = [...defaultBuilt]
    .map((index) => stages[index]!)
    .map(stageLabel)
    .join(', ');
  return pass(
    test === null
      ? `The last stage, ${stageLabel(final)}, is the default target.`
      : `The last stage, ${stageLabel(final)}, is the default target; BuildKit builds ${names} for it and skips the test stage.`,
    final.line,
  );
};
