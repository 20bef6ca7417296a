import type {DockerfileExercise} from '../types';
import {advice, required} from '../checkLists';
import solution from './solution.Dockerfile?raw';
import start from './start.Dockerfile?raw';

export const fixTheMistakes: DockerfileExercise = {
  kind: 'dockerfile',
  id: 'fix-the-mistakes',
  title: 'Fix the mistakes',
  goal:
    'This multi-stage file looks right at a glance, but it does not build, and if it did it would ship the whole ' +
    'source on a heavy base. Find and fix the mistakes: the runtime should receive the compiled output from the ' +
    'build stage, on a smaller base, and still start dist/server.js.',
  checks: [
    ...required(['copy-from-defined-stage', 'no-source-in-runtime', 'smaller-runtime-base', 'start-file-present', 'build-output-in-runtime']),
    ...advice(['stage-name-casing', 'prod-deps-only', 'deps-cached-before-source', 'non-root-user', 'pinned-base-tags']),
  ],
  hints: [
    'Read every --from: does it name a stage of this file? BuildKit treats a word that names no stage as an image to pull.',
    'Stage names are stored in lower case, and COPY --from matches them in any case, so the misspelling is the problem here. Still write the name in lower case, AS builder: FROM <stage> finds a stage only by its lower-case name, and BuildKit warns about upper-case names (StageNameCasing).',
    'Copying /app copies everything in it: the source, the tests, node_modules with devDependencies. Copy /app/dist to ./dist instead.',
    'Base the runtime on node:24-slim, and for production dependencies run npm prune --omit=dev in the build stage and copy /app/node_modules too.',
  ],
  explanation:
    'COPY --from=builder finds the stage (BuildKit lower-cases both the stored name and the name after --from, so ' +
    'AS Builder would have been found too); biulder named no stage and BuildKit would have tried to pull an image of ' +
    'that name. The stage is now named in lower case, AS builder, which a FROM builder needs and which silences the ' +
    'StageNameCasing warning. The runtime starts from node:24-slim and copies only ' +
    '/app/dist and the pruned node_modules, so the source, the devDependencies and the toolchain stay behind.',
  next: 'cache-friendly-deps',
  start,
  solution,
};
