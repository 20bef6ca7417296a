import type {DockerfileExercise} from '../types';
import {advice, nodeAdvice, nodeRequired, required} from '../checkLists';
import solution from './solution.Dockerfile?raw';
import start from './start.Dockerfile?raw';

export const secretMount: DockerfileExercise = {
  kind: 'dockerfile',
  id: 'secret-mount',
  title: 'A registry token through a secret mount',
  goal:
    'This app installs a package from a private registry, and the file gets the registry token as a build argument ' +
    "that it writes into .npmrc. The token ends up in the build stage's history and layers, and the runtime even " +
    'copies the .npmrc into the image you ship. Give both installs the token through a secret mount instead, so ' +
    'that no ARG, ENV, COPY or layer of any stage ever holds it, and keep the image working as before.',
  checks: [
    ...required(['no-secret-in-arg-or-env', 'no-secret-file-in-image', 'no-secret-in-build-stages', 'secret-via-mount']),
    ...nodeRequired,
    ...advice(['secret-mount-required', 'cache-mount']),
    ...nodeAdvice,
  ],
  hints: [
    'Deleting .npmrc in a later step does not help: the layer that wrote it keeps it. The token must never be written by any step.',
    'RUN --mount=type=secret makes a secret available to one RUN only, as a file (or an environment variable), and nothing of it reaches the layer.',
    'npm looks for its settings in ~/.npmrc, which is /root/.npmrc for the root user: RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci, in both stages, and delete the ARG and the echo lines.',
    'Add required=true to each secret mount so that a build started without --secret id=npmrc,src=$HOME/.npmrc stops at once and says why, and a cache mount at /root/.npm keeps the downloads.',
  ],
  explanation:
    'Each npm ci now reads the registry settings and token from /root/.npmrc, a file BuildKit mounts for that one ' +
    'RUN from the secret passed with docker build --secret id=npmrc,src=$HOME/.npmrc. The mount is not part of ' +
    'the layer, the secret is not part of the cache key, and no ARG records the token in the history, so neither ' +
    "the shipped image nor the build stage's layers or cache hold it. required=true makes a build without the " +
    'secret stop at the mount instead of failing later with an authentication error from the registry.',
  next: 'predict-the-build',
  start,
  solution,
};
