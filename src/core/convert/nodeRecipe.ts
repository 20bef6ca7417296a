/** Node.js and static sites built with npm, Yarn or pnpm (docs/tutorial/09-recipes 01-node and 06-static-site). */

import {isInside, relativeTo, resolvePath} from '../contents/paths';
import {writeBuildStage} from './buildStage';
import {chapters, envSteps, pinnedBase, writeStart, type Draft} from './draft';
import type {NodeManager, StageReading} from './readStage';
import {staticServerFolder} from './recogniseStack';

const lockFiles: Record<NodeManager, string> = {npm: 'package-lock.json', yarn: 'yarn.lock', pnpm: 'pnpm-lock.yaml'};

function productionInstall(manager: NodeManager, reading: StageReading): string {
  if (manager === 'yarn') return 'yarn install --production --frozen-lockfile';
  if (manager === 'pnpm') return 'corepack enable && pnpm install --prod --frozen-lockfile';
  const usesCi = reading.items.some((item) => /\(npm ci\)$/.test(item.label));
  return usesCi ? 'npm ci --omit=dev' : 'npm install --omit=dev';
}

/** The build-output folder that holds `path`, relative to the WORKDIR, or null. */
function outputFolderOf(reading: StageReading, path: string): string | null {
  for (const item of reading.items) {
    if (item.category !== 'build-output') continue;
    const folder = item.paths.find((candidate) => isInside(path, candidate) && isInside(candidate, reading.workdir) && candidate !== reading.workdir);
    if (folder !== undefined) return relativeTo(folder, reading.workdir);
  }
  return null;
}

function writeNodeBuild(draft: Draft, reading: StageReading, manager: NodeManager, base: string): void {
  const files = ['package.json', lockFiles[manager]];
  writeBuildStage(draft, reading, base, {manifests: {files, install: null}});
}

/** The Node.js proposal; null (with the reason) when the start file lies outside what the build writes. */
export function writeNode(draft: Draft, reading: StageReading, today: Date): string | null {
  const manager = reading.nodeManager;
  const start = reading.start.startFile;
  if (manager === null) return 'no npm, Yarn or pnpm install was found';
  if (start.kind !== 'file') return `the start command names no file Stagecraft can follow (${start.reason})`;
  const base = pinnedBase(reading.contents.baseRef, '24', today, draft);
  if (base === null) return `the base image ${reading.contents.baseRef} is not a valid reference`;
  const folder = outputFolderOf(reading, start.candidates[0]!);
  if (folder === null) return `${start.shown} is not in a folder the build writes, so Stagecraft cannot tell which build output the runtime needs`;
  writeNodeBuild(draft, reading, manager, base.ref);
  const flavour = base.rest.includes('alpine') ? '-alpine' : '-slim';
  const runtime = `${base.familiarName}:${base.line}${flavour}`;
  draft.blank();
  draft.add(
    `The runtime starts from ${runtime}: Node.js without the compilers and headers of the full image, from the same family so native modules still fit.`,
    chapters.node,
    `FROM ${runtime} AS runtime`,
    `WORKDIR ${reading.workdir}`,
    'ENV NODE_ENV=production',
  );
  for (const read of envSteps(reading.steps))
    draft.add('Your environment settings, which the program may read at run time.', chapters.lastStage, ...draft.original(read.step.instruction));
  draft.add(
    'The runtime installs production dependencies only, so devDependencies and the package cache stay in the build stage.',
    chapters.node,
    `COPY package.json ${lockFiles[manager]} ./`,
    `RUN ${productionInstall(manager, reading)}`,
  );
  if (manager === 'yarn')
    draft.note(
      'The runtime install uses Yarn 1 flags, the Yarn the node image ships; with Yarn 2 or later, use its own way to install production dependencies only.',
    );
  draft.note(`Check that ${folder}/ holds everything the program needs at run time: only that folder is copied from the build stage.`);
  draft.add(
    'Only the build output is copied from the build stage; the source and the compiler stay behind.',
    chapters.copyFrom,
    `COPY --from=build ${resolvePath(reading.workdir, folder)} ./${folder}`,
  );
  draft.add("The program runs as the image's unprivileged node user instead of root.", chapters.nonRoot, 'USER node');
  writeStart(draft, reading, (read) => read.step.instruction.keyword === 'USER');
  return null;
}

/** A static site: built with Node.js, served by nginx (the start command's static server is dropped). */
export function writeStaticSite(draft: Draft, reading: StageReading, today: Date): string | null {
  const manager = reading.nodeManager;
  const served = staticServerFolder(reading);
  if (manager === null || served === null) return 'no static site build was found';
  const base = pinnedBase(reading.contents.baseRef, '24', today, draft);
  if (base === null) return `the base image ${reading.contents.baseRef} is not a valid reference`;
  const folder = outputFolderOf(reading, resolvePath(reading.workdir, served));
  if (folder === null) return `${served} is not a folder the build writes, so Stagecraft cannot tell what to serve`;
  writeNodeBuild(draft, reading, manager, base.ref);
  draft.blank();
  draft.note(
    'The proposal serves the site with nginx on port 80 instead of your start command; check your port mappings, and add an nginx configuration if the site needs one (single-page routing, headers).',
  );
  draft.note(
    'nginx starts its master process as root and serves requests from unprivileged workers; if your platform requires a non-root container, the nginxinc/nginx-unprivileged images run as a regular user and listen on 8080.',
    false,
  );
  draft.add(
    'A static site needs a web server, not Node.js: nginx serves the built files and none of the build tooling ships.',
    chapters.staticSite,
    'FROM nginx:1.31-alpine AS runtime',
    `COPY --from=build ${resolvePath(reading.workdir, folder)} /usr/share/nginx/html`,
    'EXPOSE 80',
  );
  return null;
}
