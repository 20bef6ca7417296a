/**
 * Shell commands that build or test, as the stage-contents model, the exercise checks and the diagnostics
 * recognise them: one simple command at a time (`isBuildCommand`), or a RUN's whole text (`runBuilds`).
 */

import {basename} from './paths';
import {splitShellCommands, type ShellCommand} from './shell';

const buildCommand =
  /(?:^|[\s;&|(])(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|npx\s+(?:tsc|vite|next|webpack|ng|esbuild|rollup)\b|tsc\b|go\s+build\b|cargo\s+build\b|mvn\b[^\n]*\b(?:package|install|verify)\b|\.\/mvnw\b[^\n]*\b(?:package|install)\b|gradle\b[^\n]*\b(?:build|assemble|bootJar|jar|installDist)\b|\.\/gradlew\b[^\n]*\b(?:build|assemble|bootJar|jar|installDist)\b|dotnet\s+publish\b|hugo\b|ng\s+build\b|vite\s+build\b|next\s+build\b|make\b|cmake\s+--build\b|gcc\b|g\+\+\b|javac\b|python3?\s+-m\s+build\b|pip3?\s+wheel\b)/;

/** Whether a RUN command runs a build (compiles, bundles or packages the application). */
export function runsBuild(command: string): boolean {
  return buildCommand.test(command);
}

const testCommand =
  /(?:^|[\s;&|(])(?:(?:npm|pnpm|yarn|bun)\s+(?:t|test|run\s+test(?::[\w-]+)?)\b|npx\s+(?:jest|vitest|mocha|playwright)\b|go\s+test\b|cargo\s+test\b|pytest\b|python3?\s+-m\s+(?:pytest|unittest)\b|mvn\b[^\n]*\btest\b|gradle\b[^\n]*\btest\b|\.\/gradlew\b[^\n]*\btest\b)/;

/** Whether a RUN command runs tests. */
export function runsTests(command: string): boolean {
  return testCommand.test(command);
}

/** Programs that run a build given as their arguments (`npm run build`, `sudo make`). */
const runners = new Set(['npx', 'npm', 'yarn', 'pnpm', 'bun', 'sudo', 'time']);

/** Whether one simple command runs a build (`npm run build`, `go build`, `tsc`); `apt-get install make` only names a build tool. */
export function isBuildCommand(command: ShellCommand): boolean {
  const words = command.words;
  if (words.length === 0) return false;
  if (!runsBuild(words.join(' '))) return false;
  return runners.has(basename(words[0]!)) || !runsBuild(words.slice(1).join(' '));
}

const builds = new Map<string, boolean>();

/** Whether a RUN's command text runs a build in any of its simple commands. Remembered per text. */
export function runBuilds(command: string): boolean {
  let result = builds.get(command);
  if (result === undefined) {
    result = runsBuild(command) && splitShellCommands(command).some(isBuildCommand);
    if (builds.size >= 500) builds.clear();
    builds.set(command, result);
  }
  return result;
}
