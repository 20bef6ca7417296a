import type {DockerfileExercise} from '../types';
import {nodeAdvice, nodeRequired, required} from '../checkLists';
import solution from './solution.Dockerfile?raw';
import start from './start.Dockerfile?raw';

export const testStage: DockerfileExercise = {
  kind: 'dockerfile',
  id: 'test-stage',
  title: 'Add a test stage',
  goal:
    'Add a stage named test, built on the build stage, that runs the tests. docker build --target test . should ' +
    'run them; a plain docker build . should still produce the runtime image and, with BuildKit, never run the ' +
    'tests at all.',
  checks: [...required(['test-stage-exists', 'test-stage-builds-on-build', 'test-stage-runs-tests', 'runtime-is-default']), ...nodeRequired, ...nodeAdvice],
  hints: [
    'A stage can start FROM another stage: it then has everything that stage had, the built code and node_modules included.',
    'Write FROM build AS test and give it a RUN that runs the tests. A CMD would not do: nothing starts a container during a build.',
    'Put the test stage before the runtime stage, so the runtime stays last and remains the default target.',
    'The runtime must not need anything from the test stage (no COPY --from=test): BuildKit then skips it for a plain docker build . .',
  ],
  explanation:
    'FROM build AS test starts from the built code with all dependencies, and RUN npm test runs the suite while ' +
    'the stage is built. The runtime stage stays last and copies only from build, so BuildKit builds deps, build ' +
    'and runtime for docker build . and skips test; docker build --target test . builds deps, build and test. ' +
    'The legacy builder would build the test stage every time, because it builds every stage above the target.',
  next: 'fix-the-mistakes',
  start,
  solution,
};
