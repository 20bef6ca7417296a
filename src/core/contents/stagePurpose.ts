/**
 * What a final stage is for, as far as the final-image rules need it: an image that ships (the usual case),
 * a tooling stage (development, tests, lint, validation: nobody ships it, so a toolchain and the source in it
 * are the point), or an interpreter runtime whose start command runs source (not a build output such as dist/).
 */

import {runsTests} from './buildCommands';
import type {StageContents} from './buildStageContents';
import {basename} from './paths';
import {stepsOf} from './walkStages';
import type {Stage} from '../types';

export type StagePurpose = {kind: 'ships'} | {kind: 'tooling'} | {kind: 'interpreted'; program: string};

const toolingName =
  /^(?:(?:[\w.]+[-_.])?(?:dev|devel|develop|development|debug|test|tests|testing|unit-test|integration-test|e2e|lint|linter|lint-\w+|check|checks|validate|validation|vet|ci|format|fmt)(?:[-_.][\w.-]+)?)$/;

const lintCommand =
  /(?:^|[\s;&|(])(?:eslint|golangci-lint|ruff\s+(?:check|format)|flake8|pylint|mypy|hadolint|shellcheck|prettier\s+(?:--check|-c)|(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:lint|typecheck|check|format:check)\b|go\s+vet|gofmt\s+-l|cargo\s+(?:clippy|fmt\s+--check)|rubocop|phpstan|stylelint|tflint|buf\s+lint)\b/;

const devServer =
  /(?:^|[\s;&|(])(?:nodemon|(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:dev|watch|start:dev)\b|next\s+dev|vite(?:\s+dev)?\s*$|air\b|reflex\b|uvicorn\b[^\n]*--reload|flask\s+(?:--debug\s+)?run|ng\s+serve|webpack\s+serve|sleep\s+infinity|tail\s+-f\s+\/dev\/null)/;

/** Programs that run source code they are given (not a compiled binary). */
const interpreters = new Set([
  'python',
  'python3',
  'node',
  'ruby',
  'php',
  'php-fpm',
  'perl',
  'deno',
  'bun',
  'gunicorn',
  'uvicorn',
  'hypercorn',
  'daphne',
  'celery',
  'bundle',
  'rails',
  'puma',
  'rackup',
  'npm',
  'yarn',
  'pnpm',
  'npx',
  'tsx',
  'ts-node',
  'streamlit',
  'flask',
  'fastapi',
  'apache2-foreground',
  'frankenphp',
]);

/** JavaScript runners: after a JS build (tsc, vite, npm run build) they start the build's output, whatever the command says. */
const javascriptRunners = new Set(['node', 'npm', 'yarn', 'pnpm', 'npx', 'bun', 'deno', 'tsx', 'ts-node']);

/** Paths that hold a build's output: a program started from there runs built code, not copied source. */
const builtOutput = /(?:^|[\s/"'])(?:dist|build|out|\.next|target|publish)\//;

function startCommandOf(stage: StageContents): string | null {
  let start: string | null = null;
  for (const {instruction} of stepsOf(stage.walk)) {
    if (instruction.kind === 'cmd' || instruction.kind === 'entrypoint') start = instruction.exec ? instruction.exec.join(' ') : instruction.text;
  }
  return start;
}

function interpreterOf(command: string): string | null {
  const words = command.split(/\s+/).filter(Boolean);
  const program = words[0] === 'exec' ? words[1] : words[0];
  if (program === undefined) return null;
  const name = basename(program).replace(/\d+(?:\.\d+)*$/, '');
  return interpreters.has(name) || interpreters.has(basename(program)) ? basename(program) : null;
}

/** What the stage is for, from its name and from what it runs (RUN steps, CMD and ENTRYPOINT). */
export function stagePurpose(stage: Stage, allContents: readonly StageContents[]): StagePurpose {
  if (stage.name !== null && toolingName.test(stage.name)) return {kind: 'tooling'};
  const contents = allContents[stage.index];
  if (contents === undefined) return {kind: 'ships'};
  const start = startCommandOf(contents) ?? '';
  const runs = [...contents.walk.ownSteps.flatMap(({instruction}) => (instruction.kind === 'run' ? [instruction.command] : [])), start];
  if (runs.some((command) => runsTests(command) || lintCommand.test(command))) return {kind: 'tooling'};
  if (devServer.test(start)) return {kind: 'tooling'};
  const program = interpreterOf(start);
  if (program === null || builtOutput.test(start)) return {kind: 'ships'};
  if (javascriptRunners.has(program.replace(/\d+(?:\.\d+)*$/, '')) && allContents.some((stage) => stage.runsBuild)) return {kind: 'ships'};
  return {kind: 'interpreted', program};
}
