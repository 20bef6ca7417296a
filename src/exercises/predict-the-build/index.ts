import type {PredictExercise, PredictQuestion} from '../types';
import goDocsCerts from './questions/go-docs-certs.Dockerfile?raw';
import mountFrom from './questions/mount-from.Dockerfile?raw';
import nodeTestStage from './questions/node-test-stage.Dockerfile?raw';

/** The questions. Answers are never written here: `predictionAnswer` computes them from the analysis. */
const questions: readonly PredictQuestion[] = [
  {
    id: 'default-target-buildkit',
    prompt: 'With BuildKit, which stages does a plain build of this file build?',
    dockerfile: nodeTestStage,
    command: 'docker build .',
    builder: 'buildkit',
    buildersDiffer: true,
    explanation:
      'The default target is the last stage, runtime. BuildKit works back from it: runtime is built FROM base and copies from prod-deps and from build; build is built FROM dev-deps, which is built FROM base. No stage needs test, so BuildKit never runs it.',
  },
  {
    id: 'default-target-legacy',
    prompt: 'The same file with the legacy builder (DOCKER_BUILDKIT=0): which stages are built?',
    dockerfile: nodeTestStage,
    command: 'DOCKER_BUILDKIT=0 docker build .',
    builder: 'legacy',
    buildersDiffer: true,
    explanation:
      'The legacy builder ignores what the target needs and builds every stage from the top of the file down to the target. runtime is last, so that is all six, and the tests run on every build.',
  },
  {
    id: 'target-test',
    prompt: 'Which stages does BuildKit build when you ask for the test stage?',
    dockerfile: nodeTestStage,
    command: 'docker build --target test .',
    builder: 'buildkit',
    buildersDiffer: true,
    explanation:
      '--target test makes test the result. It is built FROM build, build FROM dev-deps, dev-deps FROM base. prod-deps is not on that chain, so BuildKit skips it; the legacy builder would build it anyway, because it sits above test in the file. Neither builder goes past the target to runtime.',
  },
  {
    id: 'skipped-docs-stage',
    prompt: 'This image builds a Go server; the file also builds documentation. Which stages does BuildKit build?',
    dockerfile: goDocsCerts,
    command: 'docker build .',
    builder: 'buildkit',
    buildersDiffer: true,
    explanation:
      'The final stage copies from stage 0 (by index) and from certs. Nothing copies from docs, so BuildKit never builds it; the legacy builder would.',
  },
  {
    id: 'legacy-target-docs',
    prompt: 'Someone builds only the documentation, with the legacy builder. Which stages are built?',
    dockerfile: goDocsCerts,
    command: 'DOCKER_BUILDKIT=0 docker build --target docs .',
    builder: 'legacy',
    buildersDiffer: true,
    explanation: 'docs needs nothing from the Go build, but the legacy builder builds every stage above the target anyway. BuildKit would build docs alone.',
  },
  {
    id: 'mount-from-dependency',
    prompt: 'The build stage borrows node_modules through a RUN --mount. Which stages does BuildKit build for --target build?',
    dockerfile: mountFrom,
    command: 'docker buildx build --target build .',
    builder: 'buildkit',
    buildersDiffer: true,
    explanation: 'RUN --mount=…,from=deps makes build depend on deps just as COPY --from would. lint is needed by nothing, so BuildKit skips it.',
  },
];

export const predictTheBuild: PredictExercise = {
  kind: 'predict',
  id: 'predict-the-build',
  title: 'Predict the build',
  goal:
    'For each Dockerfile and command, tick the stages that get built. BuildKit builds the target and what it ' +
    'needs; the legacy builder builds every stage down to the target. Stagecraft computes the answer from the ' +
    'same analysis the editor uses.',
  hints: [
    'Find the target first: the last stage, unless --target names another one.',
    "With BuildKit, follow the target's needs: FROM <stage>, COPY --from=<stage or index> and RUN --mount=…,from=<stage>, and their needs in turn.",
    'With the legacy builder (DOCKER_BUILDKIT=0), every stage from the top of the file down to the target is built, needed or not.',
  ],
  explanation:
    'BuildKit turns the file into a graph and builds only the part the target reaches; the legacy builder runs the ' +
    'stages in file order until it reaches the target. That is why a test or docs stage costs nothing in a BuildKit ' +
    'build of the runtime, but runs every time with the legacy builder.',
  next: null,
  questions,
};
