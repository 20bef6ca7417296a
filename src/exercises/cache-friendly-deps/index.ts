import type {DockerfileExercise} from '../types';
import {advice, nodeAdvice, nodeRequired, required} from '../checkLists';
import solution from './solution.Dockerfile?raw';
import start from './start.Dockerfile?raw';

export const cacheFriendlyDeps: DockerfileExercise = {
  kind: 'dockerfile',
  id: 'cache-friendly-deps',
  title: 'Cache-friendly dependencies',
  goal:
    'Every change to any source file makes this build reinstall all dependencies, because the build stage copies ' +
    'the whole source before npm ci. Reorder the build stage so that a source change reuses the cached install, ' +
    'and keep everything else working.',
  checks: [
    ...required(['deps-cached-before-source']),
    ...nodeRequired,
    ...advice(['cache-mount']),
    ...nodeAdvice.filter((check) => check.id !== 'deps-cached-before-source'),
  ],
  hints: [
    'BuildKit reuses a layer only while everything it depends on is unchanged; COPY . . changes whenever any file does, and so does every step after it.',
    'npm ci needs only package.json and the lock file. Copy those first, install, and copy the rest afterwards.',
    'COPY package.json package-lock.json ./, then RUN npm ci, then COPY . ., then RUN npm run build.',
    'To keep downloaded packages even when the install does rerun, add a cache mount: RUN --mount=type=cache,target=/root/.npm npm ci.',
  ],
  explanation:
    'The install now depends only on package.json and package-lock.json, so editing the source reuses the ' +
    "cached npm ci layer and only the build reruns. The cache mount keeps npm's download cache between builds, " +
    'so even a changed lock file downloads only what is new.',
  next: 'secret-mount',
  start,
  solution,
};
