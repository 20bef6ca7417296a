import type {DockerfileExercise} from '../types';
import {nodeAdvice, nodeRequired} from '../checkLists';
import solution from './solution.Dockerfile?raw';
import start from './start.Dockerfile?raw';

export const nodeMultiStage: DockerfileExercise = {
  kind: 'dockerfile',
  id: 'node-multi-stage',
  title: 'Convert a Node.js image',
  goal:
    'This Dockerfile builds a TypeScript server and ships everything it used to do so: the 1.2 GB node:24 image, ' +
    'the source, the devDependencies and the compiler. Split it into a build stage that compiles the app and a ' +
    'runtime stage on a smaller base that receives only the compiled dist folder, and still starts dist/server.js.',
  checks: [...nodeRequired, ...nodeAdvice],
  hints: [
    'A second FROM starts a new stage from its own base image: nothing from the first stage comes along unless you copy it. Give the first one a name with FROM node:24 AS build.',
    'Start the runtime stage FROM a smaller Node.js image (node:24-slim or node:24-alpine) and copy the build output in with COPY --from=build.',
    'A --from path starts at the root of the build stage, not at its WORKDIR: COPY --from=build /app/dist ./dist keeps dist/server.js where CMD looks for it.',
    'The runtime still needs the production dependencies: COPY package.json package-lock.json ./ and RUN npm ci --omit=dev in the runtime stage, then COPY --from=build /app/dist ./dist.',
  ],
  explanation:
    'The build stage installs everything (manifests first, so the install is cached) and compiles. The runtime ' +
    'stage starts from node:24-slim, about a fifth of node:24, installs production dependencies only and copies ' +
    'just /app/dist from the build stage. The compiler, the sources and the devDependencies stay behind in the ' +
    'build stage, and the app runs as the unprivileged node user.',
  next: 'go-multi-stage',
  start,
  solution,
};
